package cn.siwei.wish;

import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import cn.siwei.notification.Notifications;
import cn.siwei.wish.WishEvents.WishCompleted;
import cn.siwei.wish.WishEvents.WishDeadlineMissed;
import cn.siwei.wish.WishEvents.WishEvaluated;
import cn.siwei.wish.WishEvents.WishEvent;
import cn.siwei.wish.WishEvents.WishNoted;
import cn.siwei.wish.WishTerms.EventKind;

/**
 * Tells those concerned what happened to a wish: the beneficiary when it is done, the claimant when reminded or
 * late, the community when a deadline is missed or the beneficiary is not satisfied. Listens after the act
 * committed; every notice is keyed by the event's timeline entry and its audience, so nobody is told twice.
 */
@Component
class WishNotices {

	private final Notifications notifications;

	WishNotices(Notifications notifications) {
		this.notifications = notifications;
	}

	@ApplicationModuleListener
	void on(WishEvent event) {
		WishEvents.Subject w = event.subject();
		if (event instanceof WishCompleted) {
			this.notifications.toPerson(w.beneficiaryId(), "notice.wish.completed", args(w), link(w),
					key(event, "beneficiary", w.beneficiaryId()));
		}
		else if (event instanceof WishEvaluated e && e.reopened()) {
			this.notifications.toRegion(w.regionPath(), "notice.wish.dissatisfied", args(w), link(w),
					key(event, "region", w.regionPath()));
		}
		else if (event instanceof WishNoted e && e.kind() == EventKind.REMINDED && w.claimantPersonId() != null) {
			this.notifications.toPerson(w.claimantPersonId(), "notice.wish.reminded", args(w), link(w),
					key(event, "claimant", w.claimantPersonId()));
		}
		else if (event instanceof WishDeadlineMissed e) {
			String message = e.contact() ? "notice.wish.contactOverdue" : "notice.wish.completionOverdue";
			if (w.claimantPersonId() != null) {
				this.notifications.toPerson(w.claimantPersonId(), message, args(w), link(w),
						key(event, "claimant", w.claimantPersonId()));
			}
			this.notifications.toRegion(w.regionPath(), message, args(w), link(w), key(event, "region", w.regionPath()));
		}
	}

	private static List<String> args(WishEvents.Subject w) {
		return List.of(w.summary());
	}

	private static String link(WishEvents.Subject w) {
		return "/wishes/" + w.id();
	}

	private static String key(WishEvent e, String audience, Object who) {
		return "wish-event:" + e.entryId() + ":" + audience + ":" + who;
	}

}
