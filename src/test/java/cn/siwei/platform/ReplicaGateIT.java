package cn.siwei.platform;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.siwei.support.SiweiIT;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The replica's gate: a standby is read only by a marked request and only while it has replayed the primary's
 * recent position; one that lags or cannot be reached is passed over for the primary. (Two nodes with a real hot
 * standby: .ci/cluster-test.)
 */
class ReplicaGateIT extends SiweiIT {

	@Autowired
	DataSource dataSource;

	@Test
	void aReplicaIsReadByMarkedRequestsOnlyWhileItHasCaughtUp() throws Exception {
		// the primary as its own replica, always caught up
		ReplicaReads.Gate caughtUp = new ReplicaReads.Gate(this.dataSource, this.dataSource, Duration.ofSeconds(10),
				Clock.systemUTC(), "select pg_current_wal_lsn()::text");
		assertThat(caughtUp.lagSeconds()).isZero();
		try (Connection c = caughtUp.getConnection()) {
			assertThat(caughtUp.served).as("an unmarked request reads the primary").hasValue(0);
		}
		assertThat(markedRead(caughtUp)).isTrue();
		assertThat(caughtUp.served).hasValue(1);

		// a server that replays nothing (not a standby at all) is behind every sample: never read
		ReplicaReads.Gate behind = new ReplicaReads.Gate(this.dataSource, this.dataSource, Duration.ofSeconds(10),
				Clock.systemUTC());
		assertThat(behind.fresh()).isFalse();
		assertThat(behind.lagSeconds()).isGreaterThan(10);
		assertThat(markedRead(behind)).isTrue();
		assertThat(behind.served).hasValue(0);

		// one that cannot be reached: the primary answers instead, and the lag says -1
		try (HikariDataSource down = new HikariDataSource()) {
			down.setJdbcUrl("jdbc:postgresql://127.0.0.1:1/none");
			down.setConnectionTimeout(250);
			down.setInitializationFailTimeout(-1);
			ReplicaReads.Gate unreachable = new ReplicaReads.Gate(this.dataSource, down, Duration.ofSeconds(10),
					Clock.systemUTC());
			boolean answered = markedRead(unreachable);
			assertThat(answered).isTrue();
			assertThat(unreachable.lagSeconds()).isEqualTo(-1);
			assertThat(unreachable.served).hasValue(0);
		}
	}

	/** A read-only connection taken as a marked request takes it: whether it answers. */
	static boolean markedRead(ReplicaReads.Gate gate) {
		return ReplicaReads.mark(() -> {
			try (Connection c = gate.getConnection()) {
				return c.isValid(1);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

}
