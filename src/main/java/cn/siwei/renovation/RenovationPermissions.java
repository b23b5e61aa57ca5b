package cn.siwei.renovation;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.siwei.access.Permission;
import cn.siwei.access.PermissionGrants;
import cn.siwei.access.Role;

/** What may be done with renovation projects, and who may: residents see their own community's. */
@Component
public class RenovationPermissions implements PermissionGrants {

	/** See the projects of the region, their consent, progress and figures. */
	public static final Permission VIEW = Permission.of("RENOVATION_VIEW");

	/** See the figures of renovation on the dashboard: staff and leaders, not residents (who see their projects). */
	public static final Permission FIGURES = Permission.of("RENOVATION_FIGURES");

	/** Plan projects, put them to the residents, count the consent, note progress, accept the works. */
	public static final Permission MANAGE = Permission.of("RENOVATION_MANAGE");

	@Override
	public List<Grant> grants() {
		return List.of(Grant.of(VIEW, Role.COMMUNITY_WORKER, Role.STREET_OFFICER, Role.LEADER, Role.RESIDENT,
				Role.VOLUNTEER), Grant.of(FIGURES, Role.COMMUNITY_WORKER, Role.STREET_OFFICER, Role.LEADER),
				Grant.of(MANAGE, Role.COMMUNITY_WORKER, Role.STREET_OFFICER));
	}

}
