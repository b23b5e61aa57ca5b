package cn.siwei.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The one PostgreSQL of a test run: the server named by {@code SIWEI_DB_URL} when set (CI's second pass runs
 * against Debian's PostgreSQL), otherwise a throw-away embedded server started once per JVM.
 */
public final class TestDatabase {

	private static String url;

	private static String user;

	private static String password;

	private TestDatabase() {
	}

	static synchronized void ensure() {
		if (url != null) {
			return;
		}
		String external = System.getenv("SIWEI_DB_URL");
		if (external != null && !external.isBlank()) {
			url = external;
			user = System.getenv("SIWEI_DB_USER");
			password = System.getenv("SIWEI_DB_PASSWORD");
			return;
		}
		try {
			EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
			try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
				s.execute("CREATE DATABASE siwei_test");
			}
			url = pg.getJdbcUrl("postgres", "siwei_test");
			user = "postgres";
			password = "";
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Points the Spring context at the test database. */
	public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			ensure();
			java.util.Map<String, Object> props = new java.util.HashMap<>();
			props.put("spring.datasource.url", url);
			props.put("spring.datasource.username", user == null ? "" : user);
			props.put("spring.datasource.password", password == null ? "" : password);
			context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testDatabase", props));
		}

	}

}
