package cn.siwei.wish;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.access.Actor;
import cn.siwei.access.Permission;
import cn.siwei.platform.Events;
import cn.siwei.platform.RecordChanged;
import cn.siwei.platform.Rejected;
import cn.siwei.region.RegionSubtreeMoved;
import cn.siwei.region.Regions;

/**
 * The rules of the wish loop that street officers set: the days a claimant has to contact the beneficiary, per region
 * (the nearest rule above a wish applies, else {@link WishSettings#contactWithin}).
 */
@Service
public class WishRules {

	private final WishRepository repository;

	private final Regions regions;

	private final Events events;

	private final WishSettings settings;

	private final Clock clock;

	WishRules(WishRepository repository, Regions regions, Events events, WishSettings settings, Clock clock) {
		this.repository = repository;
		this.regions = regions;
		this.events = events;
		this.settings = settings;
		this.clock = clock;
	}

	/** The time a claimant has to make contact at a region: the nearest rule above it, else the default. */
	Duration contactWithin(String regionPath) {
		return this.repository.contactDays(regionPath).map(Duration::ofDays).orElse(this.settings.contactWithin());
	}

	/** The contact rule that applies at a region, in days. */
	@Transactional(readOnly = true)
	public long contactDays(Actor actor, long regionId) {
		String path = this.regions.get(actor, regionId).path();
		return this.repository.contactDays(path).map(Integer::longValue).orElse(this.settings.contactWithin().toDays());
	}

	/** Sets the days a claimant has to make contact, for a region and everything under it without a rule of its own. */
	@Transactional
	public void setContactDays(Actor actor, long regionId, Integer days) {
		actor.require(Permission.RULES_MANAGE);
		var region = this.regions.get(actor, regionId);
		if (days == null || days < 1 || days > 60) {
			throw Rejected.field("days", "wish.rejected.contactDays");
		}
		this.repository.setContactDays(region.id(), region.path(), days, this.clock.instant());
		this.events.changed(actor, "wish_rule", region.id(), RecordChanged.Action.UPDATE, region.path(), Map.of(),
				Map.of("contactDays", days), null);
	}

	/** Wishes and contact rules follow their region when a subtree moves (the counters follow by trigger). */
	@EventListener
	void on(RegionSubtreeMoved moved) {
		this.repository.rewritePaths(moved.oldPath(), moved.newPath());
	}

}
