package cn.siwei.request;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.siwei.platform.ChineseWords;

/**
 * Whether two requests report the same problem, from their words: Dice's coefficient over their topic words
 * ({@link ChineseWords#topicWords}), so that 路灯坏了 and 路灯不亮 of the same gate meet while 东门的路灯 and 东门的地砖
 * part. The threshold was chosen on a labelled set of residents' requests ({@code duplicate-topics.txt}, measured by
 * {@code RequestSimilarityTest}); candidates are first narrowed to the same category, community and weeks.
 */
final class RequestSimilarity {

	/** At or above this score two requests are offered to staff as likely duplicates. */
	static final double THRESHOLD = 0.20;

	private RequestSimilarity() {
	}

	static double score(String a, String b) {
		return score(ChineseWords.tagged(a), ChineseWords.tagged(b));
	}

	/**
	 * A soft, weighted Dice: each word meets its best match on the other side (the same word 1; one inside the other,
	 * 暖气 / 暖气片, 0.7; sharing a character, 楼顶 / 屋顶, 漏水 / 漏雨, 0.3); a thing (路灯, 电梯) weighs three times
	 * an act or a quality (坏, 不亮), and a place (东门, 3号楼) half of one: the same gate says little.
	 */
	static double score(List<ChineseWords.Word> a, List<ChineseWords.Word> b) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		double met = 0;
		double total = 0;
		for (ChineseWords.Word w : a) {
			met += weight(w) * best(w, b);
			total += weight(w);
		}
		for (ChineseWords.Word w : b) {
			met += weight(w) * best(w, a);
			total += weight(w);
		}
		return met / total;
	}

	private static double weight(ChineseWords.Word w) {
		return w.place() ? 0.5 : w.thing() ? 3 : 1;
	}

	private static double best(ChineseWords.Word w, List<ChineseWords.Word> others) {
		double best = 0;
		for (ChineseWords.Word o : others) {
			best = Math.max(best, match(w.text(), o.text()));
		}
		return best;
	}

	static double match(String a, String b) {
		if (a.equals(b) || ChineseWords.same(a, b)) {
			return 1;
		}
		if (a.contains(b) || b.contains(a)) {
			return 0.7;
		}
		return a.codePoints().anyMatch(c -> b.indexOf(c) >= 0) ? 0.3 : 0;
	}

}
