package cn.siwei.wish;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.siwei.access.Actor;
import cn.siwei.access.ActorPrincipal;
import cn.siwei.support.SiweiIT;
import cn.siwei.wish.WishTerms.Channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A volunteer who claims a wish can reach the person: the phone to tap and the address, while the claim lasts,
 * each view in the audit trail; nobody else through the wish, and nobody once the work is done.
 */
class WishContactsIT extends SiweiIT {

	@Autowired
	Wishes wishes;

	@Autowired
	WishQueries queries;

	@Autowired
	UserDetailsService users;

	RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	Actor actor(String username) {
		return ((ActorPrincipal) this.users.loadUserByUsername(username)).actor();
	}

	@Test
	void theClaimantReachesTheBeneficiaryWhileTheClaimLastsAndEveryViewIsRecorded() throws Exception {
		long wang = id("person", "name", "王秀兰");
		long category = this.queries.categories(Locale.SIMPLIFIED_CHINESE).get(0).id();
		long wish = this.wishes.collect(Actor.SYSTEM, WishForm.of(wang, category, "对接测试：想请人帮忙换灯泡。", Channel.PHONE));
		this.wishes.claim(actor("volunteer"), wish, null);

		this.mvc.perform(get("/wishes/" + wish).with(as("volunteer")))
			.andExpect(content().string(containsString("查看电话和地址")))
			.andExpect(content().string(not(containsString("13909901234"))));
		long audited = audits(wang);
		this.mvc.perform(post("/wishes/" + wish + "/contact-details").with(as("volunteer")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(content().string(containsString("href=\"tel:13909901234\"")))
			.andExpect(content().string(containsString("永安小区1号楼1单元101")));
		assertThat(audits(wang)).isEqualTo(audited + 1);

		// staff and other forces do not get it through the wish
		this.mvc.perform(post("/wishes/" + wish + "/contact-details").with(as("worker")).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/wishes/" + wish).with(as("worker")))
			.andExpect(content().string(not(containsString("查看电话和地址"))));

		// once the work is done, the claim no longer reaches the person
		this.wishes.recordContact(actor("volunteer"), wish, LocalDate.now(this.clock).plusDays(3), null);
		this.wishes.complete(actor("volunteer"), wish, "换好了");
		this.mvc.perform(post("/wishes/" + wish + "/contact-details").with(as("volunteer")).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/wishes/" + wish).with(as("volunteer")))
			.andExpect(content().string(not(containsString("查看电话和地址"))));
		assertThat(audits(wang)).isEqualTo(audited + 1);
	}

	long audits(long person) {
		return this.jdbc.sql("""
				select count(*) from audit_event
				where entity_type = 'person' and entity_id = ? and action = 'VIEW_PERSONAL_DATA'""")
			.param(person).query(Long.class).single();
	}

}
