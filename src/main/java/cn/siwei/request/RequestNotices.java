package cn.siwei.request;

import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import cn.siwei.notification.Notifications;
import cn.siwei.request.RequestEvents.ExtensionAsked;
import cn.siwei.request.RequestEvents.ExtensionDecided;
import cn.siwei.request.RequestEvents.PartClaimed;
import cn.siwei.request.RequestEvents.PartFinished;
import cn.siwei.request.RequestEvents.PartReported;
import cn.siwei.request.RequestEvents.PartSentBack;
import cn.siwei.request.RequestEvents.PartWithdrawn;
import cn.siwei.request.RequestEvents.ProgressNoted;
import cn.siwei.request.RequestEvents.RequestAccepted;
import cn.siwei.request.RequestEvents.RequestCancelled;
import cn.siwei.request.RequestEvents.RequestDeclined;
import cn.siwei.request.RequestEvents.RequestDispatched;
import cn.siwei.request.RequestEvents.RequestEscalated;
import cn.siwei.request.RequestEvents.RequestEvaluated;
import cn.siwei.request.RequestEvents.RequestEvent;
import cn.siwei.request.RequestEvents.RequestLinkedAsDuplicate;
import cn.siwei.request.RequestEvents.RequestPlaced;
import cn.siwei.request.RequestEvents.RequestReminded;
import cn.siwei.request.RequestEvents.RequestResolved;
import cn.siwei.request.RequestEvents.RequestReturned;
import cn.siwei.request.RequestEvents.RequestRouted;
import cn.siwei.request.RequestEvents.RequestSupplemented;
import cn.siwei.request.RequestEvents.RequestUnlinked;
import cn.siwei.request.RequestEvents.RequestUrged;
import cn.siwei.request.RequestEvents.StepFlagged;
import cn.siwei.request.RequestEvents.Unit;
import cn.siwei.request.RequestEvents.UnitsSummoned;

/**
 * Tells those concerned what happened to a request: the reporter in the app and by text message, the units given a
 * part, the staff of the region. It listens to the request events after their act committed, in a transaction of
 * its own; the registry gives it an event again after a failure or a crash, and every notice is keyed by the
 * event's timeline entry and its audience, so nobody is told twice.
 */
@Component
class RequestNotices {

	private final Notifications notifications;

	RequestNotices(Notifications notifications) {
		this.notifications = notifications;
	}

	@ApplicationModuleListener
	void on(RequestEvent event) {
		// Java 17: an instanceof chain over the sealed events (a pattern switch once the baseline is 21).
		if (event instanceof RequestPlaced e) {
			region(e, e.subject().regionPath(), "notice.request.new");
		}
		else if (event instanceof RequestAccepted e) {
			reporter(e, "notice.request.accepted", link(e));
		}
		else if (event instanceof RequestDeclined e) {
			reporter(e, "notice.request.declined", link(e));
		}
		else if (event instanceof RequestRouted e) {
			region(e, e.toPath(), "notice.request.new");
		}
		else if (event instanceof RequestLinkedAsDuplicate e) {
			reporter(e, "notice.request.duplicate", "/requests/" + e.originalId());
		}
		else if (event instanceof RequestUnlinked e) {
			reporter(e, "notice.request.unlinked", link(e));
			region(e, e.subject().regionPath(), "notice.request.new");
		}
		else if (event instanceof RequestDispatched e) {
			unit(e, e.unit(), "notice.request.dispatched");
			reporter(e, "notice.request.progress", link(e));
		}
		else if (event instanceof RequestEscalated e) {
			reporter(e, "notice.request.progress", link(e));
			region(e, e.streetPath(), "notice.request.escalated");
		}
		else if (event instanceof UnitsSummoned e) {
			e.units().forEach(u -> unit(e, u, "notice.request.summoned"));
			reporter(e, "notice.request.progress", link(e));
		}
		else if (event instanceof RequestReturned e) {
			region(e, e.subject().regionPath(), "notice.request.returned");
		}
		else if (event instanceof PartReported || event instanceof PartFinished
				|| event instanceof ProgressNoted p && p.isPublic()) {
			reporter(event, "notice.request.progress", link(event));
		}
		else if (event instanceof PartClaimed e) {
			reporter(e, "notice.request.claimed", link(e));
		}
		else if (event instanceof RequestResolved e) {
			reporter(e, "notice.request.resolved", link(e));
		}
		else if (event instanceof RequestEvaluated e && e.reopened()) {
			region(e, e.subject().regionPath(), "notice.request.reopened");
		}
		else if (event instanceof RequestReminded e) {
			if (e.unit() != null) {
				unit(e, e.unit(), "notice.request.reminded");
			}
			else {
				region(e, e.subject().regionPath(), "notice.request.reminded");
			}
		}
		else if (event instanceof PartSentBack e) {
			region(e, e.subject().regionPath(), "notice.request.sentBack");
		}
		else if (event instanceof PartWithdrawn e) {
			unit(e, e.unit(), "notice.request.withdrawn");
		}
		else if (event instanceof ExtensionAsked e) {
			region(e, e.subject().regionPath(), "notice.request.extensionAsked");
		}
		else if (event instanceof ExtensionDecided e) {
			unit(e, e.unit(), e.granted() ? "notice.request.extensionGranted" : "notice.request.extensionRefused");
		}
		else if (event instanceof RequestUrged e) {
			region(e, e.subject().regionPath(), "notice.request.urged");
			e.units().forEach(u -> unit(e, u, "notice.request.urged"));
		}
		else if (event instanceof RequestSupplemented e) {
			region(e, e.subject().regionPath(), "notice.request.supplemented");
			e.units().forEach(u -> unit(e, u, "notice.request.supplemented"));
		}
		else if (event instanceof RequestCancelled e) {
			region(e, e.subject().regionPath(), "notice.request.cancelled");
			e.units().forEach(u -> unit(e, u, "notice.request.cancelled"));
		}
		else if (event instanceof StepFlagged e) {
			flagged(e);
		}
	}

	private void flagged(StepFlagged e) {
		String key = e.dueSoon() ? "notice.request.dueSoon" : "notice.request.overdue";
		if (e.unit() != null && e.unit().organisationId() != null) {
			this.notifications.toOrganisation(e.unit().organisationId(), key, args(e), link(e),
					key(e, "org", e.unit().organisationId()));
		}
		if (e.unit() != null && e.unit().personId() != null) {
			this.notifications.toPerson(e.unit().personId(), key, args(e), link(e), key(e, "person", e.unit().personId()));
		}
		region(e, e.subject().regionPath(), key);
	}

	private void reporter(RequestEvent e, String messageKey, String link) {
		Long person = e.subject().reporterPersonId();
		if (person != null) {
			this.notifications.toPerson(person, messageKey, args(e), link, key(e, "reporter", person));
		}
	}

	private void region(RequestEvent e, String path, String messageKey) {
		this.notifications.toRegion(path, messageKey, args(e), link(e), key(e, "region", path));
	}

	/** A unit is told as an organisation, a person, or (a team) through its region's staff. */
	private void unit(RequestEvent e, Unit unit, String messageKey) {
		if (unit.organisationId() != null) {
			this.notifications.toOrganisation(unit.organisationId(), messageKey, args(e), link(e),
					key(e, "org", unit.organisationId()));
		}
		else if (unit.personId() != null) {
			this.notifications.toPerson(unit.personId(), messageKey, args(e), link(e), key(e, "person", unit.personId()));
		}
		else {
			region(e, e.subject().regionPath(), messageKey);
		}
	}

	private static List<String> args(RequestEvent e) {
		return List.of(e.subject().summary());
	}

	private static String link(RequestEvent e) {
		return "/requests/" + e.subject().id();
	}

	private static String key(RequestEvent e, String audience, Object who) {
		return "request-event:" + e.entryId() + ":" + audience + ":" + who;
	}

}
