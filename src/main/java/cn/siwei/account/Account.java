package cn.siwei.account;

import java.io.Serializable;

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
 * @param failedLogins failed logins in a row, from anywhere (shown to administrators)
 * @param active false once deactivated
 * @param securityVersion raised whenever what the account may do changes; older sessions end
 */
public record Account(long id, String username, String passwordHash, String displayName, Role role, long regionId,
		String regionPath, Long organisationId, Long personId, String locale, int failedLogins, boolean active,
		int securityVersion) implements Serializable {

	public Actor actor() {
		return new Actor(this.id, this.username, this.displayName, this.role, this.regionPath, this.organisationId,
				this.personId);
	}

}
