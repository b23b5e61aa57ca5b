package cn.siwei.meeting;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.siwei.platform.RegionPaths;
import cn.siwei.region.RegionSubtreeMoved;

/**
 * Meetings, their decisions and owners' registers follow their region when its subtree
 * moves (their figures' rollups follow by trigger).
 */
@Component
class MeetingRegionFollower {

	private final JdbcClient jdbc;

	MeetingRegionFollower(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(RegionSubtreeMoved moved) {
		RegionPaths.rewrite(this.jdbc, "meeting", moved.oldPath(), moved.newPath());
		RegionPaths.rewrite(this.jdbc, "meeting_decision", moved.oldPath(), moved.newPath());
		RegionPaths.rewrite(this.jdbc, "owner_unit", moved.oldPath(), moved.newPath());
	}

}
