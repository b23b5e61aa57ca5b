package cn.siwei.renovation;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.siwei.platform.RegionPaths;
import cn.siwei.region.RegionSubtreeMoved;

/**
 * Renovation projects follow their region when its subtree moves (their figures' rollups follow by trigger).
 */
@Component
class RenovationRegionFollower {

	private final JdbcClient jdbc;

	RenovationRegionFollower(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(RegionSubtreeMoved moved) {
		RegionPaths.rewrite(this.jdbc, "renovation", moved.oldPath(), moved.newPath());
	}

}
