package cn.siwei.meeting;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import cn.siwei.access.Actor;
import cn.siwei.access.Permission;
import cn.siwei.meeting.MeetingTerms.DecisionStatus;
import cn.siwei.meeting.MeetingTerms.Status;

/**
 * A meeting's loop as a table: each act, the states it may start from, the state it leads to and the permission
 * it needs (convened → in session → closed, or called off); a decision's (open → done); and the pure decisions
 * (a quorum is met, a meeting may close). {@link Meetings} asks it before every act, pages ask it which acts to
 * offer, and {@code MeetingLoopTest} tries every act from every state. Nothing here reads the database.
 */
public final class MeetingLoop {

	private MeetingLoop() {
	}

	/** An act on a meeting. */
	public enum Act {

		/** 列入议程: an open matter (a request, a wish, a problem) put on the agenda, before or during the meeting. */
		AGENDA(EnumSet.of(Status.PLANNED, Status.IN_SESSION), null, MeetingPermissions.CONVENE),
		/** 开会: the meeting begins; attendees may sign in. */
		OPEN(EnumSet.of(Status.PLANNED), Status.IN_SESSION, MeetingPermissions.CONVENE),
		/** 签到 by staff for an attendee without a phone (attendees scan the QR code themselves). */
		SIGN_IN(EnumSet.of(Status.IN_SESSION), null, MeetingPermissions.CONVENE),
		/** 形成决定: a decision with its owner and limit, once the quorum is present. */
		DECIDE(EnumSet.of(Status.IN_SESSION), null, MeetingPermissions.CONVENE),
		/** 闭会: closed with its minutes and attendance. */
		CLOSE(EnumSet.of(Status.IN_SESSION), Status.CLOSED, MeetingPermissions.CONVENE),
		/** 取消: called off before it began, with the reason. */
		CANCEL(EnumSet.of(Status.PLANNED), Status.CANCELLED, MeetingPermissions.CONVENE);

		private final Set<Status> from;

		private final Status to;

		private final Permission permission;

		Act(Set<Status> from, Status to, Permission permission) {
			this.from = from;
			this.to = to;
			this.permission = permission;
		}

		public Set<Status> from() {
			return this.from;
		}

		/** The state it leads to; null when it leaves the state as it is. */
		public Status to() {
			return this.to;
		}

		public Permission permission() {
			return this.permission;
		}

	}

	/** An act on a decision. */
	public enum DecisionAct {

		/** 进展: its owner or staff report how far it has come. */
		PROGRESS(EnumSet.of(DecisionStatus.OPEN), null),
		/** 办结: it is done. */
		FINISH(EnumSet.of(DecisionStatus.OPEN), DecisionStatus.DONE);

		private final Set<DecisionStatus> from;

		private final DecisionStatus to;

		DecisionAct(Set<DecisionStatus> from, DecisionStatus to) {
			this.from = from;
			this.to = to;
		}

		public Set<DecisionStatus> from() {
			return this.from;
		}

		public DecisionStatus to() {
			return this.to;
		}

	}

	/**
	 * Why an act is refused.
	 *
	 * @param forbidden whether the actor may not do it at all, as opposed to not in this state
	 * @param messageKey the reason
	 */
	record Refusal(boolean forbidden, String messageKey) {
	}

	/** Why a meeting act is refused, or empty when it may be done. */
	static Optional<Refusal> refusal(Act act, Status status, Actor actor) {
		if (!actor.can(act.permission())) {
			return Optional.of(new Refusal(true, "error.forbidden"));
		}
		if (!act.from().contains(status)) {
			return Optional.of(new Refusal(false, "meeting.rejected.wrongState"));
		}
		return Optional.empty();
	}

	/** Why a decision act is refused, or empty when it may be done. */
	static Optional<Refusal> refusal(DecisionAct act, DecisionStatus status, Actor actor) {
		if (!actor.can(MeetingPermissions.FOLLOW)) {
			return Optional.of(new Refusal(true, "error.forbidden"));
		}
		if (!act.from().contains(status)) {
			return Optional.of(new Refusal(false, "meeting.rejected.decisionDone"));
		}
		return Optional.empty();
	}

	/** The acts the actor may do on the meeting now. */
	static Set<Act> allowed(Status status, Actor actor) {
		Set<Act> acts = EnumSet.noneOf(Act.class);
		for (Act act : Act.values()) {
			if (refusal(act, status, actor).isEmpty()) {
				acts.add(act);
			}
		}
		return acts;
	}

	/** Whether enough attendees are present for decisions to be taken. */
	static boolean quorate(int present, int quorum) {
		return present >= quorum;
	}

	/**
	 * Why a meeting may not close yet, or empty: a meeting closes only with its minutes and with its attendance
	 * (at least one attendee signed in).
	 */
	static Optional<String> closeRefusal(String minutes, int present) {
		if (minutes == null || minutes.isBlank()) {
			return Optional.of("meeting.rejected.noMinutes");
		}
		if (present == 0) {
			return Optional.of("meeting.rejected.noAttendance");
		}
		return Optional.empty();
	}

}
