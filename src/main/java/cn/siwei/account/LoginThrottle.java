package cn.siwei.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.platform.SiweiProperties;

/**
 * Slows password guessing on every login path (the form and HTTP Basic) without letting anyone lock another
 * person out: failures are counted per login name and source address, and per source over all names. Once a
 * count reaches its limit within the lockout time, that name from that source (or that source for every name) is
 * paused until the lockout time has passed; a success clears the name's count from that source. Unknown names
 * are counted exactly like known ones.
 */
@Component
class LoginThrottle {

	/** The pseudo login name under which a source's failures over all names are counted. */
	static final String ANY_NAME = "*";

	/** Failures from one source over all names before the source is paused, as a multiple of the per-name limit. */
	static final int SOURCE_FACTOR = 4;

	private final JdbcClient jdbc;

	private final SiweiProperties.Security settings;

	private final Clock clock;

	LoginThrottle(JdbcClient jdbc, SiweiProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.settings = properties.security();
		this.clock = clock;
	}

	/** Whether logins of this name from this source are paused now. */
	@Transactional(readOnly = true)
	public boolean paused(String username, String source) {
		Instant now = this.clock.instant();
		return this.jdbc.sql("""
				select exists (select 1 from login_throttle
				 where source = :source and username in (:name, '*') and blocked_until > :now)""")
			.param("source", source(source))
			.param("name", name(username))
			.param("now", Timestamp.from(now))
			.query(Boolean.class)
			.single();
	}

	/**
	 * Counts a failure; in one statement per counter, so concurrent guesses cannot slip past the limit.
	 * @return the attempts left before the name is paused from this source (0 when it is paused now)
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public int failed(String username, String source) {
		int max = this.settings.maxFailedLogins();
		int failures = count(name(username), source(source), max);
		count(ANY_NAME, source(source), max * SOURCE_FACTOR);
		return Math.max(0, max - failures);
	}

	/** A successful login clears the name's failures from this source. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void succeeded(String username, String source) {
		this.jdbc.sql("delete from login_throttle where username = ? and source = ?")
			.params(name(username), source(source))
			.update();
	}

	/** An administrator's password reset lets the name in again from everywhere. */
	@Transactional
	public void clear(String username) {
		this.jdbc.sql("delete from login_throttle where username = ?").param(name(username)).update();
	}

	/** The attempts left for a name from a source before it is paused. */
	@Transactional(readOnly = true)
	public int left(String username, String source) {
		Instant now = this.clock.instant();
		int failures = this.jdbc.sql("""
				select failures from login_throttle where username = ? and source = ? and window_start > ?""")
			.params(name(username), source(source), Timestamp.from(now.minus(this.settings.lockout())))
			.query(Integer.class)
			.optional()
			.orElse(0);
		return Math.max(0, this.settings.maxFailedLogins() - failures);
	}

	/** Forgets counts older than a day; they would never pause anything again. */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1H")
	@Transactional
	public void forgetOld() {
		this.jdbc.sql("delete from login_throttle where window_start < ? and (blocked_until is null or blocked_until < ?)")
			.params(Timestamp.from(this.clock.instant().minusSeconds(86_400)), Timestamp.from(this.clock.instant()))
			.update();
	}

	private int count(String username, String source, int max) {
		Instant now = this.clock.instant();
		Timestamp windowOpen = Timestamp.from(now.minus(this.settings.lockout()));
		return this.jdbc.sql("""
				insert into login_throttle as t (username, source, failures, window_start, blocked_until)
				values (:name, :source, 1, :now, case when 1 >= :max then cast(:until as timestamptz) end)
				on conflict (username, source) do update set
				    failures = case when t.window_start > :open then t.failures + 1 else 1 end,
				    window_start = case when t.window_start > :open then t.window_start else :now end,
				    blocked_until = case when (case when t.window_start > :open then t.failures + 1 else 1 end) >= :max
				                         then cast(:until as timestamptz) else t.blocked_until end
				returning failures""")
			.param("name", username)
			.param("source", source)
			.param("now", Timestamp.from(now))
			.param("open", windowOpen)
			.param("max", max)
			.param("until", Timestamp.from(now.plus(this.settings.lockout())))
			.query(Integer.class)
			.single();
	}

	private static String name(String username) {
		String n = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
		return n.length() > 64 ? n.substring(0, 64) : n;
	}

	private static String source(String source) {
		String s = source == null ? "unknown" : source;
		return s.length() > 64 ? s.substring(0, 64) : s;
	}

}
