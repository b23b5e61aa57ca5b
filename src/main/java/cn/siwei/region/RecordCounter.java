package cn.siwei.region;

import java.util.Collection;
import java.util.Map;

/**
 * Implemented by modules whose records belong to regions, so that the region pages can show how many records
 * lie under each node without the region module knowing those records.
 */
public interface RecordCounter {

	/** Message key of what is counted, e.g. "people". */
	String labelKey();

	/**
	 * Counts the active records under each of the given paths.
	 * @param paths region paths
	 * @return count per path
	 */
	Map<String, Long> countUnder(Collection<String> paths);

}
