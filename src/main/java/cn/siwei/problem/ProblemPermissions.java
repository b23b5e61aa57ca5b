package cn.siwei.problem;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.siwei.access.Permission;
import cn.siwei.access.PermissionGrants;
import cn.siwei.access.Role;

/** What may be done with the problem inventory, and who may. */
@Component
public class ProblemPermissions implements PermissionGrants {

	/** See the problems of the region and their figures. */
	public static final Permission VIEW = Permission.of("PROBLEM_VIEW");

	/** Record problems, put them on the list with an owner, note progress, mark them solved, drop or reopen them. */
	public static final Permission HANDLE = Permission.of("PROBLEM_HANDLE");

	@Override
	public List<Grant> grants() {
		return List.of(Grant.of(VIEW, Role.COMMUNITY_WORKER, Role.STREET_OFFICER, Role.LEADER),
				Grant.of(HANDLE, Role.COMMUNITY_WORKER, Role.STREET_OFFICER));
	}

}
