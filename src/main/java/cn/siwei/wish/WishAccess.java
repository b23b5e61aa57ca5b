package cn.siwei.wish;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.siwei.access.Actor;
import cn.siwei.access.Role;
import cn.siwei.access.Scope;
import cn.siwei.organisation.Teams;
import cn.siwei.platform.NotFound;

/**
 * Who may read a wish and how (need to know, {@link WishReach}), and how an actor stands to it for the loop: staff,
 * its claimant, a force that may take it on, its beneficiary.
 */
@Component
class WishAccess {

	static final String TYPE = "wish";

	private final WishRepository repository;

	private final Teams teams;

	WishAccess(WishRepository repository, Teams teams) {
		this.repository = repository;
		this.teams = teams;
	}

	/** The scope of wishes: the actor's subtree. */
	static Scope scopeOf(Actor actor) {
		return Scope.of(actor.regionPath());
	}

	static boolean english(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage());
	}

	/**
	 * Which wishes the actor may read; beyond their region, a volunteer also sees the open wishes in the service
	 * areas of their teams.
	 */
	WishReach reachOf(Actor actor) {
		return WishReach.of(actor, actor.role() == Role.VOLUNTEER && actor.personId() != null
				? this.repository.serviceAreas(actor.personId()) : List.of());
	}

	/** A wish as the actor may read it; anyone else is told it does not exist. */
	Wish readable(Actor actor, long id, Locale locale) {
		WishReach reach = actor.can(WishPermissions.VIEW) ? reachOf(actor) : WishReach.FULL;
		Wish wish = this.repository.find(scopeOf(actor), reach, id, english(locale))
			.orElseThrow(() -> new NotFound(TYPE, id));
		if (!actor.can(WishPermissions.VIEW) && !beneficiary(actor, wish)) {
			throw new NotFound(TYPE, id);
		}
		return asSeenBy(actor, reach, wish);
	}

	/**
	 * A wish as the actor may read it: a volunteer sees an open wish that is not theirs without the beneficiary's
	 * name; they learn who it is for once they (or their team) take it on.
	 */
	Wish asSeenBy(Actor actor, WishReach reach, Wish wish) {
		if (!reach.openOrOwn() || claimant(actor, wish)) {
			return wish;
		}
		return wish.withoutBeneficiary();
	}

	/** Whether the actor, or a team of theirs, took the wish on. */
	boolean claimant(Actor actor, Wish wish) {
		if (actor.personId() == null) {
			return false;
		}
		return actor.personId().equals(wish.claimantPersonId()) || wish.claimantTeamId() != null
				&& this.teams.teamsOf(Actor.SYSTEM, actor.personId()).stream().anyMatch(t -> t.teamId() == wish.claimantTeamId());
	}

	static boolean beneficiary(Actor actor, Wish wish) {
		return actor.personId() != null && actor.personId() == wish.beneficiaryId();
	}

	/** How the actor stands to the wish, for the loop. */
	WishLoop.Relation relation(Actor actor, Wish wish) {
		return new WishLoop.Relation(actor.can(WishPermissions.FOLLOW_UP), claimant(actor, wish),
				actor.can(WishPermissions.CLAIM), beneficiary(actor, wish));
	}

	/** The acts the actor may do on the wish now. */
	Set<WishLoop.Act> allowed(Actor actor, Wish wish) {
		return WishLoop.allowed(wish.status(), relation(actor, wish), actor);
	}

}
