package cn.siwei.account;

import java.time.Instant;

import cn.siwei.access.Actor;
import cn.siwei.access.Role;

/**
 * A login.
 *
 * @param id the account
 * @param username login name
 * @param passwordHash the adaptive hash of the password (never the password)
 * @param displayName shown in the UI and the audit trail
 * @param role what the account may do
 * @param regionId the region node it is bound to
 * @param regionPath that node's path
 * @param organisationId a department handler's organisation
 * @param personId the person record of a resident or volunteer
 * @param locale the UI language, zh-CN or en
 * @param failedLogins failed logins in a row
 * @param lockedUntil until when it is locked after too many failed logins
 * @param active false once deactivated
 */
public record Account(long id, String username, String passwordHash, String displayName, Role role, long regionId,
		String regionPath, Long organisationId, Long personId, String locale, int failedLogins, Instant lockedUntil,
		boolean active) {

	public Actor actor() {
		return new Actor(this.id, this.username, this.displayName, this.role, this.regionPath, this.organisationId,
				this.personId);
	}

	/** Whether the account is locked at {@code now}. */
	public boolean lockedAt(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

}
