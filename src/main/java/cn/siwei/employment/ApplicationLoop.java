package cn.siwei.employment;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import cn.siwei.employment.EmploymentTerms.Refusal;
import cn.siwei.employment.EmploymentTerms.Status;

/**
 * An application's loop as a table: each act, the states it may start from, the state it leads to and who may do
 * it (applied → viewed → interview → offered → hired, or refused with a coded reason; a refused or closed one can
 * be reopened, as les-emplois learnt employers expect). {@link Applications} asks it before every act;
 * {@code ApplicationLoopTest} tries every act from every state for every party. Nothing here reads the database.
 */
public final class ApplicationLoop {

	private ApplicationLoop() {
	}

	/** Who stands where to an application. */
	public enum Party {

		/** Staff of the seeker's place (or the vacancy's). */
		STAFF,
		/** The employer, through its merchant account. */
		EMPLOYER,
		/** The seeker themselves. */
		SEEKER,
		/** The platform's sweep. */
		SYSTEM

	}

	/** An act on an application. */
	public enum Act {

		/** 已查看: the employer has read it. */
		VIEW(EnumSet.of(Status.APPLIED), Status.VIEWED, EnumSet.of(Party.STAFF, Party.EMPLOYER)),
		/** 面试: invited to an interview. */
		INTERVIEW(EnumSet.of(Status.APPLIED, Status.VIEWED), Status.INTERVIEW, EnumSet.of(Party.STAFF, Party.EMPLOYER)),
		/** 录用意向: an offer (at a fair's booth: the intent to hire). */
		OFFER(EnumSet.of(Status.APPLIED, Status.VIEWED, Status.INTERVIEW), Status.OFFERED,
				EnumSet.of(Party.STAFF, Party.EMPLOYER)),
		/** 入职: hired; a placement is confirmed with the day of hire. */
		HIRE(EnumSet.of(Status.OFFERED), Status.HIRED, EnumSet.of(Party.STAFF, Party.EMPLOYER)),
		/** 不录用 / 放弃: refused with a coded reason (the seeker may only decline). */
		REFUSE(EnumSet.of(Status.APPLIED, Status.VIEWED, Status.INTERVIEW, Status.OFFERED), Status.REFUSED,
				EnumSet.of(Party.STAFF, Party.EMPLOYER, Party.SEEKER)),
		/** 重新打开: a refusal or closing undone; back to applied. */
		REOPEN(EnumSet.of(Status.REFUSED, Status.CLOSED), Status.APPLIED, EnumSet.of(Party.STAFF, Party.EMPLOYER)),
		/** 关闭: untouched for two months, closed with notice by the sweep. */
		CLOSE(EnumSet.of(Status.APPLIED, Status.VIEWED, Status.INTERVIEW, Status.OFFERED), Status.CLOSED,
				EnumSet.of(Party.SYSTEM));

		private final Set<Status> from;

		private final Status to;

		private final Set<Party> parties;

		Act(Set<Status> from, Status to, Set<Party> parties) {
			this.from = from;
			this.to = to;
			this.parties = parties;
		}

		public Set<Status> from() {
			return this.from;
		}

		public Status to() {
			return this.to;
		}

		public Set<Party> parties() {
			return this.parties;
		}

		public String messageKey() {
			return "employment.act." + name();
		}

	}

	/** Why an act is refused (a message key), or empty when it may be done. */
	static Optional<String> refusal(Act act, Status status, Set<Party> parties) {
		if (act.parties().stream().noneMatch(parties::contains)) {
			return Optional.of("error.forbidden");
		}
		if (!act.from().contains(status)) {
			return Optional.of("employment.rejected.wrongState");
		}
		return Optional.empty();
	}

	/** Why a refusal's reason is refused for these parties: a seeker alone may only decline. */
	static Optional<String> reasonRefusal(Refusal reason, Set<Party> parties) {
		if (reason == null) {
			return Optional.of("employment.rejected.reason");
		}
		if (!parties.contains(Party.STAFF) && !parties.contains(Party.EMPLOYER) && reason != Refusal.SEEKER_DECLINED) {
			return Optional.of("employment.rejected.seekerReason");
		}
		return Optional.empty();
	}

	/** The acts these parties may do now. */
	static Set<Act> allowed(Status status, Set<Party> parties) {
		Set<Act> acts = EnumSet.noneOf(Act.class);
		for (Act act : Act.values()) {
			if (refusal(act, status, parties).isEmpty()) {
				acts.add(act);
			}
		}
		return acts;
	}

}
