package cn.siwei.roster;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.siwei.platform.RegionPaths;
import cn.siwei.region.RegionSubtreeMoved;

/**
 * Members of the rosters and what they did follow their region when its subtree
 * moves (their figures' rollups follow by trigger).
 */
@Component
class RosterRegionFollower {

	private final JdbcClient jdbc;

	RosterRegionFollower(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(RegionSubtreeMoved moved) {
		RegionPaths.rewrite(this.jdbc, "roster_member", moved.oldPath(), moved.newPath());
		RegionPaths.rewrite(this.jdbc, "roster_activity", moved.oldPath(), moved.newPath());
	}

}
