package cn.siwei.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * In real Chromium: a community worker receives a property dispute, assigns a mediator, accepts it, records a
 * signed session, writes the agreement, records the application for judicial confirmation and closes the case
 * after the follow-up visit.
 */
class MediationBrowserIT extends BrowserTest {

	@Test
	void aWorkerTakesAPropertyDisputeFromReceptionToTheFollowUpVisit() {
		Page page = browser.desktop();
		login(page, "worker");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("矛盾调解").setExact(true)).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("接待登记")).click();
		page.getByLabel("纠纷类型").selectOption("PROPERTY");
		page.getByLabel("申请人", new Page.GetByLabelOptions().setExact(true)).fill("浏览器业主");
		page.getByLabel("申请人电话", new Page.GetByLabelOptions().setExact(true)).fill("13900001234");
		page.getByLabel("被申请人", new Page.GetByLabelOptions().setExact(true)).fill("浏览器物业公司");
		page.getByLabel("纠纷事实").fill("浏览器测试：电梯停运一个月无人维修。");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("接待登记")).click();
		assertThat(page.locator(".flash.ok")).containsText("纠纷已登记");
		assertThat(page.locator("dl.facts")).containsText("139****1234");

		page.getByLabel("调解员").fill("马丽");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("指派调解员")).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("受理（开始计时）")).click();
		assertThat(page.locator("h1")).containsText("已受理");
		page.getByLabel("调解笔录").fill("双方到场，物业同意十日内修复电梯。");
		page.getByLabel("双方已在笔录上签字").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("记录调解")).click();
		page.getByLabel("协议内容").fill("物业公司十日内修复电梯并减免一个月电梯费。");
		page.getByLabel("履行方式、地点、期限").fill("十日内修复，下月物业费中减免。");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("达成协议")).click();
		assertThat(page.locator("#agreement")).containsText("人民调解协议书");
		assertThat(page.locator("#agreement")).containsText("浏览器业主");
		page.getByLabel("申请司法确认日期").fill("2026-11-27");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("记录司法确认申请")).click();
		assertThat(page.locator("dl.facts")).containsText("2026-11-27 已申请");
		Browser.screenshot(page, "16-mediation-agreement");
		page.getByLabel("履行情况").selectOption("PERFORMED");
		page.getByLabel("回访记录").fill("电梯已修好。");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("回访并结案")).click();
		assertThat(page.locator("h1")).containsText("已结案");
		assertThat(page.locator("ul.timeline")).containsText("回访");
	}

}
