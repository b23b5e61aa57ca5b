package cn.siwei.problem;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.platform.BulkLoad;
import cn.siwei.platform.Deadlines;
import cn.siwei.platform.Deadlines.Deadline;
import cn.siwei.platform.Deadlines.Flag;
import cn.siwei.platform.Timeline;
import cn.siwei.problem.ProblemEvents.ProblemOverdue;
import cn.siwei.problem.ProblemTerms.EventKind;
import cn.siwei.platform.SweepLock;

/** Flags, once each, problems on the list whose limit passed, writing each in the problem's timeline. */
@Component
public class ProblemSweep {

	private static final Logger log = LoggerFactory.getLogger(ProblemSweep.class);

	private static final Deadline LIMIT = new Deadline("problem", "x", null, "x.status = 'ASSIGNED'", "x.due_at", null);

	record Flagged(long id, String regionPath) {
	}

	private final JdbcClient jdbc;

	private final Timeline timeline;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	ProblemSweep(JdbcClient jdbc, ApplicationEventPublisher publisher, Clock clock) {
		this.jdbc = jdbc;
		this.timeline = new Timeline(jdbc, "problem_event");
		this.publisher = publisher;
		this.clock = clock;
	}

	/** @return how many problems were flagged now */
	@Scheduled(fixedDelayString = "${siwei.problem.sweep-every:60s}", initialDelayString = "${siwei.problem.sweep-every:60s}")
	@Transactional
	public int sweep() {
		if (!SweepLock.claim(this.jdbc, "problems")) {
			return 0;
		}
		if (BulkLoad.inProgress(this.jdbc)) {
			return 0;
		}
		Instant now = this.clock.instant();
		List<Flagged> late = Deadlines.flagMissed(this.jdbc, LIMIT, Flag.bool("late"), Timestamp.from(now), Map.of(),
				"x.id, x.region_path", (rs, n) -> new Flagged(rs.getLong(1), rs.getString(2)));
		int n = Deadlines.recordEach(late, this.timeline, now, EventKind.OVERDUE, Flagged::id, null,
				(f, entry) -> new ProblemOverdue(f.id(), f.regionPath()), this.publisher);
		if (n > 0) {
			log.info("Problem sweep: {} problems past their limit", n);
		}
		return n;
	}

}
