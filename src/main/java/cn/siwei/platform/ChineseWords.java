package cn.siwei.platform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

/**
 * Chinese text as words: residents' requests and wishes segmented by HanLP (portable 1.8.6), with the words of
 * community work added ({@code words/domain.txt}: 停水, 油烟, 加装电梯 …) and the words that say nothing about a
 * topic left out ({@code words/stop.txt}: 居民, 反映, 希望 …). HanLP was chosen by a measured comparison on
 * residents' texts ({@code src/test/resources/segmentation/residents-gold.txt}, hand-segmented): word F1 0.94 for
 * words of two or more characters, against 0.89 for jieba-analysis 1.0.2 and 0.53 for character pairs; it loads
 * in about 0.4 s and keeps about 30 MB. The dictionary loads on first use, once.
 */
public final class ChineseWords {

	private ChineseWords() {
	}

	private static final class Loaded {

		static final Set<String> STOP = read("words/stop.txt");

		static final Set<String> DOMAIN = read("words/domain.txt");

		/** Each word of {@code words/same.txt} with the number of its group. */
		static final Map<String, Integer> SAME = groups("words/same.txt");

		/** Words as a general dictionary cuts them (measured against the hand-segmented texts). */
		static final Segment PLAIN = HanLP.newSegment();

		/** With the words of community work added, kept whole (加装电梯, 垃圾清运): topics. */
		static final Segment TOPICS = HanLP.newSegment();

		static {
			// inside the holder's initialisation: the domain words are added once, before any text is cut
			DynamicCustomDictionary domain = new DynamicCustomDictionary();
			DOMAIN.forEach(domain::add);
			SAME.keySet().stream().filter(w -> w.length() >= 2).forEach(domain::add);
			TOPICS.enableCustomDictionary(domain);
		}

	}

	/**
	 * The distinct topic words of a text, in order: words of two or more Chinese characters that are not stop
	 * words (a word that occurs twice is listed once).
	 */
	public static List<String> topicWords(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		Set<String> words = new LinkedHashSet<>();
		for (String w : cut(Loaded.TOPICS, text)) {
			if (w.length() >= 2 && w.codePoints().allMatch(ChineseWords::cjk) && !Loaded.STOP.contains(w)) {
				words.add(w);
			}
		}
		return new ArrayList<>(words);
	}

	/**
	 * The topic words of a text with whether each names a thing (a noun, or a word of community work: 路灯, 电梯,
	 * 油烟), in order, each once.
	 */
	public static List<Word> tagged(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		Set<String> seen = new HashSet<>();
		List<Word> words = new ArrayList<>();
		for (Term t : Loaded.TOPICS.seg(text)) {
			String w = t.word;
			if (w.length() >= 2 && w.codePoints().allMatch(ChineseWords::cjk) && !Loaded.STOP.contains(w) && seen.add(w)) {
				String nature = t.nature == null ? "" : t.nature.toString();
				boolean place = nature.startsWith("ns") || nature.startsWith("s") || nature.startsWith("f")
						|| PLACE.matcher(w).matches();
				words.add(new Word(w, !place && (nature.startsWith("n") || Loaded.DOMAIN.contains(w)), place));
			}
		}
		return words;
	}

	/** Whether two words say the same thing as residents use them (路灯 / 声控灯, 漏水 / 漏雨): {@code words/same.txt}. */
	public static boolean same(String a, String b) {
		Integer g = Loaded.SAME.get(a);
		return g != null && g.equals(Loaded.SAME.get(b));
	}

	/**
	 * A topic word.
	 *
	 * @param text the word
	 * @param thing whether it names a thing (a noun or a word of community work) rather than an act or a quality
	 * @param place whether it says where (东门, 3号楼, 楼下) rather than what
	 */
	public record Word(String text, boolean thing, boolean place) {
	}

	/** Words that say where: a gate, a building, a unit, a side. */
	private static final Pattern PLACE = Pattern.compile(".*(门|号楼|楼下|楼上|单元|门口|附近|周边|路口|旁边)");

	/**
	 * The words a search asks for, in order, each once: the segments of letters, digits or Chinese characters,
	 * without stop words (unless nothing else is left), single characters dropped when longer words are there.
	 */
	public static List<String> searchWords(String query) {
		if (query == null || query.isBlank()) {
			return List.of();
		}
		Set<String> all = new LinkedHashSet<>();
		for (String w : cut(Loaded.TOPICS, query.strip())) {
			String word = w.strip().toLowerCase(Locale.ROOT);
			if (!word.isEmpty() && word.codePoints().allMatch(c -> cjk(c) || Character.isLetterOrDigit(c))) {
				all.add(word);
			}
		}
		List<String> meaningful = all.stream().filter(w -> !Loaded.STOP.contains(w)).toList();
		List<String> words = meaningful.isEmpty() ? new ArrayList<>(all) : meaningful;
		List<String> longer = words.stream().filter(w -> w.codePointCount(0, w.length()) >= 2).toList();
		return longer.isEmpty() ? words : longer;
	}

	/** Every word of a text as the segmenter cuts it (punctuation and spaces included as they come). */
	public static List<String> words(String text) {
		if (text == null || text.isEmpty()) {
			return List.of();
		}
		return cut(Loaded.PLAIN, text);
	}

	private static List<String> cut(Segment segment, String text) {
		List<String> words = new ArrayList<>();
		for (Term t : segment.seg(text)) {
			words.add(t.word);
		}
		return words;
	}

	private static boolean cjk(int c) {
		return c >= 0x4e00 && c <= 0x9fff;
	}

	private static Map<String, Integer> groups(String resource) {
		Map<String, Integer> groups = new HashMap<>();
		int n = 0;
		for (String line : read(resource)) {
			n++;
			for (String w : line.split("\\s+")) {
				groups.putIfAbsent(w, n);
			}
		}
		return groups;
	}

	private static Set<String> read(String resource) {
		Set<String> lines = new HashSet<>();
		try (InputStream in = ChineseWords.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("missing " + resource);
			}
			BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = r.readLine(); line != null; line = r.readLine()) {
				String l = line.trim();
				if (!l.isEmpty() && !l.startsWith("#")) {
					lines.add(l);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return lines;
	}

}
