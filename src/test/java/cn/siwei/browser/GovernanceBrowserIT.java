package cn.siwei.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * In real Chromium on a phone's screen: a community worker on a walk records a problem, puts it on the governance
 * list with the property company, notes progress and marks it solved; a resident reads the progress of the lift
 * being installed in their compound and finds nothing to change.
 */
class GovernanceBrowserIT extends BrowserTest {

	@Test
	void aWorkerOnAWalkTakesAProblemFromFoundToSolved() {
		Page page = browser.phone();
		login(page, "worker");
		page.navigate(url("/problems"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("登记问题")).click();
		page.getByLabel("问题类型").selectOption("SAFETY");
		page.getByLabel("发现方式").selectOption("WALK");
		page.getByLabel("问题", new Page.GetByLabelOptions().setExact(true)).fill("浏览器测试：2号楼单元门锁坏");
		page.getByLabel("具体情况").fill("单元门锁坏了，外人随意进出。");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登记问题")).click();
		assertThat(page.locator(".flash.ok")).containsText("问题已登记");
		assertThat(page.locator("h1")).containsText("待列入清单");

		page.getByLabel("责任单位").selectOption(new SelectOption().setLabel("克拉玛依永安物业服务有限公司"));
		page.getByLabel("时限（工作日）").fill("5");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("列入治理清单")).click();
		assertThat(page.locator("h1")).containsText("整改中");
		assertThat(page.locator("dl.facts")).containsText("克拉玛依永安物业服务有限公司");
		page.getByLabel("进展情况").fill("已订购新门锁");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("记录进展")).click();
		page.getByLabel("整改结果").fill("已换新门锁");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("整改销号")).click();
		assertThat(page.locator("h1")).containsText("已销号");
		assertThat(page.locator("ul.timeline")).containsText("已订购新门锁");
		Browser.screenshot(page, "17-problem-solved-phone");
	}

	@Test
	void aResidentReadsTheProgressOfTheLiftInTheirCompound() {
		Page page = browser.phone();
		login(page, "resident");
		page.navigate(url("/renovations"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("永安小区1号楼加装电梯")).click();
		assertThat(page.locator("p.big")).containsText("工程进度 35%");
		assertThat(page.locator("dl.facts")).containsText("20 / 24 户同意");
		assertThat(page.locator("ul.timeline")).containsText("井道基础已完成");
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("更新进度"))).hasCount(0);
		Browser.screenshot(page, "18-renovation-resident-phone");
	}

}
