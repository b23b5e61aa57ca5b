package cn.siwei.problem;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import cn.siwei.access.Actor;
import cn.siwei.problem.ProblemTerms.Status;

/**
 * A problem's loop as a table: each act, the states it may start from and the state it leads to (发现 → 列入清单 →
 * 解决, or 不予处理; a solved problem reopened when the fix did not hold). {@link Problems} asks it before every act;
 * {@code ProblemLoopTest} tries every act from every state. Nothing here reads the database.
 */
public final class ProblemLoop {

	private ProblemLoop() {
	}

	/** An act on a problem. */
	public enum Act {

		/** 列入治理清单: an owner and a limit (again, to hand it to another owner). */
		ASSIGN(EnumSet.of(Status.FOUND, Status.ASSIGNED), Status.ASSIGNED),
		/** 进展: a note of progress. */
		PROGRESS(EnumSet.of(Status.ASSIGNED), null),
		/** 销号: solved, with what was done. */
		FINISH(EnumSet.of(Status.ASSIGNED), Status.DONE),
		/** 不予处理, with the reason. */
		DROP(EnumSet.of(Status.FOUND, Status.ASSIGNED), Status.DROPPED),
		/** 重新打开: the fix did not hold, or it was dropped wrongly; back on the list with a new limit. */
		REOPEN(EnumSet.of(Status.DONE, Status.DROPPED), Status.ASSIGNED);

		private final Set<Status> from;

		private final Status to;

		Act(Set<Status> from, Status to) {
			this.from = from;
			this.to = to;
		}

		public Set<Status> from() {
			return this.from;
		}

		/** The state it leads to; null when it leaves the state as it is. */
		public Status to() {
			return this.to;
		}

	}

	/** Why an act is refused (a message key), or empty when it may be done. */
	static Optional<String> refusal(Act act, Status status, Actor actor) {
		if (!actor.can(ProblemPermissions.HANDLE)) {
			return Optional.of("error.forbidden");
		}
		if (!act.from().contains(status)) {
			return Optional.of("problem.rejected.wrongState");
		}
		return Optional.empty();
	}

	/** The acts the actor may do on the problem now. */
	static Set<Act> allowed(Status status, Actor actor) {
		Set<Act> acts = EnumSet.noneOf(Act.class);
		for (Act act : Act.values()) {
			if (refusal(act, status, actor).isEmpty()) {
				acts.add(act);
			}
		}
		return acts;
	}

}
