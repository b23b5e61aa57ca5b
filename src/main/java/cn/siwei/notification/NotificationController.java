package cn.siwei.notification;

import java.time.Clock;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import cn.siwei.access.Actor;
import cn.siwei.access.CurrentActor;

/**
 * The user's notifications; opening them marks them read.
 */
@Controller
class NotificationController {

	private final Notifications notifications;

	private final Clock clock;

	NotificationController(Notifications notifications, Clock clock) {
		this.notifications = notifications;
		this.clock = clock;
	}

	@GetMapping("/notifications")
	String list(Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("notices", this.notifications.latest(actor, 50));
		model.addAttribute("zone", this.clock.getZone());
		this.notifications.markRead(actor);
		return "notifications";
	}

	/** Gives every page the number of unread notifications for the menu. */
	@ControllerAdvice
	static class UnreadAdvice {

		private final Notifications notifications;

		UnreadAdvice(Notifications notifications) {
			this.notifications = notifications;
		}

		@ModelAttribute("unreadNotices")
		long unread() {
			try {
				return this.notifications.unread(CurrentActor.get());
			}
			catch (IllegalStateException ex) {
				return 0;
			}
		}

	}

}
