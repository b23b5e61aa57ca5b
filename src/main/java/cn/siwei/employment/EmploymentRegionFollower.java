package cn.siwei.employment;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.siwei.platform.RegionPaths;
import cn.siwei.region.RegionSubtreeMoved;

/** Employment's records follow their node when its subtree moves (the figures' rollups follow by trigger). */
@Component
class EmploymentRegionFollower {

	private final JdbcClient jdbc;

	EmploymentRegionFollower(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(RegionSubtreeMoved moved) {
		for (String table : new String[] { "job_vacancy", "job_seeker", "job_fair", "job_application", "job_placement" }) {
			RegionPaths.rewrite(this.jdbc, table, moved.oldPath(), moved.newPath());
		}
	}

}
