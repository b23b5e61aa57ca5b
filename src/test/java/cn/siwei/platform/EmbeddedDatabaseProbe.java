package cn.siwei.platform;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A stand-in for the platform in a process of its own: starts the embedded database the way the platform does
 * and commits rows one by one, printing each committed count, until it is killed.
 */
public final class EmbeddedDatabaseProbe {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseProbe.class);

	private EmbeddedDatabaseProbe() {
	}

	public static void main(String[] args) throws Exception {
		EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Path.of(args[0]), 0, Duration.ofSeconds(120));
		try (Connection c = server.dataSource().getConnection()) {
			try (Statement s = c.createStatement()) {
				s.execute("create table if not exists probe (n bigint primary key, note text)");
			}
			long n;
			try (Statement s = c.createStatement(); var rs = s.executeQuery("select coalesce(max(n), 0) from probe")) {
				rs.next();
				n = rs.getLong(1);
			}
			c.setAutoCommit(true);
			try (PreparedStatement insert = c.prepareStatement("insert into probe (n, note) values (?, ?)")) {
				while (true) {
					n++;
					insert.setLong(1, n);
					insert.setString(2, "row " + n);
					insert.executeUpdate();
					// The test that runs this process reads these lines: a number is logged only after its commit
					// returned, so every number logged must survive a kill.
					log.info("COMMITTED {}", n);
				}
			}
		}
	}

}
