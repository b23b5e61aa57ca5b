package cn.siwei.mediation;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.siwei.platform.RegionPaths;
import cn.siwei.region.RegionSubtreeMoved;

/**
 * Mediation cases and the pool's mediators follow their region when its subtree moves (the cases' figures'
 * rollups follow by trigger).
 */
@Component
class MediationRegionFollower {

	private final JdbcClient jdbc;

	MediationRegionFollower(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(RegionSubtreeMoved moved) {
		RegionPaths.rewrite(this.jdbc, "mediation", moved.oldPath(), moved.newPath());
		RegionPaths.rewrite(this.jdbc, "mediator", moved.oldPath(), moved.newPath());
	}

}
