package cn.siwei.access;

import java.util.List;
import java.util.Set;

/**
 * The permissions a capability declares and the roles that hold them. Each capability defines one as a bean in
 * its own package; the platform gives the roles these permissions at start-up (an administrator holds every
 * permission anyway).
 */
public interface PermissionGrants {

	/** The capability's permissions, each with the roles that hold it. */
	List<Grant> grants();

	/**
	 * @param permission a permission of the capability
	 * @param roles the roles that hold it
	 */
	record Grant(Permission permission, Set<Role> roles) {

		public static Grant of(Permission permission, Role... roles) {
			return new Grant(permission, Set.of(roles));
		}

	}

}
