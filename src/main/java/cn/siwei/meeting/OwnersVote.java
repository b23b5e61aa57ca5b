package cn.siwei.meeting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The owners' vote of Civil Code art. 278, decided from its counts, with the arithmetic shown.
 * <ul>
 * <li>Participation: owners whose exclusive parts make up at least two thirds of the floor area and who are at
 * least two thirds of the owners by head take part (三分之二以上, which includes two thirds exactly: art. 1259).</li>
 * <li>Major matters (art. 278 items 6–8: raising or using maintenance funds, rebuilding, changing the use of
 * common parts or running a business in them) pass with at least three quarters of the participating area and
 * at least three quarters of the participating owners (四分之三以上, three quarters included).</li>
 * <li>Other matters pass with more than half of each (过半数: exactly half is not enough).</li>
 * </ul>
 * Areas are compared exactly as decimals and heads as whole numbers: 3 × participating ≥ 2 × total, never a
 * rounded percentage. Heads follow the judicial interpretation (法释〔2009〕7号 art. 9): each exclusive part is
 * one owner, except that parts of one owner (and the developer's unsold parts) count as one.
 */
public final class OwnersVote {

	private OwnersVote() {
	}

	/**
	 * The counts of a vote.
	 *
	 * @param totalArea the floor area of every exclusive part of the compound
	 * @param totalOwners the owners of the compound, by head
	 * @param votingArea the area of the parts that voted (yes, no or abstain)
	 * @param votingOwners the owners who voted, by head
	 * @param yesArea the area of the parts that said yes
	 * @param yesOwners the owners who said yes, by head
	 * @param major whether the matter is one of items 6–8
	 */
	public record Tally(BigDecimal totalArea, int totalOwners, BigDecimal votingArea, int votingOwners,
			BigDecimal yesArea, int yesOwners, boolean major) {
	}

	/**
	 * The result.
	 *
	 * @param participated whether enough took part for the vote to count
	 * @param passed whether the matter passed (never without participation)
	 * @param steps the arithmetic, one line per condition, each with its outcome
	 */
	public record Result(boolean participated, boolean passed, List<Step> steps) {
	}

	/**
	 * One condition and how it came out.
	 *
	 * @param messageKey what it is
	 * @param part the part counted
	 * @param whole what it is counted against
	 * @param share part ÷ whole, as a percentage to two decimals (for reading only)
	 * @param needed the share needed, as text (≥ 2/3, ≥ 3/4, > 1/2)
	 * @param met whether it is met (decided exactly, not from the rounded share)
	 */
	public record Step(String messageKey, BigDecimal part, BigDecimal whole, BigDecimal share, String needed,
			boolean met) {
	}

	/** Decides a vote. */
	public static Result decide(Tally t) {
		List<Step> steps = new ArrayList<>();
		BigDecimal totalOwners = BigDecimal.valueOf(t.totalOwners());
		BigDecimal votingOwners = BigDecimal.valueOf(t.votingOwners());
		BigDecimal yesOwners = BigDecimal.valueOf(t.yesOwners());
		boolean areaTakesPart = atLeast(t.votingArea(), t.totalArea(), 2, 3);
		boolean headsTakePart = atLeast(votingOwners, totalOwners, 2, 3);
		steps.add(step("meeting.vote.participatingArea", t.votingArea(), t.totalArea(), "≥ 2/3", areaTakesPart));
		steps.add(step("meeting.vote.participatingOwners", votingOwners, totalOwners, "≥ 2/3", headsTakePart));
		boolean participated = areaTakesPart && headsTakePart;
		boolean areaAgrees;
		boolean headsAgree;
		if (t.major()) {
			areaAgrees = atLeast(t.yesArea(), t.votingArea(), 3, 4);
			headsAgree = atLeast(yesOwners, votingOwners, 3, 4);
		}
		else {
			areaAgrees = moreThanHalf(t.yesArea(), t.votingArea());
			headsAgree = moreThanHalf(yesOwners, votingOwners);
		}
		String needed = t.major() ? "≥ 3/4" : "> 1/2";
		steps.add(step("meeting.vote.agreeingArea", t.yesArea(), t.votingArea(), needed, areaAgrees));
		steps.add(step("meeting.vote.agreeingOwners", yesOwners, votingOwners, needed, headsAgree));
		return new Result(participated, participated && areaAgrees && headsAgree, steps);
	}

	/** part ≥ whole × n / d, exactly; nothing of nothing is not enough. */
	static boolean atLeast(BigDecimal part, BigDecimal whole, int n, int d) {
		return whole.signum() > 0 && part.multiply(BigDecimal.valueOf(d)).compareTo(whole.multiply(BigDecimal.valueOf(n))) >= 0;
	}

	/** part > whole / 2, exactly. */
	static boolean moreThanHalf(BigDecimal part, BigDecimal whole) {
		return whole.signum() > 0 && part.multiply(BigDecimal.valueOf(2)).compareTo(whole) > 0;
	}

	private static Step step(String key, BigDecimal part, BigDecimal whole, String needed, boolean met) {
		BigDecimal share = whole.signum() == 0 ? BigDecimal.ZERO
				: part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.DOWN);
		return new Step(key, part, whole, share, needed, met);
	}

}
