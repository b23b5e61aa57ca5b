package cn.siwei.account;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session whose account changed since the login: deactivated, given another role, region, organisation or
 * person, or a new password. A session keeps a snapshot of what its account may do; without this check a
 * deactivated account kept working and a demoted worker kept revealing ID numbers until the session expired.
 * One primary-key lookup per request.
 */
final class SessionCheck extends OncePerRequestFilter {

	private final AccountRepository accounts;

	SessionCheck(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
			Account account = principal.account();
			boolean current = this.accounts.activeSecurityVersion(account.id())
				.map(version -> version == account.securityVersion())
				.orElse(false);
			if (!current) {
				SecurityContextHolder.clearContext();
				HttpSession session = request.getSession(false);
				if (session != null) {
					session.invalidate();
				}
			}
		}
		chain.doFilter(request, response);
	}

}
