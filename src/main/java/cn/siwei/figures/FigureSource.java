package cn.siwei.figures;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.siwei.access.Permission;

/**
 * A capability's figures, registered with the figures capability by declaring a bean of this type. The records
 * live in one table with the columns {@code region_path}, {@code created_at}, {@code category_id} and
 * {@code channel}; a figure counts the records placed in a period whose condition holds. From this declaration
 * alone the figures capability keeps the figures pre-aggregated, answers them for any region node and period, and
 * shows them on the dashboard; nothing in it changes when a capability is added.
 */
public interface FigureSource {

	/** A short name, also the prefix of the rollup table ({@code request} gives {@code request_rollup}). */
	String kind();

	/** What a reader needs to see these figures. */
	Permission permission();

	/** The table of the records. */
	String table();

	/** The alias the figures' conditions use for that table. */
	String alias();

	/** The counted figures, in the order they are shown. */
	List<Counted> figures();

	/** The rates built from them. */
	List<Rate> rates();

	/** Message key of the capability's name on the dashboard. */
	String titleKey();

	/** Names of the categories by id, in the reader's language. */
	Map<Long, String> categoryNames(Locale locale);

	/** Message key of a channel's name. */
	String channelKey(String channel);

	/** The address of the list of records a figure counts, for the drill-down. */
	String drillDown(String figure, Selection selection);

	/**
	 * The condition of records that are overdue now ({@code :now} is bound), and the column their lateness is
	 * ordered by, for the dashboard's list of the most overdue; null when the capability has none.
	 */
	Overdue overdue();

	/**
	 * Whether the wall display (大屏) shows this capability: it has room for the city's main loops side by side,
	 * not for every capability; the dashboard page shows them all.
	 */
	default boolean onWall() {
		return true;
	}

	/**
	 * A counted figure.
	 *
	 * @param key its name (a column of the rollup table, so letters, digits and underscores)
	 * @param condition the SQL condition on a record, using {@link #alias()}
	 * @param measure what a record adds when the condition holds: {@code 1}, or an SQL expression such as a count
	 * column
	 * @param messageKey its name in the bundles
	 * @param definitionKey its definition in the bundles, shown beside it
	 */
	record Counted(String key, String condition, String measure, String messageKey, String definitionKey) {

		/** A figure that counts the records whose condition holds. */
		public static Counted of(String key, String condition, String messageKey, String definitionKey) {
			return new Counted(key, condition, "1", messageKey, definitionKey);
		}

	}

	/**
	 * A rate: numerator ÷ denominator as a percentage, one decimal, rounded half up.
	 *
	 * @param key its name
	 * @param numerator a counted figure's key
	 * @param denominator a counted figure's key
	 * @param messageKey its name in the bundles
	 * @param definitionKey its definition in the bundles
	 */
	record Rate(String key, String numerator, String denominator, String messageKey, String definitionKey) {
	}

	/**
	 * What overdue means for a capability.
	 *
	 * @param condition SQL condition on a record overdue at {@code :now}
	 * @param orderBy the SQL expression ordering the most overdue first (ascending)
	 * @param link the address of a record, with {id}
	 * @param text the SQL expression of a record's text
	 */
	record Overdue(String condition, String orderBy, String link, String text) {
	}

}
