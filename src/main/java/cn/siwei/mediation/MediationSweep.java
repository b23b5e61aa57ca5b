package cn.siwei.mediation;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.mediation.MediationEvents.MediationOverdue;
import cn.siwei.mediation.MediationTerms.EventKind;
import cn.siwei.platform.BulkLoad;
import cn.siwei.platform.Deadlines;
import cn.siwei.platform.Deadlines.Deadline;
import cn.siwei.platform.Deadlines.Flag;
import cn.siwei.platform.Timeline;
import cn.siwei.platform.SweepLock;

/**
 * Flags, once each, accepted cases whose clock ran out and agreements whose 30 days for judicial confirmation
 * passed without an application, writing each in the case's timeline.
 */
@Component
public class MediationSweep {

	private static final Logger log = LoggerFactory.getLogger(MediationSweep.class);

	private static final Deadline CLOCK = new Deadline("mediation", "x", null, "x.status = 'ACCEPTED'", "x.due_at", null);

	private static final Deadline CONFIRMATION = new Deadline("mediation", "x", null,
			"x.outcome = 'AGREED' and x.confirmation_applied is null", "x.confirmation_due", null);

	record Flagged(long id, String regionPath) {
	}

	private final JdbcClient jdbc;

	private final Timeline timeline;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	MediationSweep(JdbcClient jdbc, ApplicationEventPublisher publisher, Clock clock) {
		this.jdbc = jdbc;
		this.timeline = new Timeline(jdbc, "mediation_event");
		this.publisher = publisher;
		this.clock = clock;
	}

	/** @return how many cases were flagged now */
	@Scheduled(fixedDelayString = "${siwei.mediation.sweep-every:60s}", initialDelayString = "${siwei.mediation.sweep-every:60s}")
	@Transactional
	public int sweep() {
		if (!SweepLock.claim(this.jdbc, "mediation")) {
			return 0;
		}
		if (BulkLoad.inProgress(this.jdbc)) {
			return 0;
		}
		Instant now = this.clock.instant();
		List<Flagged> late = Deadlines.flagMissed(this.jdbc, CLOCK, Flag.bool("late"), Timestamp.from(now), Map.of(),
				"x.id, x.region_path", (rs, n) -> new Flagged(rs.getLong(1), rs.getString(2)));
		int n = Deadlines.recordEach(late, this.timeline, now, EventKind.OVERDUE, Flagged::id, null,
				(f, entry) -> new MediationOverdue(f.id(), f.regionPath()), this.publisher);
		List<Flagged> unconfirmed = Deadlines.flagMissed(this.jdbc, CONFIRMATION, Flag.bool("confirmation_late"),
				Date.valueOf(LocalDate.now(this.clock)), Map.of(), "x.id, x.region_path",
				(rs, k) -> new Flagged(rs.getLong(1), rs.getString(2)));
		this.timeline.writeBySystem(unconfirmed.stream().map(Flagged::id).toList(), null, now,
				EventKind.CONFIRMATION_OVERDUE);
		if (n + unconfirmed.size() > 0) {
			log.info("Mediation sweep: {} cases past their clock, {} agreements past the confirmation deadline", n,
					unconfirmed.size());
		}
		return n + unconfirmed.size();
	}

}
