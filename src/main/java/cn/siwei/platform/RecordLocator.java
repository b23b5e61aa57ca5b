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

}
