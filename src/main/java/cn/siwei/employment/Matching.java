package cn.siwei.employment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Matching a seeker and a vacancy with reasons, the same both ways (the vacancy's candidates, the seeker's
 * vacancies): a wished-for occupation +3, each shared skill +2 (up to three), the place on the region tree as the
 * "15-minute / 3-km employment circle" (same community +3, same street +2, same district +1: the register holds
 * places, not coordinates), hours that fit +2 (flexible on either side +1), an earlier refusal by this employer
 * −2. Pure: {@code MatchingTest} ranks without a database.
 */
public final class Matching {

	private Matching() {
	}

	/** A reason, as a message key and its argument. */
	public record Reason(String key, String arg, int points) {
	}

	/** A score with its reasons. */
	public record Match(long id, String name, int score, List<Reason> reasons) {
	}

	/** What is compared on each side. */
	public record Side(String regionPath, Set<String> skills, Set<String> occupations, EmploymentTerms.Hours hours) {
	}

	/** Scores a seeker (first) against a vacancy (second); {@code refusedBefore}: this employer refused them before. */
	public static Match score(long id, String name, Side seeker, Side vacancy, boolean refusedBefore) {
		List<Reason> reasons = new ArrayList<>();
		for (String o : vacancy.occupations()) {
			if (seeker.occupations().contains(o)) {
				reasons.add(new Reason("employment.reason.wish", o, 3));
			}
		}
		int skills = 0;
		for (String s : vacancy.skills()) {
			if (skills < 3 && seeker.skills().contains(s)) {
				reasons.add(new Reason("employment.reason.skill", s, 2));
				skills++;
			}
		}
		int common = commonDepth(seeker.regionPath(), vacancy.regionPath());
		if (common >= 4) {
			reasons.add(new Reason("employment.reason.community", null, 3));
		}
		else if (common == 3) {
			reasons.add(new Reason("employment.reason.street", null, 2));
		}
		else if (common == 2) {
			reasons.add(new Reason("employment.reason.district", null, 1));
		}
		if (seeker.hours() != null && seeker.hours() == vacancy.hours()) {
			reasons.add(new Reason("employment.reason.hours", null, 2));
		}
		else if (seeker.hours() == EmploymentTerms.Hours.FLEXIBLE || vacancy.hours() == EmploymentTerms.Hours.FLEXIBLE) {
			reasons.add(new Reason("employment.reason.flexible", null, 1));
		}
		if (refusedBefore) {
			reasons.add(new Reason("employment.reason.refusedBefore", null, -2));
		}
		return new Match(id, name, reasons.stream().mapToInt(Reason::points).sum(), List.copyOf(reasons));
	}

	/** How many levels of the tree two paths share ({@code /1/5/12/} and {@code /1/5/13/}: 2). */
	static int commonDepth(String a, String b) {
		if (a == null || b == null) {
			return 0;
		}
		String[] x = a.split("/");
		String[] y = b.split("/");
		int n = 0;
		for (int i = 1; i < Math.min(x.length, y.length); i++) {
			if (!x[i].equals(y[i])) {
				break;
			}
			n++;
		}
		return n;
	}

	/** Highest score first, then by number: the order the lists show. */
	public static final Comparator<Match> ORDER = Comparator.comparingInt(Match::score).reversed()
		.thenComparingLong(Match::id);

}
