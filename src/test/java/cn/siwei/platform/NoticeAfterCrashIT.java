package cn.siwei.platform;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A notice survives the process dying between the act that caused it and its sending: the platform (in a process of
 * its own) takes a request, its text message to the resident hangs, the process is killed with SIGKILL; started
 * again, the platform delivers the act's event once more, and the resident gets the notice and the text message
 * exactly once, under the act's key.
 */
class NoticeAfterCrashIT {

	@TempDir
	Path root;

	@Test
	void aNoticeInterruptedByAKillIsDeliveredOnceAfterTheRestart() throws Exception {
		List<String> first = new ArrayList<>();
		Process act = start("act");
		String stalled = readUntil(act, first, l -> l.contains("SMS STALLED "), Duration.ofMinutes(3));
		String key = stalled.substring(stalled.indexOf("SMS STALLED ") + 12).trim();
		assertThat(first).anyMatch(l -> l.contains("ACCEPTED "));
		assertThat(key).startsWith("request-event:").contains(":reporter:");
		act.destroyForcibly();
		assertThat(act.waitFor(30, TimeUnit.SECONDS)).isTrue();

		List<String> second = new ArrayList<>();
		Process restart = start("restart");
		readUntil(restart, second, l -> l.contains("SMS SENT " + key), Duration.ofMinutes(3));
		readUntil(restart, second, l -> l.contains("STARTED"), Duration.ofMinutes(1));
		restart.destroy();
		assertThat(restart.waitFor(60, TimeUnit.SECONDS)).isTrue();

		assertThat(second.stream().filter(l -> l.contains("SMS SENT " + key))).as("the text message, once").hasSize(1);
		String entry = key.split(":")[1];
		try (Database db = database();
				PreparedStatement s = db.connection().prepareStatement("select count(*) from notification where dedupe_key = ?");
				// its own database holds only the probe's events; a shared server also those of the tests running beside
				PreparedStatement left = db.connection().prepareStatement(
						"select count(*) from event_publication where completion_date is null"
								+ (db.server() == null ? " and serialized_event ~ ?" : ""))) {
			s.setString(1, key);
			try (ResultSet rs = s.executeQuery()) {
				rs.next();
				assertThat(rs.getLong(1)).as("the notice in the app, once").isEqualTo(1);
			}
			if (db.server() == null) {
				left.setString(1, "\"entryId\":" + entry + "[,}]");
			}
			try (ResultSet rs = left.executeQuery()) {
				rs.next();
				assertThat(rs.getLong(1)).as("no event of the act left undelivered").isZero();
			}
		}
	}

	/** The database the probe used: the external server when one is configured (CI's third stage), else its own. */
	private Database database() throws Exception {
		String url = System.getenv("SIWEI_DB_URL");
		if (url != null && !url.isBlank()) {
			return new Database(null, DriverManager.getConnection(url, System.getenv("SIWEI_DB_USER"),
					System.getenv("SIWEI_DB_PASSWORD")));
		}
		EmbeddedPostgresServer server = EmbeddedPostgresServer.start(this.root, 0, Duration.ofSeconds(120));
		return new Database(server, server.dataSource().getConnection());
	}

	private record Database(EmbeddedPostgresServer server, Connection connection) implements AutoCloseable {

		@Override
		public void close() throws Exception {
			this.connection.close();
			if (this.server != null) {
				this.server.close();
			}
		}

	}

	private Process start(String mode) throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		return new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
				NoticeCrashProbe.class.getName(), this.root.toString(), mode)
			.redirectErrorStream(true)
			.start();
	}

	/** Reads the process's output until a line matches; the lines read are kept. */
	private static String readUntil(Process process, List<String> lines, Predicate<String> wanted, Duration limit)
			throws Exception {
		BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		long deadline = System.nanoTime() + limit.toNanos();
		String line;
		while (System.nanoTime() < deadline && (line = out.readLine()) != null) {
			lines.add(line);
			if (wanted.test(line)) {
				return line;
			}
		}
		process.destroyForcibly();
		throw new AssertionError("The probe never printed what was awaited; its last lines: "
				+ String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size())));
	}

}
