package cn.siwei.account;

import java.util.Collection;
import java.util.stream.Stream;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import cn.siwei.access.Actor;
import cn.siwei.access.ActorPrincipal;
import cn.siwei.access.Permission;

/**
 * The logged-in account as Spring Security sees it: role and permissions as authorities.
 */
final class AccountPrincipal implements UserDetails, ActorPrincipal, CredentialsContainer {

	/** The account as it was at the login; its password hash erased once the login succeeded (sessions are stored). */
	private Account account;

	AccountPrincipal(Account account) {
		this.account = account;
	}

	@Override
	public Actor actor() {
		return this.account.actor();
	}

	Account account() {
		return this.account;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return Stream
			.concat(Stream.of("ROLE_" + this.account.role().name()),
					this.account.role().permissions().stream().map(Permission::authority))
			.map(SimpleGrantedAuthority::new)
			.toList();
	}

	@Override
	public String getPassword() {
		return this.account.passwordHash();
	}

	@Override
	public String getUsername() {
		return this.account.username();
	}

	@Override
	public boolean isEnabled() {
		return this.account.active();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof AccountPrincipal p && p.account.id() == this.account.id();
	}

	@Override
	public int hashCode() {
		return Long.hashCode(this.account.id());
	}

	@Override
	public void eraseCredentials() {
		Account a = this.account;
		this.account = new Account(a.id(), a.username(), null, a.displayName(), a.role(), a.regionId(), a.regionPath(),
				a.organisationId(), a.personId(), a.locale(), a.failedLogins(), a.active(), a.securityVersion());
	}

}
