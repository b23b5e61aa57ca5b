package cn.siwei.platform;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.AbstractDataSource;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads of dashboards, rankings, figures' lists and exports from a streaming replica, when one is configured
 * ({@code siwei.replica.url}): such a request's read-only transactions run on the replica while it is no further
 * behind the primary than {@code siwei.replica.max-lag} (default 10 s), on the primary otherwise or when the
 * replica cannot be reached. Writes never go there: only a read-only transaction of a marked request does, through
 * Spring's {@link LazyConnectionDataSourceProxy} with the replica as its read-only data source.
 * <p>
 * The lag is measured, not trusted: every second at most, the primary's WAL position is sampled and the replica's
 * replayed position compared with the samples; the lag is the age of the newest sample the replica has replayed
 * (an idle primary costs nothing: its position does not move). Metrics: {@code siwei.replica.lag} (seconds, -1
 * when unreachable) and {@code siwei.replica.reads} (transactions the replica served).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "siwei.replica.url")
public class ReplicaReads {

	private static final Logger log = LoggerFactory.getLogger(ReplicaReads.class);

	/** Whether the current request may read from the replica. */
	private static final ThreadLocal<Boolean> MARKED = new ThreadLocal<>();

	/** The pages and API calls that read from the replica: leaders' screens and exports, never a form's follow-up. */
	static final List<String> DEFAULT_PATHS = List.of("/dashboard", "/dashboard/**", "/api/v1/dashboard",
			"/api/v1/dashboard/**", "/rankings", "/rankings.xlsx", "/api/v1/rankings/**", "/hot-topics",
			"/api/v1/hot-topics/**", "/figures", "/*/figures", "/api/v1/*/figures", "/*/export.xlsx",
			"/api/v1/*/export.xlsx");

	@Bean
	static BeanPostProcessor replicaRouting(Environment env, ObjectProvider<Clock> clock) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (!(bean instanceof DataSource primary) || !name.equals("dataSource")) {
					return bean;
				}
				HikariDataSource replica = new HikariDataSource();
				replica.setJdbcUrl(env.getRequiredProperty("siwei.replica.url"));
				replica.setUsername(env.getProperty("siwei.replica.username", env.getProperty("spring.datasource.username")));
				replica.setPassword(env.getProperty("siwei.replica.password", env.getProperty("spring.datasource.password")));
				replica.setPoolName("siwei-replica");
				replica.setMaximumPoolSize(10);
				replica.setReadOnly(true);
				// an unreachable replica is given up on quickly: the read goes to the primary instead
				replica.setConnectionTimeout(2000);
				// a replica that is down at start must not stop the platform: it is tried when reads come
				replica.setInitializationFailTimeout(-1);
				Duration maxLag = env.getProperty("siwei.replica.max-lag", Duration.class, Duration.ofSeconds(10));
				Gate gate = new Gate(primary, replica, maxLag, clock.getIfAvailable(Clock::systemUTC));
				LazyConnectionDataSourceProxy routed = new LazyConnectionDataSourceProxy(primary);
				routed.setReadOnlyDataSource(gate);
				log.info("Reads of dashboards, rankings and exports go to the replica {} while it lags less than {}",
						replica.getJdbcUrl(), maxLag);
				return new Routed(routed, gate);
			}
		};
	}

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> replicaReadsFilter(Environment env) {
		List<String> paths = env.getProperty("siwei.replica.paths", List.class, DEFAULT_PATHS);
		AntPathMatcher matcher = new AntPathMatcher();
		OncePerRequestFilter filter = new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				String path = request.getRequestURI().substring(request.getContextPath().length());
				boolean marked = "GET".equals(request.getMethod())
						&& paths.stream().anyMatch(p -> matcher.match(String.valueOf(p), path));
				if (!marked) {
					chain.doFilter(request, response);
					return;
				}
				MARKED.set(Boolean.TRUE);
				try {
					chain.doFilter(request, response);
				}
				finally {
					MARKED.remove();
				}
			}
		};
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
		// inside the session and security filters: the session is loaded and saved on the primary
		registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
		return registration;
	}

	@Bean
	MeterBinder replicaMetrics(DataSource dataSource) {
		return registry -> {
			if (dataSource instanceof Routed routed) {
				Gauge.builder("siwei.replica.lag", routed.gate, Gate::lagSeconds)
					.description("seconds the replica is behind the primary, -1 when unreachable")
					.register(registry);
				Gauge.builder("siwei.replica.reads", routed.gate, g -> g.served.get())
					.description("read-only transactions the replica served")
					.register(registry);
			}
		};
	}

	/** Runs work as a marked request does (for work outside a web request: an export job, a test). */
	static <T> T mark(java.util.function.Supplier<T> work) {
		Boolean before = MARKED.get();
		MARKED.set(Boolean.TRUE);
		try {
			return work.get();
		}
		finally {
			if (before == null) {
				MARKED.remove();
			}
		}
	}

	/** The platform's data source when a replica is configured: the lazy proxy, with its gate for the metrics. */
	static final class Routed extends org.springframework.jdbc.datasource.DelegatingDataSource {

		final Gate gate;

		Routed(DataSource target, Gate gate) {
			super(target);
			this.gate = gate;
		}

	}

	/** The read-only data source: the replica for a marked request while it is fresh, else the primary. */
	static final class Gate extends AbstractDataSource {

		private static final Duration SAMPLE_EVERY = Duration.ofSeconds(1);

		private final DataSource primary;

		private final DataSource replica;

		private final Duration maxLag;

		private final Clock clock;

		final AtomicLong served = new AtomicLong();

		/** Samples of the primary's WAL position: (when, position), newest last, a minute at most. */
		private final Deque<long[]> samples = new ArrayDeque<>();

		/** When the lag was last measured (epoch millis; 0: never). */
		private long checkedAt;

		private double lag = -1;

		/** How the replica says how far it has replayed. */
		private final String replayedSql;

		Gate(DataSource primary, DataSource replica, Duration maxLag, Clock clock) {
			this(primary, replica, maxLag, clock, "select coalesce(pg_last_wal_replay_lsn(), '0/0')::text");
		}

		Gate(DataSource primary, DataSource replica, Duration maxLag, Clock clock, String replayedSql) {
			this.replayedSql = replayedSql;
			this.primary = primary;
			this.replica = replica;
			this.maxLag = maxLag;
			this.clock = clock;
		}

		@Override
		public Connection getConnection() throws SQLException {
			if (Boolean.TRUE.equals(MARKED.get()) && fresh()) {
				try {
					Connection c = this.replica.getConnection();
					this.served.incrementAndGet();
					return c;
				}
				catch (SQLException ex) {
					markDown(ex);
				}
			}
			return this.primary.getConnection();
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return getConnection();
		}

		double lagSeconds() {
			fresh();
			return this.lag;
		}

		/** Whether the replica is close enough behind, sampled once a second at most. */
		synchronized boolean fresh() {
			long now = this.clock.millis();
			if (now - this.checkedAt >= SAMPLE_EVERY.toMillis()) {
				this.checkedAt = now;
				this.lag = measure(now);
			}
			return this.lag >= 0 && this.lag <= this.maxLag.toMillis() / 1000.0;
		}

		private double measure(long now) {
			try {
				long primaryAt = position(this.primary, "select pg_current_wal_lsn()::text");
				this.samples.addLast(new long[] { now, primaryAt });
				while (this.samples.size() > 1 && now - this.samples.peekFirst()[0] > 60_000) {
					this.samples.removeFirst();
				}
				long replayed = position(this.replica, this.replayedSql);
				long reachedAt = Long.MIN_VALUE;
				for (long[] s : this.samples) {
					if (s[1] <= replayed) {
						reachedAt = s[0];
					}
				}
				if (reachedAt == Long.MIN_VALUE) {
					// behind even the oldest sample: at least that old
					return (now - this.samples.peekFirst()[0]) / 1000.0 + this.maxLag.toSeconds() + 1;
				}
				return (now - reachedAt) / 1000.0;
			}
			catch (SQLException ex) {
				markDown(ex);
				return -1;
			}
		}

		private synchronized void markDown(SQLException ex) {
			log.warn("The replica cannot be read ({}); reading from the primary", ex.getMessage());
			this.lag = -1;
		}

		private static long position(DataSource ds, String sql) throws SQLException {
			try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
				rs.next();
				String lsn = rs.getString(1);
				int slash = lsn.indexOf('/');
				return (Long.parseLong(lsn.substring(0, slash), 16) << 32) | Long.parseLong(lsn.substring(slash + 1), 16);
			}
		}

	}

}
