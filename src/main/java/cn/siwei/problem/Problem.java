package cn.siwei.problem;

import java.time.Instant;

import cn.siwei.problem.ProblemTerms.Kind;
import cn.siwei.problem.ProblemTerms.Source;
import cn.siwei.problem.ProblemTerms.Status;

/**
 * A problem of the inventory as read.
 *
 * @param id its number
 * @param regionId where (a compound, usually)
 * @param regionPath that node's path
 * @param regionName that node's name
 * @param kind what it is about
 * @param source how it was found
 * @param title a short title
 * @param description what was found
 * @param foundBy who found it
 * @param status where it stands
 * @param owner who answers for it (a unit, a person), once on the list
 * @param organisationId the owning unit when it is one of the platform's
 * @param dueAt its limit
 * @param late whether its limit passed before it was done
 * @param result what was done (once done)
 * @param doneAt when
 * @param droppedReason why it was dropped
 * @param createdAt when it was found
 */
public record Problem(long id, long regionId, String regionPath, String regionName, Kind kind, Source source,
		String title, String description, String foundBy, Status status, String owner, Long organisationId,
		Instant dueAt, boolean late, String result, Instant doneAt, String droppedReason, Instant createdAt) {

	/** Whether it is on the list and past its limit at {@code now}. */
	public boolean overdueAt(Instant now) {
		return this.status == Status.ASSIGNED && this.dueAt != null && now.isAfter(this.dueAt);
	}

}
