package cn.siwei.request;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.access.Actor;
import cn.siwei.platform.Rejected;
import cn.siwei.platform.Violations;
import cn.siwei.request.RequestEvents.RequestCancelled;
import cn.siwei.request.RequestEvents.RequestSupplemented;
import cn.siwei.request.RequestEvents.RequestUrged;
import cn.siwei.request.RequestEvents.Subject;
import cn.siwei.request.RequestEvents.Unit;
import cn.siwei.request.RequestLoop.Act;
import cn.siwei.request.RequestTerms.EventKind;

/**
 * What the resident who placed a request does while it is worked: urges it on (催办, once a day), adds to what
 * they said (补充: text, a photo), or cancels it (撤单, with the reason). Each is the reporter's act in the loop
 * ({@link RequestLoop.Act}), public in the timeline, and tells the community and every unit still working on it.
 */
@Service
public class RequestFollowUp {

	/** The least time between two urges of one request. */
	static final Duration URGE_GAP = Duration.ofHours(24);

	private final RequestRepository repository;

	private final RequestActing acting;

	private final RequestPhotos photos;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	private final MessageSource messages;

	RequestFollowUp(RequestRepository repository, RequestActing acting, RequestPhotos photos,
			ApplicationEventPublisher publisher, Clock clock, MessageSource messages) {
		this.repository = repository;
		this.acting = acting;
		this.photos = photos;
		this.publisher = publisher;
		this.clock = clock;
		this.messages = messages;
	}

	/** 催办: those who hold the request are told again; refused within a day of the last urge. */
	@Transactional
	public void urge(Actor actor, long id) {
		Request r = this.acting.act(actor, id, Act.URGE);
		Instant now = this.clock.instant();
		if (!this.repository.urge(id, now, URGE_GAP)) {
			throw Rejected.because("request.rejected.urgedToday");
		}
		int times = r.urgeCount() + 1;
		long entry = this.acting.record(actor, r, null, EventKind.URGED,
				this.messages.getMessage("request.urgedNote", new Object[] { times }, Locale.SIMPLIFIED_CHINESE), true, now);
		this.publisher.publishEvent(new RequestUrged(Subject.of(r), entry, times, working(r)));
	}

	/** 补充: the resident adds text, a photo, or both; at least one. */
	@Transactional
	public void supplement(Actor actor, long id, String text, byte[] photo) {
		Request r = this.acting.act(actor, id, Act.SUPPLEMENT);
		boolean withPhoto = photo != null && photo.length > 0;
		String said = Violations.note("text", text, Requests.NOTE_LENGTH);
		if (said == null && !withPhoto) {
			throw Rejected.field("text", "request.rejected.supplementEmpty");
		}
		if (withPhoto) {
			this.photos.add(actor, id, photo);
		}
		String note = said != null ? said
				: this.messages.getMessage("request.photoAdded", null, Locale.SIMPLIFIED_CHINESE);
		long entry = this.acting.record(actor, r, null, EventKind.SUPPLEMENTED, note, true, this.clock.instant());
		this.publisher.publishEvent(new RequestSupplemented(Subject.of(r), entry, working(r)));
	}

	/** 撤单: the request ends with the resident's reason, and so do the parts still being worked. */
	@Transactional
	public void cancel(Actor actor, long id, String reason) {
		Request r = this.acting.act(actor, id, Act.CANCEL);
		String why = Requests.required("reason", reason, 500);
		List<Unit> units = working(r);
		Instant now = this.clock.instant();
		Requests.changed(this.repository.cancel(id, why, now));
		long entry = this.acting.record(actor, r, null, EventKind.CANCELLED, why, true, now);
		this.publisher.publishEvent(new RequestCancelled(Subject.of(r), entry, units));
	}

	/** The units with a part still being worked. */
	private List<Unit> working(Request r) {
		return this.repository.parts(r.id()).stream().filter(p -> p.status().active()).map(Unit::of).toList();
	}

}
