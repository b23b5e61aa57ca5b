package cn.siwei.support;

import java.time.Instant;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The base of every test that needs the running platform. All of them share one Spring context and one
 * database, and run the platform as the README's first command does (demo data on, every other setting at its
 * default: scheduled sweeps, background imports, cached templates). Tests control only the clock (a movable
 * one), the ports (random) and the database folder ({@link TestDatabase}); the sweeps run every second so that
 * one test can watch the scheduler itself flag a deadline.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "siwei.demo=true", "siwei.requests.sweep-every=1s", "siwei.wishes.sweep-every=1s" })
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestDatabase.Initializer.class, classes = SiweiIT.Config.class)
public abstract class SiweiIT {

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	protected MutableClock clock;

	@TestConfiguration
	static class Config {

		@Bean
		@Primary
		MutableClock testClock() {
			return new MutableClock(Instant.parse("2026-11-27T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
		}

	}

	/** The id of a demo record, found by a column value. */
	protected long id(String table, String column, Object value) {
		return this.jdbc.sql("select id from " + table + " where " + column + " = ?").param(value).query(Long.class)
			.single();
	}

}
