package cn.siwei.access;

import java.io.Serializable;

/**
 * Who is acting: the logged-in account, its role and where in the region tree it is bound.
 *
 * @param accountId the account
 * @param username login name
 * @param displayName name shown in the UI and the audit trail
 * @param role the account's role
 * @param regionPath path of the region node the account is bound to
 * @param organisationId the organisation of a department handler, otherwise null
 * @param personId the person record of a resident or volunteer, otherwise null
 */
public record Actor(long accountId, String username, String displayName, Role role, String regionPath,
		Long organisationId, Long personId) implements Serializable {

	/** The actor used for work the platform does by itself (start-up, demo data, timers). */
	public static final Actor SYSTEM = new Actor(0, "system", "system", Role.ADMIN, "/", null, null);

	public boolean can(Permission permission) {
		return this.role.can(permission);
	}

	/** The data this actor may see. */
	public Scope scope() {
		return this.role == Role.RESIDENT || this.role == Role.VOLUNTEER ? new Scope(this.regionPath, ownPerson())
				: Scope.of(this.regionPath);
	}

	private Long ownPerson() {
		// An account without a person record sees no one: -1 matches no id.
		return this.personId != null ? this.personId : -1L;
	}

	/**
	 * Throws {@link AccessDenied} unless this actor has the permission.
	 * @param permission what is needed
	 */
	public void require(Permission permission) {
		if (!can(permission)) {
			throw new AccessDenied(permission);
		}
	}

}
