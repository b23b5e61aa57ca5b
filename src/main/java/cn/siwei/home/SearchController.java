package cn.siwei.home;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import cn.siwei.access.Actor;
import cn.siwei.access.CurrentActor;
import cn.siwei.platform.ChineseWords;
import cn.siwei.platform.SearchSource;
import cn.siwei.platform.SearchSource.Found;

/**
 * The one search box: requests and wishes by the words of what they say, people by name, each within the
 * actor's region and as the actor may see them, with the words found marked and a link to the full list.
 */
@Controller
@Tag(name = "search", description = "One search over requests, wishes and people")
class SearchController {

	/** Matches shown per kind; the full list is a click away. */
	static final int SHOWN = 10;

	/** Longer searches are cut here. */
	static final int MAX = 100;

	private final List<SearchSource> sources;

	SearchController(List<SearchSource> sources) {
		this.sources = sources.stream().sorted(Comparator.comparingInt(SearchSource::order)).toList();
	}

	/**
	 * What one source found, for the page.
	 *
	 * @param titleKey what it finds
	 * @param found its matches
	 * @param marked each match's text in pieces, the words found marked
	 */
	record Section(String titleKey, Found found, List<List<Piece>> marked) {
	}

	/**
	 * A piece of a text.
	 *
	 * @param text the piece
	 * @param mark whether it is a word searched for
	 */
	record Piece(String text, boolean mark) {
	}

	@GetMapping("/search")
	String page(@RequestParam(defaultValue = "") String q, Model model, Locale locale) {
		String text = clean(q);
		model.addAttribute("q", text);
		model.addAttribute("sections", text.isEmpty() ? List.of() : search(text, locale));
		return "search";
	}

	@GetMapping("/api/v1/search")
	@ResponseBody
	@Operation(summary = "Requests and wishes by the words of their text, people by name: the first ten of each kind the caller may see, with totals and the address of each full list")
	List<Section> api(@RequestParam(defaultValue = "") String q, Locale locale) {
		String text = clean(q);
		return text.isEmpty() ? List.of() : search(text, locale);
	}

	private List<Section> search(String text, Locale locale) {
		Actor actor = CurrentActor.get();
		List<String> words = ChineseWords.searchWords(text);
		List<Section> sections = new ArrayList<>();
		for (SearchSource s : this.sources) {
			s.search(actor, text, locale, SHOWN).ifPresent(found -> sections.add(new Section(s.titleKey(), found,
					found.hits().stream().map(h -> mark(h.text(), words)).toList())));
		}
		return sections;
	}

	private static String clean(String q) {
		String t = q == null ? "" : q.strip();
		return t.length() > MAX ? t.substring(0, MAX) : t;
	}

	/** A text cut into pieces, the searched words (case aside) marked wherever they occur. */
	static List<Piece> mark(String text, List<String> words) {
		List<Piece> pieces = new ArrayList<>();
		if (text == null || text.isEmpty()) {
			return pieces;
		}
		String lower = text.toLowerCase(Locale.ROOT);
		boolean[] marked = new boolean[text.length()];
		for (String w : words) {
			for (int i = lower.indexOf(w); w.length() > 0 && i >= 0; i = lower.indexOf(w, i + 1)) {
				for (int j = i; j < i + w.length() && j < marked.length; j++) {
					marked[j] = true;
				}
			}
		}
		int start = 0;
		for (int i = 1; i <= text.length(); i++) {
			if (i == text.length() || marked[i] != marked[start]) {
				pieces.add(new Piece(text.substring(start, i), marked[start]));
				start = i;
			}
		}
		return pieces;
	}

}
