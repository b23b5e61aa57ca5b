package cn.siwei.wish;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.access.AccessDenied;
import cn.siwei.access.Actor;
import cn.siwei.platform.Attachments;
import cn.siwei.platform.Attachments.Attachment;
import cn.siwei.platform.Attachments.Content;
import cn.siwei.platform.Attachments.Owner;

/**
 * Who may see and add the photos of a wish (what is wished, what was done); the photos themselves are the
 * platform's {@link Attachments}. Anyone who may see the wish sees them; the beneficiary, the claimant and
 * community staff add them.
 */
@Service
public class WishPhotos {

	private final WishQueries queries;

	private final Attachments attachments;

	WishPhotos(WishQueries queries, Attachments attachments) {
		this.queries = queries;
		this.attachments = attachments;
	}

	@Transactional(readOnly = true)
	public List<Attachment> of(Actor actor, long wishId) {
		return this.attachments.of(owner(this.queries.get(actor, wishId, null)));
	}

	@Transactional(readOnly = true)
	public Content content(Actor actor, long wishId, long photoId) {
		return this.attachments.content(owner(this.queries.get(actor, wishId, null)), photoId);
	}

	@Transactional
	public long add(Actor actor, long wishId, byte[] data) {
		Wish wish = this.queries.get(actor, wishId, null);
		boolean beneficiary = actor.personId() != null && actor.personId() == wish.beneficiaryId();
		if (!beneficiary && !actor.can(WishPermissions.FOLLOW_UP) && !actor.can(WishPermissions.CLAIM)) {
			throw new AccessDenied(WishPermissions.CLAIM);
		}
		return this.attachments.addPhoto(actor, owner(wish), data);
	}

	private static Owner owner(Wish wish) {
		return new Owner(WishAccess.TYPE, wish.id(), wish.regionPath());
	}

}
