package cn.siwei.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A leader reads the figures in Chromium: the dashboard with its charts, a figure opened onto its records, the
 * wall display, the month's ranking with a comment, the hot topics, and a worker's to-dos on the home page.
 */
class DashboardBrowserIT extends BrowserTest {

	@Test
	void aLeaderReadsTheDashboardOpensAFigureRanksAndComments() {
		Page leader = browser.desktop();
		login(leader, "leader");
		leader.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("统计看板").setExact(true)).first().click();
		assertThat(leader.locator("h1")).containsText("统计看板");
		leader.getByLabel("统计周期").selectOption("YEAR");
		leader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("筛选")).click();
		assertThat(leader.locator("main")).containsText("受理率");
		// the charts are drawn (SVG)
		assertThat(leader.locator("#trend-request svg").first()).isVisible();
		Browser.screenshot(leader, "40-leader-dashboard");

		// a number opens onto the records it counts
		leader.locator("a.tile", new Page.LocatorOptions().setHasText("接单（受理）")).first().click();
		assertThat(leader.locator("h1")).containsText("诉求台账");
		assertThat(leader.locator("main")).containsText("以下是");
		Browser.screenshot(leader, "41-figure-opened");

		leader.navigate(url("/dashboard?wall=true&kind=YEAR"));
		assertThat(leader.locator("body.wall")).isVisible();
		assertThat(leader.locator("header.top")).hasCount(0);
		// the wall display is one screen, both halves and their charts on it, at full HD and at 4K
		for (int[] size : new int[][] { { 1920, 1080 }, { 3840, 2160 } }) {
			Page wall = browser.screen(size[0], size[1]);
			login(wall, "leader");
			wall.navigate(url("/dashboard?wall=true&kind=YEAR"));
			assertThat(wall.locator(".dash-section")).hasCount(2);
			Number height = (Number) wall.evaluate("document.documentElement.scrollHeight");
			org.assertj.core.api.Assertions.assertThat(height.intValue()).as("page height at " + size[0] + "×" + size[1])
				.isLessThanOrEqualTo(size[1]);
			Number lowest = (Number) wall.evaluate(
					"Math.max(...[...document.querySelectorAll('.chart, .tile')].map(e => e.getBoundingClientRect().bottom))");
			org.assertj.core.api.Assertions.assertThat(lowest.intValue()).as("every tile and chart on screen").isLessThanOrEqualTo(size[1]);
			Number label = (Number) wall.evaluate("parseFloat(getComputedStyle(document.querySelector('.tile .value')).fontSize)");
			org.assertj.core.api.Assertions.assertThat(label.doubleValue()).as("numbers readable across a room").isGreaterThanOrEqualTo(size[1] * 0.04);
			Browser.screenshot(wall, "42-wall-display-" + size[0]);
		}

		leader.navigate(url("/rankings?level=COMMUNITY"));
		assertThat(leader.locator("h1")).containsText("月度排名");
		leader.locator("#text").fill("永安社区响应及时，继续保持。");
		leader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).last().click();
		assertThat(leader.locator("main")).containsText("永安社区响应及时");
		Browser.screenshot(leader, "43-ranking-with-comment");

		leader.navigate(url("/hot-topics"));
		assertThat(leader.locator("h1")).containsText("热点话题");
		// of the month under way, in words a reader recognises (not windows such as 区东 or 灯坏)
		assertThat(leader.locator("main")).containsText("路灯");
		assertThat(leader.locator("main")).not().containsText("灯坏");
		assertThat(leader.locator("main")).not().containsText("永安"); // a place's name says where, not what
		Browser.screenshot(leader, "44-hot-topics");

		Page worker = browser.desktop();
		login(worker, "worker");
		assertThat(worker.locator(".tiles")).containsText("待接单诉求");
		Browser.screenshot(worker, "45-worker-to-dos");
		worker.locator("a.tile", new Page.LocatorOptions().setHasText("待接单诉求")).click();
		assertThat(worker.locator("h1")).containsText("诉求台账");
	}

}
