package cn.siwei.problem;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.siwei.platform.RegionPaths;
import cn.siwei.region.RegionSubtreeMoved;

/**
 * Problems of the inventory follow their region when its subtree
 * moves (their figures' rollups follow by trigger).
 */
@Component
class ProblemRegionFollower {

	private final JdbcClient jdbc;

	ProblemRegionFollower(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(RegionSubtreeMoved moved) {
		RegionPaths.rewrite(this.jdbc, "problem", moved.oldPath(), moved.newPath());
	}

}
