package cn.siwei.roster;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.siwei.access.Permission;
import cn.siwei.access.PermissionGrants;
import cn.siwei.access.Role;

/** What may be done with the rosters, and who may. */
@Component
public class RosterPermissions implements PermissionGrants {

	/** See the members of the region, what they did, and their figures. */
	public static final Permission VIEW = Permission.of("ROSTER_VIEW");

	/** Appoint members, record what they did, end a term. */
	public static final Permission MANAGE = Permission.of("ROSTER_MANAGE");

	@Override
	public List<Grant> grants() {
		return List.of(Grant.of(VIEW, Role.COMMUNITY_WORKER, Role.STREET_OFFICER, Role.LEADER),
				Grant.of(MANAGE, Role.COMMUNITY_WORKER, Role.STREET_OFFICER));
	}

}
