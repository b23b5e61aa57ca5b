package cn.siwei.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A search of Chinese text as a PostgreSQL {@code tsquery} over the character pairs that {@code siwei_grams}
 * keeps of each text (migration V39): the search is cut into words, each word asked for as the phrase of its pairs
 * (加装电梯 ⇒ {@code '加装' <-> '装电' <-> '电梯'}), every word required, in any order and place. A word of one
 * character asks for the pairs it begins. Written as a tsquery literal, never through a text search parser, so
 * that it reads the same whatever the server's locale.
 */
public final class TextSearch {

	private TextSearch() {
	}

	/** The tsquery of a search, or empty when it has no word to look for (only punctuation, say). */
	public static Optional<String> query(String search) {
		List<String> terms = new ArrayList<>();
		for (String word : ChineseWords.searchWords(search)) {
			int[] cps = word.codePoints().toArray();
			if (cps.length == 1) {
				terms.add(lexeme(word) + ":*");
				continue;
			}
			List<String> pairs = new ArrayList<>();
			for (int i = 0; i + 1 < cps.length; i++) {
				pairs.add(lexeme(new String(cps, i, 2)));
			}
			terms.add(pairs.size() == 1 ? pairs.get(0) : "(" + String.join(" <-> ", pairs) + ")");
		}
		return terms.isEmpty() ? Optional.empty() : Optional.of(String.join(" & ", terms));
	}

	/** A quoted lexeme; the words hold letters and digits only, so nothing inside needs escaping. */
	private static String lexeme(String s) {
		return "'" + s.replace("'", "''").replace("\\", "\\\\") + "'";
	}

}
