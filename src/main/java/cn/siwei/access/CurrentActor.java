package cn.siwei.access;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Finds the {@link Actor} of the current request.
 */
public final class CurrentActor {

	private CurrentActor() {
	}

	/**
	 * The actor of the current request.
	 * @return the logged-in actor
	 * @throws IllegalStateException when nobody is logged in (pages that need an actor are never public)
	 */
	public static Actor get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof ActorPrincipal principal) {
			return principal.actor();
		}
		throw new IllegalStateException("No logged-in actor");
	}

}
