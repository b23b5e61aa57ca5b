package cn.siwei.account;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

import cn.siwei.access.Actor;
import cn.siwei.access.Role;
import cn.siwei.platform.Rejected;
import cn.siwei.support.SiweiIT;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Logging in: passwords hashed adaptively, lockout after repeated failures that lifts with time, password change.
 */
class LoginIT extends SiweiIT {

	@Autowired
	UserDetailsService users;

	@Autowired
	Accounts accounts;

	@Autowired
	PasswordEncoder passwords;

	private Account newAccount(String username) {
		long region = id("region", "code", "650203001001");
		return this.accounts.create(Actor.SYSTEM,
				new Accounts.AccountForm(username, username, Role.COMMUNITY_WORKER, region, null, null), "right-password");
	}

	@Test
	void passwordsAreStoredAsBcryptHashes() {
		Account account = newAccount("hashcheck");
		assertThat(account.passwordHash()).startsWith("{bcrypt}$2").doesNotContain("right-password");
	}

	@Test
	void fiveFailuresInARowPauseTheNameFromThatSourceUntilTheLockoutHasPassed() throws Exception {
		newAccount("locktest");
		for (int i = 0; i < 4; i++) {
			this.mvc.perform(formLogin("/login").user("locktest").password("wrong"))
				.andExpect(redirectedUrl("/login?error=bad&left=" + (4 - i)))
				.andExpect(unauthenticated());
		}
		this.mvc.perform(formLogin("/login").user("locktest").password("wrong"))
			.andExpect(redirectedUrl("/login?error=locked"));
		// Even the right password is refused while locked.
		this.mvc.perform(formLogin("/login").user("locktest").password("right-password"))
			.andExpect(redirectedUrl("/login?error=locked"))
			.andExpect(unauthenticated());

		assertThat(this.jdbc.sql("select count(*) from audit_event where entity_type = 'account' and action = 'LOCKOUT' and entity_id = ?")
			.param(this.accounts.findByUsername("locktest").orElseThrow().id())
			.query(Long.class)
			.single()).isEqualTo(1);

		this.clock.advance(Duration.ofMinutes(16));
		this.mvc.perform(formLogin("/login").user("locktest").password("right-password"))
			.andExpect(authenticated().withUsername("locktest"));
		assertThat(this.accounts.findByUsername("locktest").orElseThrow().failedLogins()).isZero();
	}

	@Test
	void aSuccessfulLoginResetsTheFailureCount() throws Exception {
		newAccount("resettest");
		for (int i = 0; i < 3; i++) {
			this.mvc.perform(formLogin("/login").user("resettest").password("wrong"));
		}
		this.mvc.perform(formLogin("/login").user("resettest").password("right-password")).andExpect(authenticated());
		for (int i = 0; i < 4; i++) {
			this.mvc.perform(formLogin("/login").user("resettest").password("wrong"))
				.andExpect(redirectedUrl("/login?error=bad&left=" + (4 - i)));
		}
	}

	@Test
	void aUserChangesTheirPasswordOnlyByKnowingTheCurrentOne() throws Exception {
		Account account = newAccount("pwchange");
		assertThatThrownBy(() -> this.accounts.changePassword(account.actor(), "not-it", "new-password-1"))
			.isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.messageKey()).isEqualTo("account.rejected.wrongPassword"));
		assertThatThrownBy(() -> this.accounts.changePassword(account.actor(), "right-password", "short"))
			.isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.messageKey()).isEqualTo("account.rejected.passwordShort"));
		this.accounts.changePassword(account.actor(), "right-password", "new-password-1");
		this.mvc.perform(formLogin("/login").user("pwchange").password("right-password")).andExpect(unauthenticated());
		this.mvc.perform(formLogin("/login").user("pwchange").password("new-password-1")).andExpect(authenticated());
		assertThat(this.jdbc.sql("select count(*) from audit_event where entity_type = 'account' and entity_id = ? and action = 'PASSWORD_CHANGE'")
			.param(account.id())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aDeactivatedAccountCannotLogIn() throws Exception {
		Account account = newAccount("gone");
		this.accounts.setActive(Actor.SYSTEM, account.id(), false, "left the job");
		this.mvc.perform(formLogin("/login").user("gone").password("right-password")).andExpect(unauthenticated());
	}

	/** A leader lands on the dashboard, a worker at home; the site's icon is served to anyone. */
	@Test
	void aLeaderLandsOnTheDashboard() throws Exception {
		this.mvc.perform(formLogin("/login").user("leader").password("demo1234")).andExpect(redirectedUrl("/dashboard"));
		this.mvc.perform(formLogin("/login").user("worker").password("demo1234")).andExpect(redirectedUrl("/"));
		this.mvc.perform(get("/favicon.ico")).andExpect(status().isOk());
	}

	/** The account form picks the organisation and the person by name, and shows those already chosen by name. */
	@Test
	void theAccountFormPicksOrganisationAndPersonByName() throws Exception {
		long handler = id("account", "username", "handler");
		String form = this.mvc.perform(get("/accounts/" + handler + "/edit").with(user(this.users.loadUserByUsername("admin"))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(form).contains("value=\"克拉玛依区住房和城乡建设局 · ").doesNotContain("type=\"number\" id=\"organisationId\"")
			.contains("hx-get=\"/organisations/picker?field=organisationId\"", "hx-get=\"/people/picker?field=personId\"",
					"type=\"hidden\" id=\"organisationId\" name=\"organisationId\" value=\"");
		String matches = this.mvc.perform(get("/organisations/picker").param("q", "住房").param("field", "organisationId")
				.with(user(this.users.loadUserByUsername("admin"))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(matches).contains("data-field=\"organisationId\"").contains("克拉玛依区住房和城乡建设局");
	}

}
