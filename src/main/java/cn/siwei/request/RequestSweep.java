package cn.siwei.request;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.platform.BulkLoad;
import cn.siwei.platform.Deadlines;
import cn.siwei.request.RequestEvents.StepFlagged;
import cn.siwei.request.RequestEvents.Subject;
import cn.siwei.request.RequestEvents.Unit;
import cn.siwei.request.RequestRepository.Flagged;
import cn.siwei.request.RequestTerms.EventKind;
import cn.siwei.platform.SweepLock;

/**
 * Flags each step that passed its limit, and each that comes within the warning time of it, once: the flags flip in
 * the statements that find the steps, so several instances or a restart never flag one twice. The limits are
 * stored with the requests, so the timers survive restarts. Each flag writes the timeline and publishes
 * {@link StepFlagged}.
 */
@Component
public class RequestSweep {

	private static final Logger log = LoggerFactory.getLogger(RequestSweep.class);

	private final RequestRepository repository;

	private final ApplicationEventPublisher publisher;

	private final RequestSettings settings;

	private final JdbcClient jdbc;

	private final Clock clock;

	RequestSweep(RequestRepository repository, ApplicationEventPublisher publisher, RequestSettings settings,
			JdbcClient jdbc, Clock clock) {
		this.repository = repository;
		this.publisher = publisher;
		this.settings = settings;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** @return how many steps were flagged now */
	@Scheduled(fixedDelayString = "${siwei.requests.sweep-every:60s}", initialDelayString = "${siwei.requests.sweep-every:60s}")
	@Transactional
	public int sweep() {
		if (!SweepLock.claim(this.jdbc, "requests")) {
			return 0;
		}
		if (BulkLoad.inProgress(this.jdbc)) {
			return 0;
		}
		Instant now = this.clock.instant();
		Instant horizon = now.plus(this.settings.warnBefore());
		int late = flag(this.repository.flagOverdueRequests(now), now, EventKind.OVERDUE)
				+ flag(this.repository.flagOverdueParts(now), now, EventKind.OVERDUE);
		int soon = flag(this.repository.warnRequests(now, horizon), now, EventKind.DUE_SOON)
				+ flag(this.repository.warnParts(now, horizon), now, EventKind.DUE_SOON);
		if (late + soon > 0) {
			log.info("Request sweep: {} overdue, {} due soon", late, soon);
		}
		return late + soon;
	}

	private int flag(List<Flagged> flagged, Instant now, EventKind kind) {
		return Deadlines.recordEach(flagged, this.repository.timeline(), now, kind, Flagged::requestId, Flagged::partId,
				(f, entry) -> new StepFlagged(new Subject(f.requestId(), f.regionPath(), null,
						Requests.abbreviate(f.description())), entry,
						f.partId() == null ? null : new Unit(f.organisationId(), null, f.personId(), f.unitName()),
						kind == EventKind.DUE_SOON),
				this.publisher);
	}

}
