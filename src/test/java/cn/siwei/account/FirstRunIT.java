package cn.siwei.account;

import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.siwei.platform.Rejected;
import cn.siwei.support.SiweiIT;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Once an installation has accounts, the first setup is closed: its page is gone and no code opens it again. (The
 * setup itself, on an empty installation, is run by {@code .ci/startup-test} on the packaged jar.)
 */
class FirstRunIT extends SiweiIT {

	@Autowired
	FirstRun firstRun;

	@Test
	void anInstallationWithAccountsHasNoSetupPage() throws Exception {
		assertThat(this.firstRun.needed()).isFalse();
		this.mvc.perform(get("/setup")).andExpect(status().isNotFound());
		this.mvc.perform(post("/setup").with(csrf()).param("setupCode", "AAAA-BBBB-CCCC").param("cityCode", "990000")
			.param("cityName", "伪造市").param("username", "intruder").param("displayName", "x")
			.param("password", "Intruder-123").param("repeat", "Intruder-123"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/login")).andExpect(content().string(Matchers.not(
				Matchers.containsString("首次设置"))));
		assertThatThrownBy(() -> this.firstRun.complete(new FirstRun.SetupForm("AAAA-BBBB-CCCC", "990000", "伪造市",
				"intruder", "x", "Intruder-123", "Intruder-123")))
			.isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.messageKey()).isEqualTo("setup.rejected.done"));
		assertThat(this.jdbc.sql("select count(*) from region where code = '990000'").query(Long.class).single()).isZero();
		assertThat(this.accounts()).doesNotContain("intruder");
	}

	private List<String> accounts() {
		return this.jdbc.sql("select username from account").query(String.class).list();
	}

}
