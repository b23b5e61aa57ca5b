package cn.siwei.platform;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The backup command on a database that is written to while it copies: the restored copy starts, holds every
 * row committed before the backup began, and is consistent (each row's counter moved in the same transaction as
 * the row). Refusals change nothing. Runs its own small embedded server, not the suite's.
 */
class DatabaseBackupTest {

	@TempDir
	Path temp;

	final ByteArrayOutputStream printed = new ByteArrayOutputStream();

	final DatabaseBackup tool = new DatabaseBackup(new PrintStream(this.printed, true, StandardCharsets.UTF_8), Map.of());

	@Test
	void aBackupTakenWhileWritesGoOnRestoresToAConsistentDatabase() throws Exception {
		Path live = this.temp.resolve("live/data");
		Path backup = this.temp.resolve("backup");
		Path restored = this.temp.resolve("restored/data");
		long before;
		AtomicLong committed = new AtomicLong();
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(live, 0, Duration.ofSeconds(120))) {
			JdbcClient jdbc = JdbcClient.create(server.dataSource());
			jdbc.sql("create table t (id bigint primary key, body text not null)").update();
			jdbc.sql("create table counter (n bigint not null)").update();
			jdbc.sql("insert into counter values (0)").update();
			AtomicBoolean writing = new AtomicBoolean(true);
			CountDownLatch started = new CountDownLatch(500);
			Thread writer = new Thread(() -> {
				try (Connection c = server.dataSource().getConnection(); Statement s = c.createStatement()) {
					c.setAutoCommit(false);
					for (long i = 1; writing.get(); i++) {
						s.execute("insert into t values (" + i + ", repeat('x', 2000))");
						s.execute("update counter set n = n + 1");
						c.commit();
						committed.set(i);
						started.countDown();
					}
				}
				catch (SQLException ex) {
					throw new IllegalStateException(ex);
				}
			});
			writer.start();
			started.await();
			before = committed.get();
			assertThat(this.tool.run(new String[] { "backup", backup.toString(),
					"--siwei.embedded-db.data-directory=" + live })).as(this.printed.toString(StandardCharsets.UTF_8))
				.isZero();
			long during = committed.get();
			writing.set(false);
			writer.join();
			assertThat(during).as("rows were written while the backup copied").isGreaterThan(before);
		}
		assertThat(this.printed.toString(StandardCharsets.UTF_8)).contains("taken while the database served");

		assertThat(this.tool.run(new String[] { "restore", backup.toString(),
				"--siwei.embedded-db.data-directory=" + restored })).as(this.printed.toString(StandardCharsets.UTF_8))
			.isZero();
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(restored, 0, Duration.ofSeconds(120))) {
			JdbcClient jdbc = JdbcClient.create(server.dataSource());
			long rows = jdbc.sql("select count(*) from t").query(Long.class).single();
			long highest = jdbc.sql("select max(id) from t").query(Long.class).single();
			long counter = jdbc.sql("select n from counter").query(Long.class).single();
			assertThat(rows).isGreaterThanOrEqualTo(before).isEqualTo(highest).isEqualTo(counter)
				.isLessThanOrEqualTo(committed.get());
		}
	}

	@Test
	void refusalsChangeNothing() throws Exception {
		assertThat(this.tool.run(new String[] { "backup" })).isEqualTo(2);
		// no database where the platform would keep one
		assertThat(this.tool.run(new String[] { "backup", this.temp.resolve("b").toString(),
				"--siwei.embedded-db.data-directory=" + this.temp.resolve("nothing") })).isEqualTo(1);
		assertThat(this.printed.toString(StandardCharsets.UTF_8)).contains("no embedded database");
		assertThat(this.temp.resolve("b")).doesNotExist();
		// not a backup
		Files.createDirectories(this.temp.resolve("not-a-backup"));
		assertThat(this.tool.run(new String[] { "restore", this.temp.resolve("not-a-backup").toString(),
				"--siwei.embedded-db.data-directory=" + this.temp.resolve("target") })).isEqualTo(1);
		assertThat(this.temp.resolve("target")).doesNotExist();
		// a folder that already holds a database is left as it is
		Path backup = this.temp.resolve("fake-backup");
		Files.createDirectories(backup.resolve("pg"));
		Files.writeString(backup.resolve("pg/PG_VERSION"), "17\n");
		Files.writeString(backup.resolve("pg-password"), "secret");
		Path existing = this.temp.resolve("existing");
		Files.createDirectories(existing.resolve("pg"));
		Files.writeString(existing.resolve("pg/PG_VERSION"), "17\n");
		Files.writeString(existing.resolve("pg-password"), "mine");
		assertThat(this.tool.run(new String[] { "restore", backup.toString(),
				"--siwei.embedded-db.data-directory=" + existing })).isEqualTo(1);
		assertThat(this.printed.toString(StandardCharsets.UTF_8)).contains("already holds a database");
		assertThat(Files.readString(existing.resolve("pg-password"))).isEqualTo("mine");
	}

}
