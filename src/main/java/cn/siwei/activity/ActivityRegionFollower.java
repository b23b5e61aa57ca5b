package cn.siwei.activity;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.siwei.platform.RegionPaths;
import cn.siwei.region.RegionSubtreeMoved;

/** Activities follow their node when its subtree moves. */
@Component
class ActivityRegionFollower {

	private final JdbcClient jdbc;

	ActivityRegionFollower(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(RegionSubtreeMoved moved) {
		RegionPaths.rewrite(this.jdbc, "activity", moved.oldPath(), moved.newPath());
	}

}
