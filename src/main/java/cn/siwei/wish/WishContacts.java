package cn.siwei.wish;

import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.access.AccessDenied;
import cn.siwei.access.Actor;
import cn.siwei.people.People;
import cn.siwei.people.People.Contact;
import cn.siwei.platform.Events;
import cn.siwei.platform.NotFound;
import cn.siwei.platform.RecordChanged;

/**
 * How the claimant reaches the beneficiary: the phone (to call within the contact deadline) and the address (to do
 * the work), shown to the volunteer or team member who claimed the wish while the claim lasts, each time written to
 * the audit trail of the wish and of the person. Nobody else sees them through the wish; staff reveal them in the
 * people register.
 */
@Service
public class WishContacts {

	static final String REASON = "认领心愿后对接心愿人";

	private final WishAccess access;

	private final People people;

	private final Events events;

	WishContacts(WishAccess access, People people, Events events) {
		this.access = access;
		this.people = people;
		this.events = events;
	}

	/** Whether the actor may ask for the beneficiary's contact on this wish now. */
	public boolean mayReach(Actor actor, Wish wish) {
		return WishLoop.mayReachBeneficiary(wish.status(), this.access.relation(actor, wish));
	}

	/**
	 * The beneficiary's phone and address, for the claimant while the claim lasts; audited.
	 * @throws AccessDenied for anyone else, or once the claim ended
	 */
	@Transactional
	public Contact beneficiary(Actor actor, long wishId) {
		Wish wish = this.access.readable(actor, wishId, null);
		if (!mayReach(actor, wish)) {
			throw new AccessDenied(WishPermissions.CLAIM);
		}
		Contact contact = this.people.contactForAuditedReveal(wish.beneficiaryId())
			.orElseThrow(() -> new NotFound("person", wish.beneficiaryId()));
		this.events.changed(actor, WishAccess.TYPE, wishId, RecordChanged.Action.VIEW_PERSONAL_DATA, wish.regionPath(),
				Map.of(), Map.of("field", "beneficiaryContact"), REASON);
		this.people.audit(actor, contact, "PHONE,ADDRESS", REASON + " #" + wishId);
		return contact;
	}

}
