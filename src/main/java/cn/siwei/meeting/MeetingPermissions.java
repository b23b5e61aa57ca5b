package cn.siwei.meeting;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.siwei.access.Permission;
import cn.siwei.access.PermissionGrants;
import cn.siwei.access.Role;

/** What may be done with meetings and their decisions, and who may. */
@Component
public class MeetingPermissions implements PermissionGrants {

	/** See the meetings of the region, their attendance, minutes and decisions. */
	public static final Permission VIEW = Permission.of("MEETING_VIEW");

	/** Convene, open, sign attendees in, record decisions and minutes, close or call off a meeting. */
	public static final Permission CONVENE = Permission.of("MEETING_CONVENE");

	/** Report progress on a decision and mark it done. */
	public static final Permission FOLLOW = Permission.of("MEETING_FOLLOW");

	@Override
	public List<Grant> grants() {
		return List.of(
				Grant.of(VIEW, Role.COMMUNITY_WORKER, Role.STREET_OFFICER, Role.DEPARTMENT_HANDLER, Role.LEADER),
				Grant.of(CONVENE, Role.COMMUNITY_WORKER, Role.STREET_OFFICER),
				Grant.of(FOLLOW, Role.COMMUNITY_WORKER, Role.STREET_OFFICER, Role.DEPARTMENT_HANDLER));
	}

}
