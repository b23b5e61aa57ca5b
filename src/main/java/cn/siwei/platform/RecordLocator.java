package cn.siwei.platform;

import java.util.Optional;

/**
 * Where the records of one kind lie in the region tree. Each capability that owns region-bound records registers
 * one, so that {@link Bindings} can check any id a form or an API call names against the actor's scope without
 * knowing the capability's tables.
 */
public interface RecordLocator {

	/** The kind of record, e.g. {@code person}; the names are {@link Bindings}'s constants. */
	String kind();

	/**
	 * The region path of a record.
	 * @param id the record
	 * @return its path, or empty when there is no such record
	 */
	Optional<String> regionPathOf(long id);

	/**
	 * A record others may point at (a meeting's agenda item, say): its title for a reader and its page, or empty
	 * when there is no such record or this kind is not pointed at. The default points at nothing.
	 */
	default Optional<Pointer> pointer(long id) {
		return Optional.empty();
	}

	/** Whether records of this kind may be pointed at ({@link #pointer(long)} answers). */
	default boolean pointable() {
		return false;
	}

	/** A record's text cut to a line's length, for its pointer's title. */
	static String shorten(String text) {
		String t = text == null ? "" : text.strip().replaceAll("\\s+", " ");
		return t.codePointCount(0, t.length()) <= 40 ? t : t.substring(0, t.offsetByCodePoints(0, 40)) + "…";
	}

	/**
	 * What points at a record.
	 *
	 * @param kind its kind
	 * @param id its id
	 * @param regionPath where it lies
	 * @param title a line that says what it is
	 * @param link its page
	 */
	record Pointer(String kind, long id, String regionPath, String title, String link) {
	}

}
