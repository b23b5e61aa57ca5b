package cn.siwei.mediation;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import cn.siwei.access.Actor;
import cn.siwei.mediation.MediationTerms.Status;

/**
 * A mediation case's loop as a table: each act, the states it may start from and the state it leads to
 * (接待 → 调解 → 受理 → 处理 → 结案); and its pure decisions (a mediator's conflict of interest, an extension's
 * consent). {@link Mediations} asks it before every act; {@code MediationLoopTest} tries every act from every
 * state. Nothing here reads the database.
 */
public final class MediationLoop {

	private MediationLoop() {
	}

	/** An act on a case. */
	public enum Act {

		/** 指派调解员 (again, after an objection). */
		ASSIGN(EnumSet.of(Status.RECEIVED, Status.MEDIATING, Status.ACCEPTED), null),
		/** A party objects to the mediator, with a reason: the mediator steps down. */
		OBJECT(EnumSet.of(Status.MEDIATING, Status.ACCEPTED), null),
		/** 受理: the case is accepted; its clock starts. */
		ACCEPT(EnumSet.of(Status.MEDIATING), Status.ACCEPTED),
		/** 调解笔录: a session with its record. */
		SESSION(EnumSet.of(Status.MEDIATING, Status.ACCEPTED), null),
		/** 延期: more time, with both parties' consent. */
		EXTEND(EnumSet.of(Status.ACCEPTED), null),
		/** 达成协议. */
		AGREE(EnumSet.of(Status.ACCEPTED), Status.AGREED),
		/** 调解不成, with guidance to court or arbitration. */
		FAIL(EnumSet.of(Status.MEDIATING, Status.ACCEPTED), Status.FAILED),
		/** 申请司法确认: recorded with its day. */
		CONFIRM(EnumSet.of(Status.AGREED, Status.CLOSED), null),
		/** 回访: the agreement's performance visited; the case closes. */
		FOLLOW_UP(EnumSet.of(Status.AGREED), Status.CLOSED),
		/** 结案 of a failed case. */
		CLOSE(EnumSet.of(Status.FAILED), Status.CLOSED);

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
	static Optional<String> refusal(Act act, Status status, boolean hasMediator, Actor actor) {
		if (!actor.can(MediationPermissions.HANDLE)) {
			return Optional.of("error.forbidden");
		}
		if (!act.from().contains(status)) {
			return Optional.of("mediation.rejected.wrongState");
		}
		if ((act == Act.ACCEPT || act == Act.SESSION || act == Act.AGREE) && !hasMediator) {
			return Optional.of("mediation.rejected.noMediator");
		}
		if (act == Act.OBJECT && !hasMediator) {
			return Optional.of("mediation.rejected.noMediator");
		}
		return Optional.empty();
	}

	/** The acts the actor may do on the case now. */
	static Set<Act> allowed(Status status, boolean hasMediator, Actor actor) {
		Set<Act> acts = EnumSet.noneOf(Act.class);
		for (Act act : Act.values()) {
			if (refusal(act, status, hasMediator, actor).isEmpty()) {
				acts.add(act);
			}
		}
		return acts;
	}

	/**
	 * Why someone may not mediate between these parties, or empty: a party cannot mediate their own dispute, nor
	 * can one who shares a party's surname and given name (a namesake is checked by staff, not let through).
	 */
	static Optional<String> conflict(String mediator, Long mediatorPersonId, String applicant, String respondent) {
		String m = mediator == null ? "" : mediator.strip();
		if (m.equals(applicant == null ? null : applicant.strip()) || m.equals(respondent == null ? null : respondent.strip())) {
			return Optional.of("mediation.rejected.mediatorIsParty");
		}
		return Optional.empty();
	}

	/** An extension needs both parties' consent. */
	static boolean bothConsent(boolean applicant, boolean respondent) {
		return applicant && respondent;
	}

}
