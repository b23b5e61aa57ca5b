package cn.siwei.platform;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
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

	/** The capabilities' menu entries the actor may see. */
	@ModelAttribute("navEntries")
	List<NavEntry> navEntries() {
		Actor actor = actor();
		return actor == null ? List.of() : this.entries.stream().filter(e -> actor.can(e.permission())).toList();
	}

	/** The platform's time zone, in which every page shows times (a controller may set its own). */
	@ModelAttribute("zone")
	ZoneId zone() {
		return this.clock.getZone();
	}

	@ModelAttribute("actor")
	Actor actor() {
		try {
			return CurrentActor.get();
		}
		catch (IllegalStateException ex) {
			return null;
		}
	}

	@ModelAttribute("perms")
	Set<String> perms() {
		Actor actor = actor();
		return actor == null ? Set.of()
				: actor.role().permissions().stream().map(Permission::name).collect(Collectors.toUnmodifiableSet());
	}

}
