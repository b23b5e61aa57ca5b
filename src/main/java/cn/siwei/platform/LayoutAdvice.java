package cn.siwei.platform;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import cn.siwei.access.Actor;
import cn.siwei.access.CurrentActor;
import cn.siwei.access.Permission;

/**
 * Gives every page the actor and the names of their permissions, so that menus and buttons show only what the
 * user may do (the server checks again on every request).
 */
@ControllerAdvice
class LayoutAdvice {

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
