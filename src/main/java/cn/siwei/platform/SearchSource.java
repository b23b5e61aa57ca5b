package cn.siwei.platform;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import cn.siwei.access.Actor;

/**
 * A capability's part of the one search box (搜索): the first of its records that match the words typed, within
 * the actor's region and as the actor may see them (masked), with how many match in all and the address of the
 * full list. Declared as a bean; the search page lists every source that answers.
 */
public interface SearchSource {

	/** Message key of what it finds (诉求, 微心愿, 人员). */
	String titleKey();

	/** Its place on the page, lowest first. */
	int order();

	/** The first {@code limit} matches, or empty when the actor may not search these records. */
	Optional<Found> search(Actor actor, String text, Locale locale, int limit);

	/**
	 * What a source found.
	 *
	 * @param total how many match in all
	 * @param hits the first of them
	 * @param more the address of the list of all of them
	 */
	record Found(long total, List<Hit> hits, String more) {
	}

	/**
	 * A match.
	 *
	 * @param title its number and kind, or a person's name
	 * @param text what it says, shown with the words found marked
	 * @param meta where and when, its state
	 * @param link its page
	 */
	record Hit(String title, String text, String meta, String link) {
	}

}
