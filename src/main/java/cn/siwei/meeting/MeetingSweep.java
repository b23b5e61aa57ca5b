package cn.siwei.meeting;

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

import cn.siwei.meeting.MeetingEvents.DecisionLate;
import cn.siwei.meeting.MeetingTerms.EventKind;
import cn.siwei.platform.BulkLoad;
import cn.siwei.platform.Deadlines;
import cn.siwei.platform.Deadlines.Deadline;
import cn.siwei.platform.Deadlines.Flag;
import cn.siwei.platform.Timeline;
import cn.siwei.platform.SweepLock;

/**
 * Flags, once, each open decision whose limit passed (it then counts as overdue and late), writes it in the
 * meeting's timeline and publishes {@link DecisionLate}. The flag flips in the statement that finds the decision,
 * so several instances or a restart never flag one twice.
 */
@Component
public class MeetingSweep {

	private static final Logger log = LoggerFactory.getLogger(MeetingSweep.class);

	private static final Deadline DECISION = new Deadline("meeting_decision", "d", null, "d.status = 'OPEN'", "d.due_at",
			null);

	/**
	 * A decision just flagged.
	 *
	 * @param id the decision
	 * @param meetingId its meeting
	 * @param regionPath where
	 */
	record Flagged(long id, long meetingId, String regionPath) {
	}

	private final JdbcClient jdbc;

	private final Timeline timeline;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	MeetingSweep(JdbcClient jdbc, ApplicationEventPublisher publisher, Clock clock) {
		this.jdbc = jdbc;
		this.timeline = new Timeline(jdbc, "meeting_event");
		this.publisher = publisher;
		this.clock = clock;
	}

	/** @return how many decisions were flagged now */
	@Scheduled(fixedDelayString = "${siwei.meetings.sweep-every:60s}", initialDelayString = "${siwei.meetings.sweep-every:60s}")
	@Transactional
	public int sweep() {
		if (!SweepLock.claim(this.jdbc, "meetings")) {
			return 0;
		}
		if (BulkLoad.inProgress(this.jdbc)) {
			return 0;
		}
		Instant now = this.clock.instant();
		List<Flagged> flagged = Deadlines.flagMissed(this.jdbc, DECISION, Flag.bool("late"), Timestamp.from(now), Map.of(),
				"d.id, d.meeting_id, d.region_path",
				(rs, n) -> new Flagged(rs.getLong(1), rs.getLong(2), rs.getString(3)));
		int n = Deadlines.recordEach(flagged, this.timeline, now, EventKind.DECISION_LATE, Flagged::meetingId,
				Flagged::id, (f, entry) -> new DecisionLate(f.meetingId(), f.id(), f.regionPath()), this.publisher);
		if (n > 0) {
			log.info("Meeting sweep: {} decisions past their limits", n);
		}
		return n;
	}

}
