package cn.siwei.account;

import cn.siwei.access.Role;

/**
 * The account form of the administrator's pages.
 */
public class AccountForm {

	private String username;

	private String displayName;

	private Role role;

	private Long regionId;

	private Long organisationId;

	private Long personId;

	private String password;

	Accounts.AccountForm toCommand() {
		return new Accounts.AccountForm(this.username, this.displayName, this.role, this.regionId, this.organisationId,
				this.personId);
	}

	static AccountForm of(Account a) {
		AccountForm f = new AccountForm();
		f.username = a.username();
		f.displayName = a.displayName();
		f.role = a.role();
		f.regionId = a.regionId();
		f.organisationId = a.organisationId();
		f.personId = a.personId();
		return f;
	}

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public Role getRole() {
		return this.role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public Long getRegionId() {
		return this.regionId;
	}

	public void setRegionId(Long regionId) {
		this.regionId = regionId;
	}

	public Long getOrganisationId() {
		return this.organisationId;
	}

	public void setOrganisationId(Long organisationId) {
		this.organisationId = organisationId;
	}

	public Long getPersonId() {
		return this.personId;
	}

	public void setPersonId(Long personId) {
		this.personId = personId;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}
