package cn.siwei.platform;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import cn.siwei.access.Actor;
import cn.siwei.access.CurrentActor;
import cn.siwei.access.Permission;

/**
 * Gives every page the actor, the names of their permissions and the platform's time zone, so that menus and buttons show only what the
 * user may do (the server checks again on every request).
 */
@ControllerAdvice
class LayoutAdvice {

	private final Clock clock;

	private final List<NavEntry> entries;

	/** The platform's clock; a web slice test without one reads the system's. */
	LayoutAdvice(ObjectProvider<Clock> clock, ObjectProvider<NavEntry> entries) {
		this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
		this.entries = entries.stream().sorted(Comparator.comparingInt(NavEntry::order)).toList();
	}

	/**
	 * The actor ({@code actor}), the names of their permissions ({@code perms}), the capabilities' menu entries they
	 * may see ({@code navEntries}) and the platform's time zone ({@code zone}, in which every page shows times; a
	 * controller may set its own). One method rather than one per attribute, and nothing for the JSON API, which
	 * renders no page: Spring MVC runs every advice's model methods before every handler, the API's included.
	 */
	@ModelAttribute
	void layout(Model model, HttpServletRequest request) {
		if (ApiProblems.isApi(request)) {
			return;
		}
		Actor actor = actor();
		model.addAttribute("actor", actor);
		model.addAttribute("zone", this.clock.getZone());
		model.addAttribute("navEntries", actor == null ? List.of()
				: this.entries.stream().filter(e -> actor.can(e.permission())).toList());
		model.addAttribute("perms", actor == null ? Set.of()
				: actor.role().permissions().stream().map(Permission::name).collect(Collectors.toUnmodifiableSet()));
	}

	private static Actor actor() {
		try {
			return CurrentActor.get();
		}
		catch (IllegalStateException ex) {
			return null;
		}
	}

}
