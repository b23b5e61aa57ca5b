package cn.siwei.mediation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
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
		CLOSE(EnumSet.of(Status.FAILED), Status.CLOSED),
		/** 证据: a photo or document added to the case file, until it is closed. */
		EVIDENCE(EnumSet.complementOf(EnumSet.of(Status.CLOSED)), null);

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
	 * Why someone may not mediate between these parties, or empty: a party cannot mediate their own dispute; one who
	 * works for a party (a property company's staff in a dispute with that company) cannot either; nor can one a
	 * party objected to in this case.
	 * @param unit where the mediator works, or null
	 * @param objected the names of the mediators a party objected to in this case
	 */
	static Optional<String> conflict(String mediator, String unit, String applicant, String respondent,
			Collection<String> objected) {
		String m = strip(mediator);
		String a = strip(applicant);
		String r = strip(respondent);
		if (m.equals(a) || m.equals(r)) {
			return Optional.of("mediation.rejected.mediatorIsParty");
		}
		String u = strip(unit);
		if (u.length() >= 2 && (related(u, a) || related(u, r))) {
			return Optional.of("mediation.rejected.mediatorWorksForParty");
		}
		if (objected.stream().map(MediationLoop::strip).anyMatch(m::equals)) {
			return Optional.of("mediation.rejected.mediatorObjected");
		}
		return Optional.empty();
	}

	private static boolean related(String unit, String party) {
		return party.length() >= 2 && (party.contains(unit) || unit.contains(party));
	}

	private static String strip(String s) {
		return s == null ? "" : s.strip();
	}

	/**
	 * Why a mediator is suggested for a case, as a message key with one argument.
	 *
	 * @param key the message
	 * @param arg its argument, or null
	 */
	public record Reason(String key, Object arg) {
	}

	/**
	 * A mediator of the pool as a suggestion for a case: higher scores first; one with a conflict is shown with it
	 * and cannot be assigned.
	 *
	 * @param mediator the mediator
	 * @param score how well they fit
	 * @param reasons why
	 * @param conflict the conflict's message key, or null
	 */
	public record Suggestion(Mediator mediator, int score, List<Reason> reasons, String conflict) {
	}

	/**
	 * The pool's mediators who serve a case's node, ranked: one who takes disputes of this kind (+4), one of the
	 * case's own node (+2) or the node above it (+1), less one for each case they mediate now; those with a
	 * conflict of interest last, with the reason. Ties go to the lighter load, then by name.
	 */
	static List<Suggestion> rank(List<Mediator> pool, Mediation m, Collection<String> objected) {
		List<Suggestion> out = new ArrayList<>();
		int caseDepth = depth(m.regionPath());
		for (Mediator x : pool) {
			List<Reason> reasons = new ArrayList<>();
			int score = 0;
			if (x.kinds().contains(m.kind())) {
				score += 4;
				reasons.add(new Reason("mediation.reason.kind", null));
			}
			int above = caseDepth - depth(x.regionPath());
			if (above <= 0) {
				score += 2;
				reasons.add(new Reason("mediation.reason.local", null));
			}
			else {
				score += above == 1 ? 1 : 0;
				reasons.add(new Reason("mediation.reason.above", x.regionName()));
			}
			score -= (int) Math.min(x.openCases(), 20);
			reasons.add(new Reason("mediation.reason.load", x.openCases()));
			String conflict = conflict(x.name(), x.unit(), m.applicant(), m.respondent(), objected).orElse(null);
			out.add(new Suggestion(x, score, List.copyOf(reasons), conflict));
		}
		out.sort(Comparator.comparing((Suggestion s) -> s.conflict() != null)
			.thenComparing(Comparator.comparingInt(Suggestion::score).reversed())
			.thenComparingLong(s -> s.mediator().openCases())
			.thenComparing(s -> s.mediator().name()));
		return out;
	}

	private static int depth(String path) {
		int n = 0;
		for (int i = 0; i < path.length(); i++) {
			if (path.charAt(i) == '/') {
				n++;
			}
		}
		return n;
	}

	/** An extension needs both parties' consent. */
	static boolean bothConsent(boolean applicant, boolean respondent) {
		return applicant && respondent;
	}

}
