package cn.siwei.access;

import java.util.List;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Who may reach the pages and API of one capability. Each capability declares its rules as a bean in its own
 * package; the platform applies them all (its own first, then every capability's, then "every other URL needs a
 * login"). The services behind the URLs check the permission again and limit every query to the actor's scope.
 */
public interface WebRules {

	/**
	 * Adds the capability's rules; each rule names only the capability's own URLs.
	 * @param auth the registry of rules
	 */
	void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth);

	/**
	 * URL patterns that other systems call with a key of their own (checked by the endpoint): no login and no CSRF
	 * token. They must also be permitted in {@link #authorize}.
	 */
	default List<String> keyedPaths() {
		return List.of();
	}

}
