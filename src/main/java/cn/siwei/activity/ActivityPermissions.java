package cn.siwei.activity;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.siwei.access.Permission;
import cn.siwei.access.PermissionGrants;
import cn.siwei.access.Role;

/** What may be done with the activities ledger, and who may. */
@Component
public class ActivityPermissions implements PermissionGrants {

	/** See the activities of the region and their figures. */
	public static final Permission VIEW = Permission.of("ACTIVITY_VIEW");

	/** Record activities, sign people in, add photos. */
	public static final Permission RECORD = Permission.of("ACTIVITY_RECORD");

	@Override
	public List<Grant> grants() {
		return List.of(Grant.of(VIEW, Role.COMMUNITY_WORKER, Role.STREET_OFFICER, Role.LEADER),
				Grant.of(RECORD, Role.COMMUNITY_WORKER, Role.STREET_OFFICER));
	}

}
