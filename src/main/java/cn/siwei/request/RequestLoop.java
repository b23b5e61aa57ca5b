package cn.siwei.request;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.siwei.access.Actor;
import cn.siwei.access.Permission;
import cn.siwei.platform.Satisfaction;
import cn.siwei.request.RequestTerms.PartStatus;
import cn.siwei.request.RequestTerms.Status;

/**
 * The five-order loop as a table: each act, the states it may start from, the state it leads to, the permission
 * it needs and whose act it is; and the loop's pure decisions. {@link Requests} asks it before every act, pages and
 * the API ask it which acts to offer ({@link #allowed}), and {@code RequestLoopTest} tries every act from every
 * state. Nothing here reads the database.
 */
public final class RequestLoop {

	private RequestLoop() {
	}

	/** Whose act it is, as the request sees the actor. */
	enum Party {

		/** Staff of the request's region (a community, a compound, or above). */
		STAFF,
		/** A unit with a part in the request (a department, a team, a party member). */
		UNIT,
		/** The resident who placed it. */
		REPORTER

	}

	/** How an actor stands to one request. */
	record Relation(boolean staff, boolean unit, boolean reporter) {

		boolean is(Party party) {
			return switch (party) {
				case STAFF -> this.staff;
				case UNIT -> this.unit;
				case REPORTER -> this.reporter;
			};
		}

	}

	private static final Set<Status> OPEN = EnumSet.of(Status.SUBMITTED, Status.ACCEPTED, Status.ESCALATED,
			Status.DISPATCHED);

	/** An act on a request as a whole. */
	public enum Act {

		/** 接单: the community or compound takes it. */
		ACCEPT(EnumSet.of(Status.SUBMITTED), Status.ACCEPTED, RequestPermissions.ACCEPT, Party.STAFF),
		/** Declined with a reason the resident sees. */
		DECLINE(EnumSet.of(Status.SUBMITTED), Status.DECLINED, RequestPermissions.ACCEPT, Party.STAFF),
		/** Sent down to the community or compound it concerns. */
		ROUTE(EnumSet.of(Status.SUBMITTED), Status.SUBMITTED, RequestPermissions.ACCEPT, Party.STAFF),
		/** Linked to an earlier request about the same thing. */
		LINK_DUPLICATE(EnumSet.of(Status.SUBMITTED, Status.ACCEPTED), Status.DUPLICATE, RequestPermissions.ACCEPT,
				Party.STAFF),
		/** Staff undo a link made in error: the request is its own again, to be taken. */
		UNLINK_DUPLICATE(EnumSet.of(Status.DUPLICATE), Status.SUBMITTED, RequestPermissions.ACCEPT, Party.STAFF),
		/** 派单: given to a unit (again, for another part, while dispatched). */
		DISPATCH(EnumSet.of(Status.ACCEPTED, Status.DISPATCHED), Status.DISPATCHED, RequestPermissions.ACCEPT, Party.STAFF),
		/** Sent up to the street. */
		ESCALATE(EnumSet.of(Status.ACCEPTED, Status.DISPATCHED), Status.ESCALATED, RequestPermissions.ACCEPT, Party.STAFF),
		/** 研判: the street writes down its study. */
		STUDY(EnumSet.of(Status.ESCALATED), Status.ESCALATED, RequestPermissions.SUMMON, Party.STAFF),
		/** 吹哨: the street summons units. */
		SUMMON(EnumSet.of(Status.ESCALATED), Status.DISPATCHED, RequestPermissions.SUMMON, Party.STAFF),
		/** The street sends it back to the community. */
		RETURN(EnumSet.of(Status.ESCALATED), Status.ACCEPTED, RequestPermissions.SUMMON, Party.STAFF),
		/** A progress note by staff (a unit notes progress on its part, {@link PartAct#NOTE}). */
		NOTE(OPEN, null, RequestPermissions.ACCEPT, Party.STAFF),
		/** The dispatcher withdraws a part nobody claimed (given to a unit that does not answer, or the wrong one). */
		WITHDRAW_PART(EnumSet.of(Status.DISPATCHED), null, RequestPermissions.ACCEPT, Party.STAFF),
		/** The dispatcher grants or refuses a unit's request for more time. */
		DECIDE_EXTENSION(EnumSet.of(Status.DISPATCHED), null, RequestPermissions.ACCEPT, Party.STAFF),
		/**
		 * 等待补充 / 恢复计时: staff wait for the reporter (a merchant's documents), the limits of the request and its
		 * parts set aside; the wait's end moves them by the time waited.
		 */
		WAIT(EnumSet.of(Status.ACCEPTED, Status.DISPATCHED), null, RequestPermissions.ACCEPT, Party.STAFF),
		/** 督办: supervisors remind the community or a unit. */
		REMIND(OPEN, null, RequestPermissions.SUPERVISE, Party.STAFF),
		/** 评单: the resident evaluates; closed, or reopened ({@link RequestLoop#afterEvaluation}). */
		EVALUATE(EnumSet.of(Status.RESOLVED), null, null, Party.REPORTER),
		/**
		 * 回访: staff record the resident's evaluation gathered by phone or on a visit (or the hotline passes it on),
		 * with the same outcome as {@link #EVALUATE}.
		 */
		CALL_BACK(EnumSet.of(Status.RESOLVED), null, RequestPermissions.CALL_BACK, Party.STAFF),
		/** 催办: the resident urges it on (once a day); those who hold it are told. */
		URGE(OPEN, null, null, Party.REPORTER),
		/** 补充: the resident adds to what they said, while it is open or waiting for their evaluation. */
		SUPPLEMENT(EnumSet.of(Status.SUBMITTED, Status.ACCEPTED, Status.ESCALATED, Status.DISPATCHED, Status.RESOLVED),
				null, null, Party.REPORTER),
		/** 撤单: the resident cancels it, with the reason; the parts being worked end. */
		CANCEL(OPEN, Status.CANCELLED, null, Party.REPORTER);

		private final Set<Status> from;

		private final Status to;

		private final Permission permission;

		private final Party party;

		Act(Set<Status> from, Status to, Permission permission, Party party) {
			this.from = from;
			this.to = to;
			this.permission = permission;
			this.party = party;
		}

		/** The states the act may start from. */
		public Set<Status> from() {
			return this.from;
		}

		/** The state it leads to; null when it leaves the state as it is or the loop decides. */
		public Status to() {
			return this.to;
		}

		/** The permission it needs, or null when being its party is enough. */
		public Permission permission() {
			return this.permission;
		}

		Party party() {
			return this.party;
		}

	}

	/** An act of a unit on its part. */
	public enum PartAct {

		/** 报到: a summoned unit reports in. */
		REPORT(EnumSet.of(PartStatus.SUMMONED), PartStatus.WAITING),
		/** 领单: the unit claims its part and starts handling it. */
		CLAIM(EnumSet.of(PartStatus.WAITING), PartStatus.CLAIMED),
		/** The unit finishes its part. */
		FINISH(EnumSet.of(PartStatus.CLAIMED), PartStatus.DONE),
		/** 退单: the unit sends its part back to whoever gave it, with the reason. */
		SEND_BACK(EnumSet.of(PartStatus.WAITING, PartStatus.CLAIMED), PartStatus.ENDED),
		/** 延期申请: the unit asks the dispatcher for more time for its step. */
		ASK_EXTENSION(EnumSet.of(PartStatus.WAITING, PartStatus.CLAIMED), null),
		/** A progress note on the part (also after it is done, while the request is open). */
		NOTE(EnumSet.allOf(PartStatus.class), null);

		private final Set<PartStatus> from;

		private final PartStatus to;

		PartAct(Set<PartStatus> from, PartStatus to) {
			this.from = from;
			this.to = to;
		}

		public Set<PartStatus> from() {
			return this.from;
		}

		public PartStatus to() {
			return this.to;
		}

	}

	/**
	 * Why an act is refused.
	 *
	 * @param forbidden whether the actor may not do it at all (not its party, or without its permission), as
	 * opposed to not now (the request's state)
	 * @param messageKey the reason, as a message key
	 */
	record Refusal(boolean forbidden, String messageKey) {
	}

	/**
	 * Why an act is refused, or empty when it may be done: the actor must be its party, hold its permission, and
	 * the request must stand in one of the act's states.
	 */
	static Optional<Refusal> refusal(Act act, Status status, Relation relation, Actor actor) {
		if (!relation.is(act.party())) {
			return Optional.of(act.party() == Party.REPORTER ? new Refusal(false, "request.rejected.notReporter")
					: new Refusal(true, "error.forbidden"));
		}
		if (act.permission() != null && !actor.can(act.permission())) {
			return Optional.of(new Refusal(true, "error.forbidden"));
		}
		if (!act.from().contains(status)) {
			return Optional.of(new Refusal(false, "request.rejected.wrongState"));
		}
		return Optional.empty();
	}

	/**
	 * Why a unit's act on its part is refused, or empty: the request must be open and the part in one of the act's
	 * states; a summoned unit must report in before it claims.
	 */
	static Optional<Refusal> refusal(PartAct act, Status request, PartStatus part) {
		if (!OPEN.contains(request)) {
			return Optional.of(new Refusal(false, "request.rejected.wrongState"));
		}
		if (act == PartAct.CLAIM && part == PartStatus.SUMMONED) {
			return Optional.of(new Refusal(false, "request.rejected.reportFirst"));
		}
		return act.from().contains(part) ? Optional.empty() : Optional.of(new Refusal(false, "request.rejected.wrongState"));
	}

	/** The acts on the request as a whole that the actor may do now. */
	static Set<Act> allowed(Status status, Relation relation, Actor actor) {
		Set<Act> acts = EnumSet.noneOf(Act.class);
		for (Act act : Act.values()) {
			if (refusal(act, status, relation, actor).isEmpty()) {
				acts.add(act);
			}
		}
		return acts;
	}

	/** The acts a unit may do on one of its parts now. */
	static Set<PartAct> allowed(Status request, PartStatus part) {
		Set<PartAct> acts = EnumSet.noneOf(PartAct.class);
		for (PartAct act : PartAct.values()) {
			if (refusal(act, request, part).isEmpty()) {
				acts.add(act);
			}
		}
		return acts;
	}

	/** Whether an evaluation reopens the request: unresolved, or dissatisfied. */
	static boolean reopens(boolean resolved, Satisfaction satisfaction) {
		return !resolved || satisfaction == Satisfaction.DISSATISFIED;
	}

	/** Where an evaluation leaves the request: closed, or taken again for another round of work. */
	static Status afterEvaluation(boolean resolved, Satisfaction satisfaction) {
		return reopens(resolved, satisfaction) ? Status.ACCEPTED : Status.CLOSED;
	}

	/** Whether the request is resolved once these are the states of its current round's parts: all done. */
	static boolean resolves(List<PartStatus> round) {
		return round.contains(PartStatus.DONE) && round.stream().allMatch(s -> s == PartStatus.DONE || s == PartStatus.ENDED);
	}

	/**
	 * Whether the round's parts all ended without any being done (sent back, withdrawn): the request goes back to
	 * whoever gives it out, the community ({@code ACCEPTED}) or the street ({@code ESCALATED}), to give it again.
	 */
	static boolean nothingLeft(List<PartStatus> round) {
		return !round.isEmpty() && round.stream().allMatch(s -> s == PartStatus.ENDED);
	}

	/** Which parts a withdrawal may end: those nobody has claimed yet. */
	static boolean withdrawable(PartStatus part) {
		return part == PartStatus.SUMMONED || part == PartStatus.WAITING;
	}

}
