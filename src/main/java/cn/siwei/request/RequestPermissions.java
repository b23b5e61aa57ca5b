package cn.siwei.request;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.siwei.access.Permission;
import cn.siwei.access.PermissionGrants;
import cn.siwei.access.Role;

/**
 * What may be done with micro-requests, and who may: the capability's own permissions.
 */
@Component
public class RequestPermissions implements PermissionGrants {

	/** See the request ledger of the region, its supervision list and figures. */
	public static final Permission VIEW = Permission.of("REQUEST_VIEW");

	/** Record requests found offline: home visits, talks, meetings, deputies' studios, self-discovered. */
	public static final Permission RECORD = Permission.of("REQUEST_RECORD");

	/** Take (接单) or decline a request, dispatch it (派单), link duplicates, escalate it to the street. */
	public static final Permission ACCEPT = Permission.of("REQUEST_ACCEPT");

	/** Study an escalated request at the street (研判) and summon units to it (吹哨). */
	public static final Permission SUMMON = Permission.of("REQUEST_SUMMON");

	/** Report in (报到), claim (领单) and handle the part of a request given to one's unit, team or self. */
	public static final Permission HANDLE = Permission.of("REQUEST_HANDLE");

	/** Call the resident back (回访) and record their evaluation of a resolved request, gathered by phone or on a visit. */
	public static final Permission CALL_BACK = Permission.of("REQUEST_CALL_BACK");

	/** Remind units of overdue and nearly due work (督办). */
	public static final Permission SUPERVISE = Permission.of("REQUEST_SUPERVISE");

	/** Comment on a month's ranking of streets, communities and departments (点评). */
	public static final Permission RANKING_COMMENT = Permission.of("RANKING_COMMENT");

	@Override
	public List<Grant> grants() {
		return List.of(
				Grant.of(VIEW, Role.COMMUNITY_WORKER, Role.STREET_OFFICER, Role.LEADER),
				Grant.of(RECORD, Role.COMMUNITY_WORKER, Role.STREET_OFFICER),
				Grant.of(ACCEPT, Role.COMMUNITY_WORKER, Role.STREET_OFFICER),
				Grant.of(SUMMON, Role.STREET_OFFICER),
				Grant.of(HANDLE, Role.COMMUNITY_WORKER, Role.STREET_OFFICER, Role.DEPARTMENT_HANDLER, Role.VOLUNTEER),
				Grant.of(CALL_BACK, Role.COMMUNITY_WORKER, Role.STREET_OFFICER),
				Grant.of(SUPERVISE, Role.COMMUNITY_WORKER, Role.STREET_OFFICER, Role.LEADER),
				Grant.of(RANKING_COMMENT, Role.STREET_OFFICER, Role.LEADER));
	}

}
