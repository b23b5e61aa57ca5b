package cn.siwei.wish;

import java.util.List;

import cn.siwei.access.Actor;
import cn.siwei.access.Permission;

/**
 * Which wishes of its region an actor may read, by need to know:
 * <ul>
 * <li>those who may see people (workers, street officers, leaders, administrators): every wish of their region,
 * with the beneficiary;</li>
 * <li>a department handler: only the wishes a team of their unit, or they themselves, took on;</li>
 * <li>a volunteer or party member: the open wishes of their region and of their teams' service areas, with the
 * beneficiary's name masked, and in full the wishes they or their teams took on;</li>
 * <li>a resident: their own (read through {@link Wishes#mine}).</li>
 * </ul>
 *
 * @param areas further service areas (paths) a volunteer's teams serve
 * @param unitOrganisationId for a handler: the organisation whose teams' wishes they see
 * @param personId for a handler or a volunteer: the person whose own claims they see
 * @param openOrOwn whether only open wishes and the actor's own claims are visible
 */
record WishReach(List<String> areas, Long unitOrganisationId, Long personId, boolean openOrOwn) {

	static final WishReach FULL = new WishReach(List.of(), null, null, false);

	/** The reach of an actor who may see the wish ledger. */
	static WishReach of(Actor actor, List<String> serviceAreas) {
		if (actor.can(Permission.PEOPLE_VIEW)) {
			return FULL;
		}
		long person = actor.personId() == null ? -1L : actor.personId();
		if (actor.can(WishPermissions.CLAIM)) {
			return new WishReach(serviceAreas, null, person, true);
		}
		return new WishReach(List.of(), actor.organisationId() == null ? -1L : actor.organisationId(), person, false);
	}

	/** Whether the whole ledger of the region is visible, so its length may be read from the region counters. */
	boolean full() {
		return this.unitOrganisationId == null && !this.openOrOwn && this.areas.isEmpty();
	}

	/** The SQL condition on {@code w} beyond the region, empty when there is none. */
	String condition() {
		if (this.unitOrganisationId != null) {
			return " and (w.claimant_person_id = :reachPerson or w.claimant_team_id in"
					+ " (select t.id from team t where t.organisation_id = :reachOrg))";
		}
		if (this.openOrOwn) {
			return " and (w.status = 'OPEN' or w.claimant_person_id = :reachPerson or w.claimant_team_id in"
					+ " (select m.team_id from team_member m where m.person_id = :reachPerson and m.active))";
		}
		return "";
	}

}
