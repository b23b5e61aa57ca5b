package cn.siwei.region;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts of active records under region nodes, read from the per-node counters that database triggers keep
 * ({@code region_record_count}, see migration V3): the cost grows with the number of nodes below a path,
 * never with the number of records.
 */
@Service
public class RegionCounts {

	private final JdbcClient jdbc;

	RegionCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param kind the counted table's kind, e.g. {@code person}
	 * @param paths region paths
	 * @return the number of active records under each path
	 */
	@Transactional(readOnly = true)
	public Map<String, Long> under(String kind, Collection<String> paths) {
		Map<String, Long> counts = new HashMap<>();
		if (paths.isEmpty()) {
			return counts;
		}
		this.jdbc.sql("""
				select u.path, coalesce((select sum(c.n) from region_record_count c
				                         where c.kind = ? and in_subtree(c.region_path, u.path)), 0) as n
				from unnest(?::text[]) as u(path)""")
			.params(kind, paths.toArray(String[]::new))
			.query((rs, n) -> counts.put(rs.getString("path"), rs.getLong("n")))
			.list();
		return counts;
	}

}
