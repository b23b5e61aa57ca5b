package cn.siwei.request;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.access.AccessDenied;
import cn.siwei.access.Actor;
import cn.siwei.access.Role;
import cn.siwei.people.People;
import cn.siwei.platform.Events;
import cn.siwei.platform.NotFound;
import cn.siwei.platform.RecordChanged;

/**
 * A unit working on a request calls the reporter back (to ask, to arrange a visit): the reporter's name and phone,
 * for whoever holds a part of the current round still being worked, each view in the audit trail of the request
 * (and of the resident, when registered). Nobody else sees them this way; staff reveal the phone with a reason.
 */
@Service
public class RequestContacts {

	static final String REASON = "承办单位联系诉求人";

	/**
	 * The reporter as a unit reaches them.
	 *
	 * @param name the name given, or the registered resident's
	 * @param phone the phone given, or the registered resident's; null when there is none
	 */
	public record Reporter(String name, String phone) {
	}

	private final RequestRepository repository;

	private final RequestAccess access;

	private final People people;

	private final Events events;

	RequestContacts(RequestRepository repository, RequestAccess access, People people, Events events) {
		this.repository = repository;
		this.access = access;
		this.people = people;
		this.events = events;
	}

	/** Whether the actor holds a part of the request's current round that is still being worked. */
	@Transactional(readOnly = true)
	public boolean mayReach(Actor actor, Request r) {
		if (!r.status().open()) {
			return false;
		}
		List<Long> teams = this.access.teamIds(actor);
		return this.repository.parts(r.id()).stream()
			// the unit itself: an administrator who may act on any part reveals the phone with a reason instead
			.anyMatch(p -> p.round() == r.reopenCount() && p.status().active() && actor.role() != Role.ADMIN
					&& RequestAccess.owns(actor, p, teams));
	}

	/**
	 * The reporter's name and phone, audited.
	 * @throws AccessDenied for anyone who does not work a part of it now
	 */
	@Transactional
	public Reporter reporter(Actor actor, long id) {
		Request r = this.access.readable(actor, this.repository.find(id, false)
			.orElseThrow(() -> new NotFound(Requests.TYPE, id)));
		if (!mayReach(actor, r)) {
			throw new AccessDenied(RequestPermissions.HANDLE);
		}
		var contact = r.reporterPersonId() == null ? null
				: this.people.contactForAuditedReveal(r.reporterPersonId()).orElse(null);
		String phone = r.reporterPhone() != null ? r.reporterPhone() : contact == null ? null : contact.phone();
		String name = r.reporterName() != null ? r.reporterName() : contact == null ? null : contact.name();
		this.events.changed(actor, Requests.TYPE, id, RecordChanged.Action.VIEW_PERSONAL_DATA, r.regionPath(), Map.of(),
				Map.of("field", "reporterContact"), REASON);
		if (contact != null) {
			this.people.audit(actor, contact, "PHONE", REASON + " #" + id);
		}
		return new Reporter(name, phone);
	}

}
