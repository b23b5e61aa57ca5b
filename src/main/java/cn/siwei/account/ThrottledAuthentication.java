package cn.siwei.account;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import cn.siwei.access.Actor;
import cn.siwei.platform.Events;
import cn.siwei.platform.LogSafe;
import cn.siwei.platform.RecordChanged;

/**
 * Every password check of every login path (the form and HTTP Basic) goes through here: a paused name and source
 * is refused before the password is looked at, each failure is counted, and all failures look alike whether the
 * name exists, is deactivated or the password is wrong.
 */
final class ThrottledAuthentication implements AuthenticationProvider {

	private static final Logger log = LoggerFactory.getLogger(ThrottledAuthentication.class);

	private final AuthenticationProvider passwords;

	private final LoginThrottle throttle;

	private final AccountRepository accounts;

	private final Events events;

	ThrottledAuthentication(AuthenticationProvider passwords, LoginThrottle throttle, AccountRepository accounts,
			Events events) {
		this.passwords = passwords;
		this.throttle = throttle;
		this.accounts = accounts;
		this.events = events;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String name = authentication.getName();
		String source = authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress()
				: "unknown";
		if (this.throttle.paused(name, source)) {
			log.info("Login of {} from {} refused: paused after repeated failures", LogSafe.of(name), source);
			throw new Paused();
		}
		try {
			Authentication done = this.passwords.authenticate(authentication);
			this.throttle.succeeded(name, source);
			return done;
		}
		catch (AuthenticationException ex) {
			int left = this.throttle.failed(name, source);
			this.accounts.findByUsername(name).ifPresent(account -> {
				this.accounts.countFailure(account.id());
				if (left == 0) {
					log.warn("Logins of {} from {} paused after repeated failures", LogSafe.of(name), source);
					this.events.changed(Actor.SYSTEM, Accounts.TYPE, account.id(), RecordChanged.Action.LOCKOUT,
							account.regionPath(), Map.of(), Map.of("source", source), "repeated failed logins from " + source);
				}
			});
			throw left == 0 ? new Paused() : new Failed(left);
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	/** A wrong name or password (or a deactivated account: it looks the same). */
	static final class Failed extends BadCredentialsException {

		private final int left;

		Failed(int left) {
			super("bad credentials");
			this.left = left;
		}

		/** Attempts left before this name is paused from this source. */
		int left() {
			return this.left;
		}

	}

	/** Too many failures of this name (or from this source): paused for the lockout time. */
	static final class Paused extends BadCredentialsException {

		Paused() {
			super("paused");
		}

	}

}
