package cn.siwei.request;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.access.Actor;
import cn.siwei.platform.Attachments;
import cn.siwei.platform.Attachments.Attachment;
import cn.siwei.platform.Attachments.Content;
import cn.siwei.platform.Attachments.Owner;

/**
 * Who may see and add the photos of a request (what the resident saw, what the unit did); the photos themselves
 * are the platform's {@link Attachments}. Anyone who may see a request may add one and see them; nobody else.
 */
@Service
public class RequestPhotos {

	private final RequestQueries queries;

	private final Attachments attachments;

	RequestPhotos(RequestQueries queries, Attachments attachments) {
		this.queries = queries;
		this.attachments = attachments;
	}

	@Transactional(readOnly = true)
	public List<Attachment> of(Actor actor, long requestId) {
		return this.attachments.of(owner(this.queries.get(actor, requestId, null)));
	}

	@Transactional(readOnly = true)
	public Content content(Actor actor, long requestId, long photoId) {
		return this.attachments.content(owner(this.queries.get(actor, requestId, null)), photoId);
	}

	@Transactional
	public long add(Actor actor, long requestId, byte[] data) {
		return this.attachments.addPhoto(actor, owner(this.queries.get(actor, requestId, null)), data);
	}

	private static Owner owner(Request r) {
		return new Owner(RequestAccess.TYPE, r.id(), r.regionPath());
	}

}
