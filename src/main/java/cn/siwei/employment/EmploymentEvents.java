package cn.siwei.employment;

import java.time.Instant;
import java.time.LocalDate;

/** What happened in employment, in the past tense: the module's API to others. */
public final class EmploymentEvents {

	private EmploymentEvents() {
	}

	/** A vacancy was opened. */
	public record VacancyOpened(long vacancyId, String regionPath, long employerId) {
	}

	/** A resident registered as a job seeker. */
	public record SeekerRegistered(long seekerId, long personId, String regionPath) {
	}

	/** An application was made (by the seeker, a referral, an employer's invitation or an intent at a fair). */
	public record ApplicationMade(long applicationId, long seekerId, long vacancyId, String sender) {
	}

	/** A seeker was hired: a placement was confirmed. */
	public record SeekerHired(long placementId, long seekerId, long personId, long employerId, String regionPath,
			LocalDate hiredOn) {
	}

	/** A placement was re-checked after 30 or 90 days. */
	public record PlacementChecked(long placementId, int days, String outcome) {
	}

	/**
	 * A job fair was held and closed, with its counts: the activities ledger records it.
	 *
	 * @param fairId the fair
	 * @param regionPath where
	 * @param title its name
	 * @param kind OFFLINE or ONLINE
	 * @param place where it was held, or null online
	 * @param startsAt when it began
	 * @param endsAt when it ended
	 * @param participants seekers checked in (offline) or who applied (online)
	 */
	public record FairHeld(long fairId, String regionPath, String title, String kind, String place, Instant startsAt,
			Instant endsAt, int participants) {
	}

	/**
	 * A session of a training was held: the activities ledger records it.
	 *
	 * @param sessionId the session
	 * @param regionPath where the training is
	 * @param title the training and the session's topic
	 * @param place where
	 * @param heldAt when
	 * @param attended how many enrolled seekers attended
	 */
	public record TrainingSessionHeld(long sessionId, String regionPath, String title, String place, Instant heldAt,
			int attended) {
	}

}
