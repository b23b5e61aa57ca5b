package cn.siwei.points;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.siwei.platform.RegionPaths;
import cn.siwei.region.RegionSubtreeMoved;

/**
 * Ledgers and their postings follow their village or community when its subtree moves (a posting's place is not
 * part of its hash, and the append-only trigger lets the place alone change; the figures' rollups follow by
 * trigger).
 */
@Component
class PointsRegionFollower {

	private final JdbcClient jdbc;

	PointsRegionFollower(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(RegionSubtreeMoved moved) {
		RegionPaths.rewrite(this.jdbc, "points_ledger", moved.oldPath(), moved.newPath());
		RegionPaths.rewrite(this.jdbc, "points_transfer", moved.oldPath(), moved.newPath());
		RegionPaths.rewrite(this.jdbc, "points_objection", moved.oldPath(), moved.newPath());
	}

}
