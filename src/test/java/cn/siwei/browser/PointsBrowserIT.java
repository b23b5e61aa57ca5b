package cn.siwei.browser;

import java.time.Duration;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * In real Chromium, a community's points month on phones: a worker adds a sheet rule, scores households on the monthly sheet and
 * computes the red and black list; a volunteer on the black list objects on her phone; the worker upholds the
 * objection and, after the window, publishes the list; a resident redeems washing liquid and shows the code; the
 * store hands it over by the code; the worker computes a dividend that adds up to the cent.
 */
class PointsBrowserIT extends BrowserTest {

	@Test
	void aCommunitysMonthGoesFromTheSheetToAPublishedListARedemptionAndADividend() {
		Page worker = browser.phone();
		login(worker, "worker");
		worker.navigate(url("/points"));
		worker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("永安社区积分账本")).click();
		// a new sheet rule this month: 垃圾分类
		worker.locator("details summary").click();
		worker.getByLabel("规则代码（字母、数字）").fill("GARBAGE");
		worker.getByLabel("规则名称").fill("垃圾分类");
		worker.getByLabel("分值", new Page.GetByLabelOptions().setExact(true)).fill("10");
		worker.getByLabel("每户每月上限").fill("10");
		worker.getByLabel("积分方式").selectOption("SHEET");
		worker.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("设置规则（新规则或新版本）")).click();
		assertThat(worker.locator("#rules")).containsText("垃圾分类");
		worker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("月度评分表").setExact(false)).click();
		// a community has hundreds of households: each is found by name
		worker.getByLabel("按户名查找").fill("赵红梅");
		worker.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("搜索").setExact(true)).click();
		worker.locator("[data-person='赵红梅'] input").first().fill("3");
		worker.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存本页评分")).click();
		assertThat(worker.locator(".flash.ok")).containsText("已记入 1 项评分");
		worker.getByLabel("按户名查找").fill("马丽");
		worker.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("搜索").setExact(true)).click();
		for (var input : worker.locator("[data-person='马丽'] input").all()) {
			input.fill("10");
		}
		worker.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存本页评分")).click();
		assertThat(worker.locator(".flash.ok")).containsText("已记入 2 项评分");
		Browser.screenshot(worker, "19-points-sheet-phone");
		worker.locator(".crumbs a").last().click();
		worker.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("计算红黑榜")).click();
		assertThat(worker.locator("#black")).containsText("赵红梅");
		assertThat(worker.locator("#red")).containsText("马丽");

		Page volunteer = browser.phone();
		login(volunteer, "volunteer");
		volunteer.navigate(url("/my/points"));
		assertThat(volunteer.locator("main")).containsText("上了黑榜");
		volunteer.getByLabel("异议理由").fill("本月在外照顾住院的母亲，楼道由邻居代为打扫");
		volunteer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提出异议").setExact(false)).click();
		assertThat(volunteer.locator(".flash.ok")).containsText("异议已提交");

		worker.reload();
		worker.locator("[data-objection='赵红梅']").getByLabel("答复").fill("情况属实，本月不上黑榜");
		worker.locator("[data-objection='赵红梅']")
			.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("异议成立（撤下）"))
			.click();
		assertThat(worker.locator("#black")).containsText("已撤下");
		worker.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("公布红黑榜")).click();
		assertThat(worker.locator(".flash.bad")).containsText("结束后才能公布");
		this.clock.advance(Duration.ofDays(6));
		try {
			worker.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("公布红黑榜")).click();
			assertThat(worker.locator(".flash.ok")).containsText("红黑榜已公布");
		}
		finally {
			this.clock.advance(Duration.ofDays(-6));
		}
		Browser.screenshot(worker, "20-points-board-phone");

		Page resident = browser.phone();
		login(resident, "resident");
		resident.navigate(url("/my/points"));
		resident.locator("[data-item='洗衣液（2 kg）']")
			.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("兑换"))
			.click();
		assertThat(resident.locator(".flash.ok")).containsText("积分已冻结");
		String code = resident.locator("[data-redemption='洗衣液（2 kg）'] code.token").first().textContent().strip();
		// another household's objection is theirs alone
		org.assertj.core.api.Assertions.assertThat(resident.locator("main").textContent()).doesNotContain("住院的母亲");
		Browser.screenshot(resident, "21-points-redeem-phone");

		worker.navigate(url("/points/collect?token=" + code));
		worker.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("核对无误，交付物品")).click();
		assertThat(worker.locator(".flash.ok")).containsText("已交付");
		resident.reload();
		assertThat(resident.locator("[data-redemption='洗衣液（2 kg）']").first()).containsText("已领取");

		worker.navigate(url("/points"));
		worker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("永安社区积分账本")).click();
		worker.getByLabel("分红名称").fill("浏览器测试分红");
		worker.getByLabel("分红总额（元）").fill("1000.00");
		worker.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("计算分红")).click();
		assertThat(worker.locator(".flash.ok")).containsText("分红已计算");
		assertThat(worker.locator("[data-dividend='浏览器测试分红']")).containsText("1000.00");
	}

}
