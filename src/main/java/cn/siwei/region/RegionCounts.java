package cn.siwei.region;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.platform.SweepLock;

/**
 * Counts of active records under region nodes, read from the per-node counters that database triggers keep
 * ({@code region_record_count}, see migration V3): the cost grows with the number of nodes below a path,
 * never with the number of records. A counter is kept in several rows (slots, migration V61) that concurrent
 * transactions add to without waiting for each other; readers sum them and {@link #fold()} merges them.
 */
@Service
public class RegionCounts {

	private final JdbcClient jdbc;

	RegionCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Folds the counters' slots into one row each, one node at a time. */
	@Scheduled(fixedDelayString = "${siwei.figures.fold-every:10m}", initialDelayString = "${siwei.figures.fold-every:10m}")
	@Transactional
	public void fold() {
		if (SweepLock.claim(this.jdbc, "region-counts-fold")) {
			this.jdbc.sql("call fold_region_record_count()").update();
		}
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
