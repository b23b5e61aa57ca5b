package cn.siwei.points;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.siwei.platform.NavEntry;

/** The points' entries in the main menu: the ledgers for staff, one's own points for residents. */
@Configuration(proxyBeanMethods = false)
class PointsNav {

	@Bean
	NavEntry pointsEntry() {
		return new NavEntry("points", "/points", "nav.points", PointsPermissions.VIEW, 40);
	}

	/** A merchant's: the scan of its store's codes. */
	@Bean
	NavEntry shopEntry() {
		return new NavEntry("points-shop", "/points/shop", "nav.pointsShop", PointsPermissions.SHOP, 42);
	}

	@Bean
	NavEntry myPointsEntry() {
		return new NavEntry("my-points", "/my/points", "nav.myPoints", PointsPermissions.OWN, 41);
	}

}
