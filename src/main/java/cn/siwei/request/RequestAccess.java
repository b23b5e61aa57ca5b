package cn.siwei.request;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.siwei.access.Actor;
import cn.siwei.access.Role;
import cn.siwei.organisation.Teams;
import cn.siwei.platform.NotFound;
import cn.siwei.request.Request.Part;
import cn.siwei.request.RequestLoop.Act;
import cn.siwei.request.RequestLoop.PartAct;

/**
 * Who may read a request and how, and who stands how to it: staff of its region, the units with a part in it, the
 * resident who placed it (or a duplicate of it). One policy for reads, writes and the acts offered on a page.
 */
@Component
class RequestAccess {

	static final String TYPE = "request";

	private final RequestRepository repository;

	private final Teams teams;

	RequestAccess(RequestRepository repository, Teams teams) {
		this.repository = repository;
		this.teams = teams;
	}

	/**
	 * A request as the actor may read it: staff and units see it with the reporter's phone masked (revealed one at a
	 * time, audited); the reporter sees their own; a resident who follows it through a duplicate sees it without
	 * anything about who reported it. Anyone else is told it does not exist.
	 */
	Request readable(Actor actor, Request r) {
		if (staffOf(actor, r) || unitOf(actor, r)) {
			return r.masked();
		}
		if (ownReport(actor, r)) {
			return r;
		}
		if (reporter(actor, r)) {
			return r.publicView();
		}
		throw new NotFound(TYPE, r.id());
	}

	static boolean staffOf(Actor actor, Request r) {
		return actor.can(RequestPermissions.VIEW) && actor.scope().covers(r.regionPath());
	}

	/** Whether the actor placed this very request. */
	static boolean ownReport(Actor actor, Request r) {
		return actor.personId() != null && actor.personId().equals(r.reporterPersonId());
	}

	/** Whether the actor placed the request or a duplicate of it. */
	boolean reporter(Actor actor, Request r) {
		return ownReport(actor, r) || actor.personId() != null && this.repository.reportedBy(r.id(), actor.personId());
	}

	boolean unitOf(Actor actor, Request r) {
		return actor.can(RequestPermissions.HANDLE)
				&& this.repository.hasPartFor(r.id(), actor.organisationId(), actor.personId(), teamIds(actor));
	}

	/** How the actor stands to the request, for the loop. */
	RequestLoop.Relation relation(Actor actor, Request r) {
		return new RequestLoop.Relation(staffOf(actor, r), unitOf(actor, r), ownReport(actor, r));
	}

	/** The acts on the request as a whole that the actor may do now. */
	Set<Act> allowed(Actor actor, Request r) {
		return RequestLoop.allowed(r.status(), relation(actor, r), actor);
	}

	/** The acts the actor may do on a part now: only on a part of their own. */
	Set<PartAct> allowed(Actor actor, Request r, Part part, List<Long> teamIds) {
		return owns(actor, part, teamIds) ? RequestLoop.allowed(r.status(), part.status()) : Set.of();
	}

	List<Long> teamIds(Actor actor) {
		return actor.personId() == null ? List.of()
				: this.teams.teamsOf(Actor.SYSTEM, actor.personId()).stream().map(t -> t.teamId()).toList();
	}

	/** Whether a part was given to the actor's organisation, one of their teams or themselves (or they administer). */
	static boolean owns(Actor actor, Part part, List<Long> teamIds) {
		if (!actor.can(RequestPermissions.HANDLE)) {
			return false;
		}
		return part.organisationId() != null && part.organisationId().equals(actor.organisationId())
				|| part.personId() != null && part.personId().equals(actor.personId())
				|| part.teamId() != null && teamIds.contains(part.teamId()) || actor.role() == Role.ADMIN;
	}

}
