package cn.siwei.platform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded database keeps committed data through a kill -9 of the platform, and of the database server
 * itself, and comes up again by itself; it is durable and asks for a password.
 */
class EmbeddedDatabaseRecoveryIT {

	@TempDir
	Path root;

	@Test
	void everyCommittedRowSurvivesAKilledPlatformAndAKilledServer() throws Exception {
		long first = runProbeAndKill(200, false);
		long afterFirst = countRows();
		assertThat(afterFirst).isGreaterThanOrEqualTo(first);

		long second = runProbeAndKill(afterFirst + 200, true);
		assertThat(second).isGreaterThan(first);
		assertThat(countRows()).isGreaterThanOrEqualTo(second);
	}

	@Test
	void theServerRunsDurablyAndOnlyWithItsPassword() throws Exception {
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(this.root, 0, Duration.ofSeconds(60))) {
			try (Connection c = server.dataSource().getConnection(); Statement s = c.createStatement()) {
				assertThat(show(s, "fsync")).isEqualTo("on");
				assertThat(show(s, "synchronous_commit")).isEqualTo("on");
				assertThat(show(s, "full_page_writes")).isEqualTo("on");
				assertThat(show(s, "password_encryption")).isEqualTo("scram-sha-256");
			}
			assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "postgres", "wrong").close())
				.isInstanceOf(SQLException.class);
			assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl() + "?user=postgres").close())
				.isInstanceOf(SQLException.class);
			assertThat(Files.readString(this.root.resolve("pg/pg_hba.conf"))).contains("scram-sha-256").doesNotContain("trust");
			assertThat(Files.exists(this.root.resolve("pg-bin"))).isTrue();
		}
	}

	/**
	 * Runs the probe in its own JVM until it has committed {@code atLeast} rows, then kills it with SIGKILL
	 * (and the database server too, when asked), and returns the last count the probe saw committed.
	 */
	private long runProbeAndKill(long atLeast, boolean killServerToo) throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process probe = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
				EmbeddedDatabaseProbe.class.getName(), this.root.toString())
			.redirectErrorStream(true)
			.start();
		long last = 0;
		try (BufferedReader out = new BufferedReader(new InputStreamReader(probe.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = out.readLine()) != null) {
				int at = line.indexOf("COMMITTED ");
				if (at >= 0) {
					last = Long.parseLong(line.substring(at + 10).trim());
					if (last >= atLeast) {
						break;
					}
				}
			}
			probe.destroyForcibly();
			assertThat(probe.waitFor(30, TimeUnit.SECONDS)).isTrue();
		}
		assertThat(last).as("rows the probe committed before it was killed").isGreaterThanOrEqualTo(atLeast);
		if (killServerToo) {
			long pid = Long.parseLong(Files.readAllLines(this.root.resolve("pg/postmaster.pid")).get(0).trim());
			new ProcessBuilder("kill", "-9", Long.toString(pid)).inheritIO().start().waitFor();
			ProcessHandle.of(pid).ifPresent(p -> p.onExit().orTimeout(30, TimeUnit.SECONDS).join());
		}
		return last;
	}

	/** Starts the server again the way the platform does after a crash, and counts what survived. */
	private long countRows() throws IOException, SQLException {
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(this.root, 0, Duration.ofSeconds(120));
				Connection c = server.dataSource().getConnection();
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select count(*), max(n) from probe")) {
			rs.next();
			assertThat(rs.getLong(1)).as("rows are numbered without gaps").isEqualTo(rs.getLong(2));
			return rs.getLong(1);
		}
	}

	private static String show(Statement s, String setting) throws SQLException {
		try (ResultSet rs = s.executeQuery("show " + setting)) {
			rs.next();
			return rs.getString(1);
		}
	}

}
