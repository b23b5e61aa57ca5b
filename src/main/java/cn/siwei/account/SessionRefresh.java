package cn.siwei.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Puts the account as it is now into the current session, after an act of the user's own ended the account's
 * sessions (a password change ends the others, not this one).
 */
@Component
class SessionRefresh {

	private final UserDetailsService users;

	private final HttpSessionSecurityContextRepository repository = new HttpSessionSecurityContextRepository();

	SessionRefresh(UserDetailsService users) {
		this.users = users;
	}

	void refresh(String username, HttpServletRequest request, HttpServletResponse response) {
		UserDetails user = this.users.loadUserByUsername(username);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		this.repository.saveContext(context, request, response);
	}

}
