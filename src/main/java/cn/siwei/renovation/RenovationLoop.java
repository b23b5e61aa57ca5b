package cn.siwei.renovation;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import cn.siwei.access.Actor;
import cn.siwei.renovation.RenovationTerms.Status;

/**
 * A renovation's loop as a table (计划 → 征求意见 → 施工 → 验收, or 未通过 and asked again with a revised plan) and
 * its one rule of arithmetic, the residents' consent. Nothing here reads the database.
 */
public final class RenovationLoop {

	private RenovationLoop() {
	}

	/** An act on a project. */
	public enum Act {

		/** 征求意见: the plan (revised, after a refusal) is put to the households. */
		CONSULT(EnumSet.of(Status.PLANNED, Status.REJECTED)),
		/** 计票: the households for and against; the works start if enough agreed, else it is refused. */
		TALLY(EnumSet.of(Status.CONSULTING)),
		/** 进度: the works' progress, for residents to see. */
		PROGRESS(EnumSet.of(Status.WORKS)),
		/** 验收: accepted, or not (then the works go on). */
		ACCEPT(EnumSet.of(Status.WORKS));

		private final Set<Status> from;

		Act(Set<Status> from) {
			this.from = from;
		}

		public Set<Status> from() {
			return this.from;
		}

	}

	static Optional<String> refusal(Act act, Status status, Actor actor) {
		if (!actor.can(RenovationPermissions.MANAGE)) {
			return Optional.of("error.forbidden");
		}
		if (!act.from().contains(status)) {
			return Optional.of("renovation.rejected.wrongState");
		}
		return Optional.empty();
	}

	static Set<Act> allowed(Status status, Actor actor) {
		Set<Act> acts = EnumSet.noneOf(Act.class);
		for (Act act : Act.values()) {
			if (refusal(act, status, actor).isEmpty()) {
				acts.add(act);
			}
		}
		return acts;
	}

	/**
	 * Whether enough households agreed: at least {@code numerator/denominator} of all the households concerned (not
	 * of those who answered: silence is not consent), in integers so that exactly two thirds is two thirds.
	 */
	static boolean consented(int agreed, int households, int numerator, int denominator) {
		return households > 0 && (long) agreed * denominator >= (long) households * numerator;
	}

}
