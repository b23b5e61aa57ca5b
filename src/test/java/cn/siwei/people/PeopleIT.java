package cn.siwei.people;

import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.siwei.access.AccessDenied;
import cn.siwei.access.Actor;
import cn.siwei.access.ActorPrincipal;
import cn.siwei.platform.NotFound;
import cn.siwei.platform.Rejected;
import cn.siwei.support.SiweiIT;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * People: validation explained per field, masking everywhere, audited reveals, and the audit trail of changes.
 */
class PeopleIT extends SiweiIT {

	@Autowired
	People people;

	@Autowired
	UserDetailsService users;

	Actor actor(String username) {
		return ((ActorPrincipal) this.users.loadUserByUsername(username)).actor();
	}

	RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	@Test
	void aFormWithManyMistakesExplainsEachNextToItsFieldAndSavesNothing() throws Exception {
		long before = this.jdbc.sql("select count(*) from person").query(Long.class).single();
		this.mvc.perform(post("/people").with(as("worker")).with(csrf())
			.param("name", "")
			.param("phone", "12345")
			.param("idNumber", "650203199001011234")
			.param("gender", "X"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("此项必填")))
			.andExpect(content().string(Matchers.containsString("电话号码格式不正确")))
			.andExpect(content().string(Matchers.containsString("身份证号不正确")))
			.andExpect(content().string(Matchers.containsString("性别只能是男或女")))
			.andExpect(content().string(Matchers.containsString("id=\"name-error\"")))
			.andExpect(content().string(Matchers.containsString("id=\"regionId-error\"")));
		assertThat(this.jdbc.sql("select count(*) from person").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void theSameMistakesAreExplainedInEnglishToAnEnglishUser() throws Exception {
		// English chosen on the login page: the choice is kept in the session (in the database), the cookie names it
		jakarta.servlet.http.Cookie session = this.mvc.perform(post("/locale").param("lang", "en").with(csrf()))
			.andReturn().getResponse().getCookie("SESSION");
		this.mvc.perform(post("/people").with(as("worker")).with(csrf())
			.cookie(session)
			.param("name", "")
			.param("phone", "12345"))
			.andExpect(content().string(Matchers.containsString("This field is required.")))
			.andExpect(content().string(Matchers.containsString("The phone number is wrong")));
	}

	@Test
	void creatingAndChangingAPersonIsAuditedWithBeforeAndAfter() {
		Actor worker = actor("worker");
		long region = id("region", "code", "650203001001-01-01-1");
		PersonForm form = new PersonForm();
		form.setRegionId(region);
		form.setName("测试居民甲");
		form.setPhone("13912345678");
		long id = this.people.create(worker, form);
		form.setName("测试居民乙");
		this.people.update(worker, id, form);
		this.people.setActive(worker, id, false, "搬离本社区");

		var trail = this.jdbc.sql("""
				select action, actor_name, before::text as b, after::text as a, reason from audit_event
				where entity_type = 'person' and entity_id = ? order by id""")
			.param(id)
			.query((rs, n) -> List.of(rs.getString("action"), rs.getString("actor_name"), String.valueOf(rs.getString("b")),
					String.valueOf(rs.getString("a")), String.valueOf(rs.getString("reason"))))
			.list();
		assertThat(trail).hasSize(3);
		assertThat(trail.get(0).get(0)).isEqualTo("CREATE");
		assertThat(trail.get(1).get(0)).isEqualTo("UPDATE");
		assertThat(trail.get(1).get(2)).contains("测试居民甲");
		assertThat(trail.get(1).get(3)).contains("测试居民乙");
		assertThat(trail.get(2)).containsExactly("DEACTIVATE", "马丽（永安社区）", "{\"active\": true}",
				"{\"active\": false}", "搬离本社区");
		// The trail never holds a full phone number.
		assertThat(trail.get(0).get(3)).contains("139****5678").doesNotContain("13912345678");
	}

	@Test
	void listsAndPagesShowPersonalDataMaskedToEveryRole() throws Exception {
		for (String login : List.of("admin", "leader", "street", "worker")) {
			String page = this.mvc.perform(get("/people").param("q", "王秀兰").with(as(login)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).contains("王秀兰").contains("139****1234").doesNotContain("13909901234");
			String api = this.mvc.perform(get("/api/v1/people").param("q", "王秀兰").with(as(login)))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(api).contains("139****1234").doesNotContain("13909901234");
		}
		long wang = id("person", "name", "王秀兰");
		String detail = this.mvc.perform(get("/people/" + wang).with(as("worker")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// A vulnerable person's exact address is masked too.
		assertThat(detail).doesNotContain("1单元101").contains("****");
	}

	@Test
	void revealingAValueIsAllowedOnlyToRolesThatNeedItAndIsAudited() throws Exception {
		long wang = id("person", "name", "王秀兰");
		long before = countViews(wang);
		// Without a reason nothing is shown and nothing is written.
		this.mvc.perform(post("/people/" + wang + "/reveal").param("field", "PHONE").with(as("worker")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.not(Matchers.containsString("13909901234"))))
			.andExpect(content().string(Matchers.containsString("须说明原因")));
		assertThat(countViews(wang)).isEqualTo(before);
		// The page's button asks for the reason and sends it in htmx's prompt header.
		this.mvc.perform(post("/people/" + wang + "/reveal").param("field", "PHONE").header("HX-Prompt", "电话回访")
			.with(as("worker")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("13909901234")));
		assertThat(countViews(wang)).isEqualTo(before + 1);
		String who = this.jdbc.sql("""
				select actor_name || ' ' || (after->>'field') || ' ' || reason from audit_event
				where entity_type = 'person' and entity_id = ? and action = 'VIEW_PERSONAL_DATA' order by id desc limit 1""")
			.param(wang)
			.query(String.class)
			.single();
		assertThat(who).isEqualTo("马丽（永安社区） PHONE 电话回访");

		this.mvc.perform(post("/people/" + wang + "/reveal").param("field", "PHONE").param("reason", "x")
			.with(as("leader")).with(csrf()))
			.andExpect(status().isForbidden());
		assertThatThrownBy(() -> this.people.reveal(actor("leader"), wang, People.PersonalField.PHONE, "看看"))
			.isInstanceOf(AccessDenied.class);
		assertThat(countViews(wang)).isEqualTo(before + 1);
	}

	@Test
	void aWorkerCannotReachAPersonOfAnotherCommunity() {
		long zhang = id("person", "name", "张桂芳");
		assertThatThrownBy(() -> this.people.view(actor("worker"), zhang)).isInstanceOf(NotFound.class);
		assertThat(this.people.list(actor("worker"), "张桂芳", null, null, false, 0, 20).total()).isZero();
		assertThat(this.people.list(actor("worker9"), "张桂芳", null, null, false, 0, 20).total()).isEqualTo(1);
	}

	@Test
	void aResidentSeesOnlyTheirOwnRecord() throws Exception {
		Actor resident = actor("resident");
		assertThat(this.people.self(resident)).map(PersonView::name).contains("阿力木·吐尔逊");
		this.mvc.perform(get("/").with(as("resident")))
			.andExpect(content().string(Matchers.containsString("阿力木·吐尔逊")));
		this.mvc.perform(get("/people").with(as("resident"))).andExpect(status().isForbidden());
		assertThatThrownBy(() -> this.people.view(resident, id("person", "name", "王秀兰")))
			.isInstanceOf(AccessDenied.class);
	}

	@Test
	void vulnerablePeopleComeFirst() {
		var page = this.people.list(actor("worker"), "", null, id("region", "code", "650203001001-01-01"), false, 0, 50);
		var first = page.items().get(0);
		assertThat(first.careTags()).isNotEmpty();
		boolean seenUntagged = false;
		for (PersonView p : page.items()) {
			if (p.careTags().isEmpty()) {
				seenUntagged = true;
			}
			else {
				assertThat(seenUntagged).as("a tagged person after an untagged one: " + p.name()).isFalse();
			}
		}
	}

	@Test
	void anIdNumberCannotBeRegisteredTwice() {
		Actor worker = actor("worker");
		PersonForm form = new PersonForm();
		form.setRegionId(id("region", "code", "650203001001"));
		form.setName("重复身份证");
		form.setIdNumber(this.jdbc.sql("select id_number from person where name = '王秀兰'").query(String.class).single());
		assertThatThrownBy(() -> this.people.create(worker, form)).isInstanceOfSatisfying(Rejected.class,
				r -> assertThat(r.violations()).anyMatch(v -> v.field().equals("idNumber")
						&& v.messageKey().equals("people.rejected.idNumberTaken")));
	}

	private long countViews(long personId) {
		return this.jdbc.sql("select count(*) from audit_event where entity_type = 'person' and entity_id = ? and action = 'VIEW_PERSONAL_DATA'")
			.param(personId)
			.query(Long.class)
			.single();
	}

}
