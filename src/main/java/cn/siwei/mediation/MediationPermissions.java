package cn.siwei.mediation;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.siwei.access.Permission;
import cn.siwei.access.PermissionGrants;
import cn.siwei.access.Role;

/** What may be done with mediation cases, and who may. */
@Component
public class MediationPermissions implements PermissionGrants {

	/** See the cases of the region and their figures. */
	public static final Permission VIEW = Permission.of("MEDIATION_VIEW");

	/** Receive cases, assign mediators, record sessions, agreements, follow-up visits. */
	public static final Permission HANDLE = Permission.of("MEDIATION_HANDLE");

	@Override
	public List<Grant> grants() {
		return List.of(Grant.of(VIEW, Role.COMMUNITY_WORKER, Role.STREET_OFFICER, Role.LEADER),
				Grant.of(HANDLE, Role.COMMUNITY_WORKER, Role.STREET_OFFICER));
	}

}
