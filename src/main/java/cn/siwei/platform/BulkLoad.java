package cn.siwei.platform;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Marks a bulk load in progress (the data generator's), across every platform instance on the database, with a
 * PostgreSQL advisory lock held by the loader's own connection: periodic work that would fight the load (the
 * deadline sweeps, running over tables whose indexes are being rebuilt) checks it and waits for the next round.
 */
public final class BulkLoad implements AutoCloseable {

	private static final String KEY = "hashtext('siwei-bulk-load')";

	private final Connection connection;

	private BulkLoad(Connection connection) {
		this.connection = connection;
	}

	/** Starts a bulk load; close it when done. */
	public static BulkLoad begin(DataSource dataSource) {
		try {
			Connection c = dataSource.getConnection();
			try (var s = c.createStatement()) {
				s.execute("select pg_advisory_lock(" + KEY + ")");
			}
			return new BulkLoad(c);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot mark the bulk load", ex);
		}
	}

	/** Whether a bulk load is running now (on any instance). Call inside the work's transaction. */
	public static boolean inProgress(JdbcClient jdbc) {
		return !jdbc.sql("select pg_try_advisory_xact_lock_shared(" + KEY + ")").query(Boolean.class).single();
	}

	@Override
	public void close() {
		try (var s = this.connection.createStatement()) {
			s.execute("select pg_advisory_unlock(" + KEY + ")");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot end the bulk load", ex);
		}
		finally {
			try {
				this.connection.close();
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
		}
	}

}
