package cn.siwei.platform;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.siwei.access.Actor;

/**
 * The conditions of a capability's list as SQL with named parameters: the region first (a node the actor chose
 * inside their own region, else their region), then each filter only when it is set. The columns are the shape
 * every capability's table has ({@code region_path}, {@code category_id}, {@code channel}, {@code created_at}),
 * so a list that opens from a figure filters exactly as the figure counts.
 */
public final class Where {

	private final String alias;

	private final StringBuilder sql;

	private final Map<String, Object> params = new LinkedHashMap<>();

	private Where(String alias, String scopePath) {
		this.alias = alias;
		this.sql = new StringBuilder(" where in_subtree(" + alias + ".region_path, :scope)");
		this.params.put("scope", scopePath);
	}

	/** Under {@code chosenPath} when the actor's region covers it, else under the actor's region. */
	public static Where under(Actor actor, String alias, String chosenPath) {
		return new Where(alias,
				chosenPath != null && actor.scope().covers(chosenPath) ? chosenPath : actor.scope().regionPath());
	}

	/** {@code alias.column = value} when the value is set (an enum by its name). */
	public Where equal(String column, Object value) {
		if (value != null) {
			this.sql.append(" and ").append(this.alias).append('.').append(column).append(" = :").append(column);
			this.params.put(column, value instanceof Enum<?> e ? e.name() : value);
		}
		return this;
	}

	/** A condition of the capability's own (a figure's, say) when it is set; it names no parameter. */
	public Where condition(String condition) {
		if (condition != null) {
			this.sql.append(" and (").append(condition).append(')');
		}
		return this;
	}

	/** A condition with one parameter of its own, when the value is set. */
	public Where condition(String condition, String name, Object value) {
		if (value != null) {
			this.sql.append(" and (").append(condition).append(')');
			this.params.put(name, value);
		}
		return this;
	}

	/** Created on or after {@code from} and on or before {@code to} (days in {@code zone}), each when set. */
	public Where days(LocalDate from, LocalDate to, ZoneId zone) {
		if (from != null) {
			condition(this.alias + ".created_at >= :from", "from", Timestamp.from(from.atStartOfDay(zone).toInstant()));
		}
		if (to != null) {
			condition(this.alias + ".created_at < :to", "to", Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()));
		}
		return this;
	}

	/**
	 * One record of a capability's table by id, when it lies inside the actor's region; else 404, the same answer
	 * for one that does not exist and one outside the region.
	 * @param select the capability's select, its table under {@code alias}
	 */
	public static <T> T one(JdbcClient jdbc, String select, String alias, Actor actor, long id, RowMapper<T> mapper,
			String type) {
		return jdbc.sql(select + " where " + alias + ".id = ? and in_subtree(" + alias + ".region_path, ?)")
			.params(id, actor.scope().regionPath())
			.query(mapper)
			.optional()
			.orElseThrow(() -> new NotFound(type, id));
	}

	/** The conditions, beginning with {@code " where "}. */
	public String sql() {
		return this.sql.toString();
	}

	public Map<String, Object> params() {
		return this.params;
	}

}
