package cn.siwei.figures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.siwei.access.Actor;
import cn.siwei.access.ActorPrincipal;
import cn.siwei.region.Region;
import cn.siwei.region.Regions;
import cn.siwei.support.SiweiIT;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every number on the dashboard opens onto exactly the records it counts: for every registered capability, every
 * figure, rate numerator, category and channel, at nodes from the city to a compound and over periods of every
 * kind, the list behind the link is as long as the number.
 */
class DashboardIT extends SiweiIT {

	@Autowired
	Dashboards dashboards;

	@Autowired
	Regions regions;

	@Autowired
	UserDetailsService users;

	final JsonMapper json = JsonMapper.builder().build();

	Actor actor(String username) {
		return ((ActorPrincipal) this.users.loadUserByUsername(username)).actor();
	}

	/** The length of the list a page link opens, read from the same list's JSON. */
	long listed(String link) throws Exception {
		String body = this.mvc.perform(get("/api/v1" + link).with(user(this.users.loadUserByUsername("admin"))))
			.andReturn().getResponse().getContentAsString();
		JsonNode page = this.json.readTree(body);
		assertThat(page.has("total")).as(link + " → " + body).isTrue();
		return page.get("total").asLong();
	}

	/**
	 * The platform's sweeps run on their own timers while the test reads (they flag what is late at the test clock's
	 * time): a flag set between reading a figure and reading its list changes both. So the whole check is taken
	 * again when it disagrees; a sweep flags each record once, so a second pass reads still data, and a real
	 * disagreement fails every pass.
	 */
	@Test
	void everyFigureOnTheDashboardEqualsTheLengthOfItsList() throws Exception {
		for (int pass = 1;; pass++) {
			try {
				checkEveryFigure();
				return;
			}
			catch (AssertionError ex) {
				if (pass == 3) {
					throw ex;
				}
			}
		}
	}

	void checkEveryFigure() throws Exception {
		List<Region> nodes = List.of(this.regions.findByCode("650200").orElseThrow(),
				this.regions.findByCode("650203").orElseThrow(), this.regions.findByCode("650203001").orElseThrow(),
				this.regions.findByCode("650203001001").orElseThrow(),
				this.regions.findByCode("650203001001-01").orElseThrow());
		LocalDate today = LocalDate.now(this.clock);
		List<Period> periods = new ArrayList<>();
		for (Period.Kind kind : List.of(Period.Kind.DAY, Period.Kind.WEEK, Period.Kind.MONTH, Period.Kind.QUARTER, Period.Kind.YEAR)) {
			periods.add(Period.of(kind, today));
		}
		periods.add(Period.custom(today.minusDays(75), today.plusDays(3)));
		int checked = 0;
		for (Region node : nodes) {
			for (Period period : periods) {
				Dashboards.View view = this.dashboards.of(actor("admin"), node.id(), period, Locale.CHINESE);
				assertThat(view.sections()).extracting(Dashboards.Section::kind).contains("request", "wish");
				for (Dashboards.Section s : view.sections()) {
					String what = s.kind() + " " + node.name() + " " + period;
					for (Dashboards.Tile t : s.tiles()) {
						if (summed(s.kind(), t.key())) {
							// a sum (points awarded): its list is the records summed, exact by the rollups' check
							assertThat(listed(t.link()) > 0).as(what + " " + t.key()).isEqualTo(t.value() != 0);
						}
						else {
							assertThat(listed(t.link())).as(what + " " + t.key()).isEqualTo(t.value());
						}
						checked++;
					}
					String first = s.tiles().get(0).key();
					for (Dashboards.Slice c : s.categories()) {
						assertThat(listed(c.link())).as(what + " category " + c.label()).isEqualTo(c.values().get(first));
					}
					for (Dashboards.Slice c : s.channels()) {
						assertThat(listed(c.link())).as(what + " channel " + c.label()).isEqualTo(c.values().get(first));
					}
					long children = s.children().stream().mapToLong(c -> c.values().get(first)).sum();
					assertThat(children).as(what + " sub-regions").isLessThanOrEqualTo(s.tiles().get(0).value());
				}
			}
		}
		assertThat(checked).isGreaterThan(100);
	}

	@Test
	void thePageDrawsForALeaderAndOnTheWall() throws Exception {
		String page = this.mvc.perform(get("/dashboard").param("kind", "YEAR").with(user(this.users.loadUserByUsername("leader"))))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("统计看板", "受理率", "class=\"dash-data\"", "echarts");
		// only a rate with a target is coloured, against it; the others are not red for nothing
		assertThat(page).contains("目标 95%").doesNotContain("class=\"tile rate \"");
		Dashboards.View view = this.dashboards.of(actor("leader"), this.regions.home(actor("leader")).id(),
				Period.of(Period.Kind.YEAR, LocalDate.now(this.clock)), Locale.CHINESE);
		var requests = view.sections().stream().filter(x -> x.kind().equals("request")).findFirst().orElseThrow();
		assertThat(requests.rates()).filteredOn(r -> r.key().equals("ACCEPTANCE_RATE")).allSatisfy(r -> assertThat(r.standing()).isEmpty());
		assertThat(requests.rates()).filteredOn(r -> r.key().equals("SATISFACTION_RATE") && r.value() != null)
			.allSatisfy(r -> assertThat(r.standing()).isIn("met", "near", "below"));
		assertThat(new Dashboards.RateTile("X", "", "", new BigDecimal("93.0"), null, "", new BigDecimal("95")).standing())
			.isEqualTo("near");
		assertThat(new Dashboards.RateTile("X", "", "", new BigDecimal("89.9"), null, "", new BigDecimal("95")).standing())
			.isEqualTo("below");
		String wall = this.mvc.perform(get("/dashboard").param("wall", "true").with(user(this.users.loadUserByUsername("leader"))))
			.andReturn().getResponse().getContentAsString();
		assertThat(wall).contains("http-equiv=\"refresh\"", "class=\"wall\"");
		// a volunteer sees the wish figures of their region, not the requests
		Dashboards.View volunteer = this.dashboards.of(actor("volunteer"), this.regions.home(actor("volunteer")).id(),
				Period.of(Period.Kind.YEAR, LocalDate.now(this.clock)), Locale.CHINESE);
		assertThat(volunteer.sections()).extracting(Dashboards.Section::kind).containsExactly("wish");
	}

	@Autowired
	Rollups rollupsForMeasures;

	/** Whether a figure adds up a measure of its records (points) rather than counting them. */
	boolean summed(String kind, String key) {
		return this.rollupsForMeasures.sources().stream().filter(x -> x.kind().equals(kind)).flatMap(x -> x.figures().stream())
			.anyMatch(f -> f.key().equals(key) && !"1".equals(f.measure()));
	}

}
