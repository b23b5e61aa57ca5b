package cn.siwei.browser;

import java.time.Duration;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.siwei.request.RequestSweep;
import cn.siwei.request.Requests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The five orders in real Chromium, each role doing its part: a resident places a request on a phone; the
 * community worker takes it and escalates it to the street; the street studies it and summons two departments;
 * the report deadline passes (the clock is moved) and the street sees it on the supervision list and reminds;
 * each department reports in, claims and finishes its part; the resident evaluates and rates both.
 */
class RequestLoopBrowserIT extends BrowserTest {

	static final String HOUSING = "克拉玛依区住房和城乡建设局";

	static final String CITY = "克拉玛依区城市管理局";

	@Autowired
	Requests requests;

	@Autowired
	RequestSweep sweep;

	@Test
	void aRequestGoesFromAResidentsPhoneThroughTheStreetAndTwoDepartmentsToTheResidentsEvaluation() {
		String text = "楼下人行道塌了一个坑，晚上很危险（浏览器测试）";
		Page resident = browser.phone();
		login(resident, "resident");
		resident.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("有事您说（提诉求）")).click();
		resident.getByLabel("类别").selectOption(new SelectOption().setLabel("市政设施"));
		resident.getByLabel("诉求内容").fill(text);
		resident.getByLabel("地点").fill("永安小区1号楼南侧");
		Browser.screenshot(resident, "30-resident-places-a-request");
		resident.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交诉求")).click();
		assertThat(resident.locator(".flash.ok")).containsText("诉求已提交");
		String requestUrl = resident.url();
		// on the phone: by when they will hear back, as a day; then they urge it on and add what they forgot
		assertThat(resident.locator(".facts")).containsText("前回复");
		resident.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("催一催")).click();
		assertThat(resident.locator(".flash.ok")).isVisible();
		resident.getByText("补充情况").click();
		resident.getByLabel("补充的内容").fill("坑边已经放了一块砖提醒路人");
		resident.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交补充")).click();
		assertThat(resident.locator("ol")).containsText("坑边已经放了一块砖提醒路人");
		assertThat(resident.locator("ol")).containsText("居民第 1 次催办");
		Browser.screenshot(resident, "30b-resident-urges-and-adds");

		Page worker = browser.desktop();
		login(worker, "worker");
		worker.navigate(url("/requests?status=SUBMITTED"));
		worker.getByText(text.substring(0, 12)).first().click();
		worker.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("接单").setExact(true)).click();
		assertThat(worker.locator("h1")).containsText("已接单待派单");
		worker.locator("#escalateReason").fill("涉及道路和地下管网，需要街道协调城管和住建");
		worker.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("上报街道（吹哨）")).click();
		assertThat(worker.locator("h1")).containsText("已上报街道");
		Browser.screenshot(worker, "31-worker-escalates");

		Page street = browser.desktop();
		login(street, "street");
		street.navigate(requestUrl);
		street.locator("#studyNote").fill("路面归城管，管网归住建，两家同时到场");
		street.locator("#studyNote").press("Enter");
		street.getByLabel(HOUSING).check();
		street.getByLabel(CITY).check();
		street.locator("#summonTask").fill("三个工作日内修复");
		Browser.screenshot(street, "32-street-summons-two-departments");
		street.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("吹哨").setExact(true)).click();
		assertThat(street.locator("h1")).containsText("办理中");
		assertThat(street.locator("table")).containsText("待报到");

		// Nobody reports in; the deadline passes and the street sees it on the supervision list.
		this.clock.advance(Duration.ofDays(5));
		this.sweep.sweep();
		street.navigate(url("/requests/supervision"));
		Locator late = street.locator("tr", new Page.LocatorOptions().setHasText(text.substring(0, 12))).first();
		assertThat(late).containsText("超时");
		Browser.screenshot(street, "33-supervision-list");
		late.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("督办")).click();

		for (String[] unit : new String[][] { { "handler", HOUSING, "地下管网已修复" }, { "cityhandler", CITY, "路面已修补" } }) {
			Page handler = browser.desktop();
			login(handler, unit[0]);
			handler.navigate(url("/requests/tasks"));
			assertThat(handler.locator("main")).containsText(text.substring(0, 12));
			handler.getByText(text.substring(0, 12)).first().click();
			Locator row = handler.locator("tr", new Page.LocatorOptions().setHasText(unit[1]));
			row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("报到")).click();
			row = handler.locator("tr", new Page.LocatorOptions().setHasText(unit[1]));
			row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("领单")).click();
			// the unit calls the reporter back before going out
			handler.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查看电话")).click();
			assertThat(handler.locator("#reporterContact a.call")).hasAttribute("href", Pattern.compile("^tel:1\\d{10}$"));
			row = handler.locator("tr", new Page.LocatorOptions().setHasText(unit[1]));
			row.getByPlaceholder("办理结果").fill(unit[2]);
			row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("办结").setExact(true)).click();
			assertThat(handler.locator("tr", new Page.LocatorOptions().setHasText(unit[1]))).containsText("已办结");
			Browser.screenshot(handler, "34-" + unit[0] + "-done");
		}

		resident.navigate(requestUrl);
		assertThat(resident.locator("h1")).containsText("已办结待评价");
		assertThat(resident.locator("ol")).containsText("街道吹哨");
		assertThat(resident.locator("ol")).not().containsText("路面归城管");
		resident.getByLabel("已解决", new Page.GetByLabelOptions().setExact(true)).check();
		resident.getByLabel("满意", new Page.GetByLabelOptions().setExact(true)).check();
		resident.getByRole(AriaRole.RADIOGROUP, new Page.GetByRoleOptions().setName("给“" + HOUSING + "”打分"))
			.getByLabel("5 星").check();
		resident.getByRole(AriaRole.RADIOGROUP, new Page.GetByRoleOptions().setName("给“" + CITY + "”打分"))
			.getByLabel("4 星").check();
		Browser.screenshot(resident, "35-resident-evaluates");
		resident.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交评价")).click();
		assertThat(resident.locator("h1")).containsText("已评价办结");
		assertThat(resident.locator("table")).containsText("5★");

		worker.navigate(url("/requests/figures"));
		assertThat(worker.locator("main")).containsText("满意率");
		Browser.screenshot(worker, "36-request-figures");
	}

}
