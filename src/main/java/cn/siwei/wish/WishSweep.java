package cn.siwei.wish;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.platform.Deadlines;
import cn.siwei.wish.WishEvents.Subject;
import cn.siwei.wish.WishEvents.WishDeadlineMissed;
import cn.siwei.wish.WishRepository.Flagged;
import cn.siwei.wish.WishTerms.EventKind;

/**
 * Flags missed contacts and missed committed dates, each once, and publishes {@link WishDeadlineMissed} (the
 * claimant is reminded and the wish goes on the community's follow-up list). As the flags flip in the statements
 * that find the wishes, several platform instances on one database, or a restart, never flag a wish twice.
 */
@Component
public class WishSweep {

	private static final Logger log = LoggerFactory.getLogger(WishSweep.class);

	private final WishRepository repository;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	public WishSweep(WishRepository repository, ApplicationEventPublisher publisher, Clock clock) {
		this.repository = repository;
		this.publisher = publisher;
		this.clock = clock;
	}

	/** @return how many wishes were flagged now */
	@Scheduled(fixedDelayString = "${siwei.wishes.sweep-every:60s}", initialDelayString = "${siwei.wishes.sweep-every:60s}")
	@Transactional
	public int sweep() {
		if (!this.repository.claimSweep()) {
			return 0;
		}
		if (this.repository.bulkLoadInProgress()) {
			return 0;
		}
		Instant now = this.clock.instant();
		int contacts = flag(this.repository.flagMissedContacts(now), now, EventKind.CONTACT_OVERDUE);
		int completions = flag(this.repository.flagMissedCompletions(LocalDate.now(this.clock), now), now,
				EventKind.COMPLETION_OVERDUE);
		if (contacts + completions > 0) {
			log.info("Wish sweep: {} missed contacts, {} missed completion dates", contacts, completions);
		}
		return contacts + completions;
	}

	private int flag(List<Flagged> flagged, Instant now, EventKind kind) {
		return Deadlines.recordEach(flagged, this.repository.timeline(), now, kind, Flagged::id, null,
				(f, entry) -> new WishDeadlineMissed(new Subject(f.id(), f.regionPath(), f.beneficiaryId(),
						f.claimantPersonId(), f.claimantTeamId(), Subject.summary(f.description())), entry,
						kind == EventKind.CONTACT_OVERDUE),
				this.publisher);
	}

}
