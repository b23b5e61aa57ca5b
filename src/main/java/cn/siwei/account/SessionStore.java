package cn.siwei.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Logged-in sessions live in the database (Spring Session JDBC, tables of V60), so that any platform node serves
 * any user and a restart logs nobody out.
 * <p>
 * Every request moves its session's last-access time; waiting for that to reach the disk cost 7–9 ms a request on
 * a test machine (a flushed commit), more than all the rest of a small request. The update is therefore committed
 * without waiting for the flush ({@code synchronous_commit = off} for that transaction alone, set from inside the
 * statement): a crash can lose the last fraction of a second of last-access times, never a record. Logging in
 * (creating a session) still waits.
 */
@Configuration(proxyBeanMethods = false)
class SessionStore {

	static final String UPDATE_SESSION = """
			UPDATE %TABLE_NAME%
			SET SESSION_ID = ?, LAST_ACCESS_TIME = ?, MAX_INACTIVE_INTERVAL = ?, EXPIRY_TIME = ?, PRINCIPAL_NAME = ?
			WHERE PRIMARY_ID = ? AND set_config('synchronous_commit', 'off', true) IS NOT NULL
			""";

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> lastAccessWithoutWaitingForTheDisk() {
		return repository -> repository.setUpdateSessionQuery(UPDATE_SESSION);
	}

}
