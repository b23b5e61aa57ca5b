package cn.siwei.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thymeleaf.context.LazyContextVariable;

import cn.siwei.access.Actor;
import cn.siwei.access.CurrentActor;
import cn.siwei.notification.Notifications.Notice;
import cn.siwei.platform.ApiProblems;
import cn.siwei.platform.Flash;
import cn.siwei.platform.Page;

/**
 * The user's notifications, newest first, twenty a page: unread ones stand out until opened (opening one marks it
 * read and leads to what it is about) or until the user marks them all read at once.
 */
@Controller
class NotificationController {

	static final int PAGE_SIZE = 20;

	private final Notifications notifications;

	private final MessageSource messages;

	private final Flash flash;

	private final Clock clock;

	NotificationController(Notifications notifications, MessageSource messages, Flash flash, Clock clock) {
		this.notifications = notifications;
		this.messages = messages;
		this.flash = flash;
		this.clock = clock;
	}

	/**
	 * A notification as shown: its text in the reader's language.
	 *
	 * @param id the notification
	 * @param at when
	 * @param text what
	 * @param hasLink whether it leads somewhere
	 * @param read whether the reader has read it
	 */
	record Line(long id, Instant at, String text, boolean hasLink, boolean read) {
	}

	static Line line(Notice n, MessageSource messages, Locale locale) {
		return new Line(n.id(), n.at(), messages.getMessage(n.messageKey(), n.args(), n.messageKey(), locale),
				n.link() != null, n.read());
	}

	@GetMapping("/notifications")
	String list(@RequestParam(defaultValue = "false") boolean unread, @RequestParam(defaultValue = "0") int page,
			Model model, Locale locale) {
		Actor actor = CurrentActor.get();
		Page<Line> lines = this.notifications.page(actor, unread, page, PAGE_SIZE)
			.map(n -> line(n, this.messages, locale));
		model.addAttribute("notices", lines);
		model.addAttribute("unreadOnly", unread);
		model.addAttribute("zone", this.clock.getZone());
		return "notifications";
	}

	/** Opens a notification: read from now on, and on to what it is about. */
	@GetMapping("/notifications/{id}")
	String open(@PathVariable long id) {
		return this.notifications.open(CurrentActor.get(), id).map(link -> "redirect:" + link)
			.orElse("redirect:/notifications");
	}

	@PostMapping("/notifications/read")
	String markAllRead(RedirectAttributes redirect, Locale locale) {
		this.flash.run(redirect, locale, "notifications.allRead", () -> this.notifications.markAllRead(CurrentActor.get()));
		return "redirect:/notifications";
	}

	/**
	 * Gives every page the number of unread notifications for the menu, counted only when a page shows it: the
	 * advice runs for every handler, the API's and the health check's too, which then paid for a count they never
	 * used.
	 */
	@ControllerAdvice
	static class UnreadAdvice {

		private final Notifications notifications;

		UnreadAdvice(Notifications notifications) {
			this.notifications = notifications;
		}

		@ModelAttribute
		void unread(Model model, HttpServletRequest request) {
			if (ApiProblems.isApi(request)) {
				return;
			}
			model.addAttribute("unreadNotices", new LazyContextVariable<Long>() {
				@Override
				protected Long loadValue() {
					try {
						return UnreadAdvice.this.notifications.unread(CurrentActor.get());
					}
					catch (IllegalStateException ex) {
						return 0L;
					}
				}
			});
		}

	}

}
