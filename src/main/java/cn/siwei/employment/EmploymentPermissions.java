package cn.siwei.employment;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.siwei.access.Permission;
import cn.siwei.access.PermissionGrants;
import cn.siwei.access.Role;

/** What may be done in employment, and who may. */
@Component
public class EmploymentPermissions implements PermissionGrants {

	/** See the vacancies, seekers, applications, fairs and placements of the region and their figures. */
	public static final Permission VIEW = Permission.of("EMPLOYMENT_VIEW");

	/** Register seekers and their consent, open vacancies for employers, refer, hold fairs, confirm and check placements. */
	public static final Permission HANDLE = Permission.of("EMPLOYMENT_HANDLE");

	/** An employer's: its own vacancies, the applications to them, its booths at fairs. */
	public static final Permission EMPLOYER = Permission.of("EMPLOYMENT_EMPLOYER");

	/** A resident's own job search: consent, applications, fair registrations. */
	public static final Permission OWN = Permission.of("EMPLOYMENT_OWN");

	@Override
	public List<Grant> grants() {
		return List.of(Grant.of(VIEW, Role.COMMUNITY_WORKER, Role.STREET_OFFICER, Role.LEADER),
				Grant.of(HANDLE, Role.COMMUNITY_WORKER, Role.STREET_OFFICER),
				Grant.of(EMPLOYER, Role.MERCHANT),
				Grant.of(OWN, Role.RESIDENT, Role.VOLUNTEER));
	}

}
