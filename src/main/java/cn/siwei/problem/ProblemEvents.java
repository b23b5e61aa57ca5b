package cn.siwei.problem;

/** What happened to problems of the inventory: the module's API to others (points, rankings, notices). */
public final class ProblemEvents {

	private ProblemEvents() {
	}

	/** A problem was found and recorded. */
	public record ProblemFound(long problemId, String regionPath, String kind) {
	}

	/** A problem was solved, on time or not. */
	public record ProblemSolved(long problemId, String regionPath, boolean onTime) {
	}

	/** Its limit passed before it was solved. */
	public record ProblemOverdue(long problemId, String regionPath) {
	}

}
