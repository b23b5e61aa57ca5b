package cn.siwei.wish;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import cn.siwei.access.Actor;
import cn.siwei.access.Permission;
import cn.siwei.platform.Satisfaction;

/**
 * The micro-wish loop as a table: each act, the states it may start from, the state it leads to, the permission it
 * needs and whose act it is (collected → claimed → contacted → completed → evaluated); and its pure decisions.
 * {@link Wishes} asks it before every act, pages ask it which acts to offer, and {@code WishLoopTest} tries every
 * act from every state. Nothing here reads the database.
 */
public final class WishLoop {

	private WishLoop() {
	}

	/** Whose act it is, as the wish sees the actor. */
	enum Party {

		/** Community staff who follow wishes up. */
		STAFF,
		/** The volunteer, party member or team who took the wish on. */
		CLAIMANT,
		/** A volunteer or party member who may take wishes on. */
		FORCE,
		/** The resident the wish is for. */
		BENEFICIARY

	}

	/** How an actor stands to one wish. */
	record Relation(boolean staff, boolean claimant, boolean force, boolean beneficiary) {

		boolean isAny(Set<Party> parties) {
			return parties.contains(Party.STAFF) && this.staff || parties.contains(Party.CLAIMANT) && this.claimant
					|| parties.contains(Party.FORCE) && this.force
					|| parties.contains(Party.BENEFICIARY) && this.beneficiary;
		}

	}

	private static final Set<WishStatus> TAKEN = EnumSet.of(WishStatus.CLAIMED, WishStatus.IN_PROGRESS,
			WishStatus.COMPLETED, WishStatus.CLOSED);

	/** An act on a wish. */
	public enum Act {

		/** 认领: a volunteer claims it, for themselves or their team. */
		CLAIM(EnumSet.of(WishStatus.OPEN), WishStatus.CLAIMED, WishPermissions.CLAIM, EnumSet.of(Party.FORCE)),
		/** Staff give it to a team or a person. */
		ASSIGN(EnumSet.of(WishStatus.OPEN), WishStatus.CLAIMED, WishPermissions.FOLLOW_UP, EnumSet.of(Party.STAFF)),
		/** 转办: staff give a stuck wish to another force, with a reason. */
		TRANSFER(EnumSet.of(WishStatus.CLAIMED, WishStatus.IN_PROGRESS), WishStatus.CLAIMED, WishPermissions.FOLLOW_UP,
				EnumSet.of(Party.STAFF)),
		/** The claimant made contact and commits a completion date (or staff record it). */
		CONTACT(EnumSet.of(WishStatus.CLAIMED), WishStatus.IN_PROGRESS, null, EnumSet.of(Party.CLAIMANT, Party.STAFF)),
		/** The claimant completed it (or staff record it). */
		COMPLETE(EnumSet.of(WishStatus.IN_PROGRESS), WishStatus.COMPLETED, null, EnumSet.of(Party.CLAIMANT, Party.STAFF)),
		/** The beneficiary evaluates, or staff record the evaluation made on a visit; closed or reopened. */
		EVALUATE(EnumSet.of(WishStatus.COMPLETED), null, null, EnumSet.of(Party.BENEFICIARY, Party.STAFF)),
		/** Staff follow up by phone or visit. */
		FOLLOW_UP(EnumSet.allOf(WishStatus.class), null, WishPermissions.FOLLOW_UP, EnumSet.of(Party.STAFF)),
		/** 提醒督促: staff remind and urge the claimant. */
		REMIND(TAKEN, null, WishPermissions.FOLLOW_UP, EnumSet.of(Party.STAFF)),
		/** 反馈表扬: staff praise good work. */
		PRAISE(TAKEN, null, WishPermissions.FOLLOW_UP, EnumSet.of(Party.STAFF));

		private final Set<WishStatus> from;

		private final WishStatus to;

		private final Permission permission;

		private final Set<Party> parties;

		Act(Set<WishStatus> from, WishStatus to, Permission permission, Set<Party> parties) {
			this.from = from;
			this.to = to;
			this.permission = permission;
			this.parties = parties;
		}

		public Set<WishStatus> from() {
			return this.from;
		}

		/** The state it leads to; null when it leaves the state as it is or the loop decides. */
		public WishStatus to() {
			return this.to;
		}

		public Permission permission() {
			return this.permission;
		}

		Set<Party> parties() {
			return this.parties;
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

	/**
	 * Why an act is refused, or empty when it may be done: the actor must be one of its parties and hold its
	 * permission, and the wish must stand in one of its states. Claiming a wish someone else took is "taken".
	 */
	static Optional<Refusal> refusal(Act act, WishStatus status, Relation relation, Actor actor) {
		if (!relation.isAny(act.parties())) {
			return Optional.of(act.parties().contains(Party.CLAIMANT) ? new Refusal(false, "wish.rejected.notClaimant")
					: new Refusal(true, "error.forbidden"));
		}
		if (act.permission() != null && !actor.can(act.permission())) {
			return Optional.of(new Refusal(true, "error.forbidden"));
		}
		if (!act.from().contains(status)) {
			return Optional.of(new Refusal(false, act == Act.CLAIM || act == Act.ASSIGN ? "wish.rejected.alreadyClaimed"
					: "wish.rejected.wrongState"));
		}
		return Optional.empty();
	}

	/** The acts the actor may do on the wish now. */
	static Set<Act> allowed(WishStatus status, Relation relation, Actor actor) {
		Set<Act> acts = EnumSet.noneOf(Act.class);
		for (Act act : Act.values()) {
			if (refusal(act, status, relation, actor).isEmpty()) {
				acts.add(act);
			}
		}
		return acts;
	}

	/** Whether an evaluation sends the wish back to work. */
	static boolean reopens(Satisfaction evaluation) {
		return evaluation == Satisfaction.DISSATISFIED;
	}

	/** Where an evaluation leaves the wish: closed, or being carried out again. */
	static WishStatus afterEvaluation(Satisfaction evaluation) {
		return reopens(evaluation) ? WishStatus.IN_PROGRESS : WishStatus.CLOSED;
	}

	/**
	 * Whether the actor may see how to reach the beneficiary: the claimant, while the claim lasts (to make contact
	 * within the deadline and to do the work), and nobody through this once it ends.
	 */
	static boolean mayReachBeneficiary(WishStatus status, Relation relation) {
		return relation.claimant() && (status == WishStatus.CLAIMED || status == WishStatus.IN_PROGRESS);
	}

	/**
	 * Whether two wishes of one person are likely the same wish entered twice: their words share most characters
	 * (Dice's coefficient over the distinct characters, which suits short Chinese text better than word n-grams),
	 * at least 0.3 in the same category or 0.5 in any.
	 */
	static boolean likelyDuplicate(String a, long categoryA, String b, long categoryB) {
		double dice = dice(a, b);
		return dice >= (categoryA == categoryB ? 0.3 : 0.5);
	}

	private static double dice(String a, String b) {
		Set<Integer> x = meaningful(a);
		Set<Integer> y = meaningful(b);
		if (x.isEmpty() || y.isEmpty()) {
			return 0;
		}
		long common = x.stream().filter(y::contains).count();
		return 2.0 * common / (x.size() + y.size());
	}

	/** The distinct letters and digits of a text (punctuation and spaces say nothing of what is wished). */
	private static Set<Integer> meaningful(String s) {
		Set<Integer> chars = new HashSet<>();
		if (s != null) {
			s.codePoints().filter(Character::isLetterOrDigit).forEach(chars::add);
		}
		return chars;
	}

}
