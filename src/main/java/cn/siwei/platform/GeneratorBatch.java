package cn.siwei.platform;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A capability's share of the synthetic city the data generator loads ({@code --siwei.generate.<name>=N}). The
 * generator builds the region tree, the units and the people, numbers them in unlogged tables, turns the loaded
 * tables' triggers and secondary indexes off, and hands out numbered ranges of records to two workers; each batch
 * writes its range with everything that belongs to it (timelines, parts…) in one statement. Afterwards the
 * generator rebuilds the indexes, recounts every {@link #counted() counted} table, rebuilds the figure rollups and
 * lets each batch {@link #rebuild() rebuild} its own.
 * The places a batch spreads records over:
 *
 * <ul>
 * <li>{@code gen_person (k, id, region_id, region_path)}: the city's people, numbered {@code k = 0 … people - 1};</li>
 * <li>{@code gen_place (k, id, path)}: its compounds and communities;</li>
 * <li>{@code gen_org (k, id, name)}: its departments.</li>
 * </ul>
 *
 * Records should be spread by formulas of their number {@code g} (as {@code (g * 7919) % :people}) so that a load
 * is repeatable and batches are independent.
 */
public interface GeneratorBatch {

	/** How the command names it: {@code siwei.generate.<name>} is how many records to write. */
	String name();

	/** The tables its batches write, loaded in bulk (their secondary indexes dropped and triggers off meanwhile). */
	List<String> tables();

	/**
	 * The tables among them whose region-and-status counters ({@code count_by_region_and_status}) are recounted
	 * after the load, with their counter kinds: {@code ["wish", "wish"]}.
	 */
	List<Counted> counted();

	/**
	 * Rebuilds what the batch's own triggers keep besides the counters and the figure rollups (they were off during
	 * the load); called once after the indexes are rebuilt.
	 */
	default void rebuild() {
	}

	/**
	 * Writes records {@code from} to {@code to} (inclusive) with everything that belongs to them.
	 * @return the rows written
	 */
	long write(JdbcClient jdbc, Places places, long from, long to, Instant now);

	/**
	 * How many of each place there are.
	 *
	 * @param people rows of {@code gen_person}
	 * @param places rows of {@code gen_place}
	 * @param orgs rows of {@code gen_org}
	 */
	record Places(int people, int places, int orgs) {
	}

	/**
	 * A table whose counters are recounted.
	 *
	 * @param table the table
	 * @param kind its counter kind
	 */
	record Counted(String table, String kind) {
	}

	/** The ids of a dictionary table in id order, as an SQL array literal for a batch's formulas. */
	static String ids(JdbcClient jdbc, String table) {
		return "{" + String.join(",", jdbc.sql("select id::text from " + table + " order by id").query(String.class).list())
				+ "}";
	}

}
