package cn.siwei.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * In real Chromium: a community worker convenes a six-party talk, opens it, signs the parties in, records a
 * decision once the quorum is there, closes the meeting with its minutes, and marks the decision done; the
 * owners' meeting shows each result of its vote with the arithmetic of Civil Code art. 278.
 */
class MeetingBrowserIT extends BrowserTest {

	@Test
	void aWorkerRunsASixPartyTalkFromConveningToADecisionDone() {
		Page page = browser.desktop();
		login(page, "worker");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("议事协商").setExact(true)).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("召集会议")).click();
		page.getByLabel("议题").fill("浏览器测试：楼道堆物六方会谈");
		page.getByLabel("地点").fill("永安社区会议室");
		page.getByLabel("召集单位").fill("永安社区居委会");
		page.getByLabel("法定到会人数").fill("2");
		page.getByLabel("参会各方").fill("社区居委会\n物业服务公司\n社区民警");
		page.getByLabel("议程").fill("楼道堆物清理\n消防通道");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("召集会议")).click();
		assertThat(page.locator(".flash.ok")).containsText("会议已召集");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("开始会议")).click();
		assertThat(page.locator("img.qr")).isVisible();
		for (String[] a : new String[][] { { "马丽", "社区居委会" }, { "物业张经理", "物业服务公司" } }) {
			page.getByLabel("姓名").fill(a[0]);
			page.getByLabel("代表哪一方").fill(a[1]);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("代为签到")).click();
			assertThat(page.locator(".flash.ok")).containsText(a[0] + " 已签到");
		}
		assertThat(page.locator("#quorum")).containsText("已达法定人数");

		page.getByLabel("决定内容").fill("三天内清理三号楼楼道堆物");
		page.getByLabel("责任方名称").fill("物业服务公司");
		page.getByLabel("办理时限（工作日）").fill("3");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("形成决定").setExact(true)).click();
		assertThat(page.locator(".flash.ok")).containsText("决定已记录");
		page.getByLabel("会议纪要").fill("到会 2 人。议定：物业三天内清理三号楼楼道堆物。");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("结束会议")).click();
		assertThat(page.locator("h1")).containsText("已结束");
		Browser.screenshot(page, "13-six-party-talk");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("办结")).click();
		assertThat(page.locator(".flash.ok")).containsText("决定已办结");
		page.navigate(url("/meetings/decisions"));
		assertThat(page.locator("table")).containsText("三天内清理三号楼楼道堆物");
		assertThat(page.locator("table")).containsText("已办结");
		Browser.screenshot(page, "14-decisions");
	}

	@Test
	void theOwnersMeetingShowsEachResultWithItsArithmetic() {
		Page page = browser.desktop();
		login(page, "worker");
		page.navigate(url("/meetings?kind=OWNERS_MEETING"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("永安小区业主大会：加装电梯与停车管理")).click();
		assertThat(page.locator("#owners")).isVisible();
		// the lift is a major matter: 68.90% of the area and 3 of 5 owners agree, short of three quarters
		assertThat(page.locator("table.arithmetic").first()).containsText("68.90%");
		assertThat(page.locator("h3").filter(new Locator.FilterOptions().setHasText("加装电梯")))
			.containsText("未通过");
		assertThat(page.locator("h3").filter(new Locator.FilterOptions().setHasText("停车管理办法")))
			.containsText("通过");
		Browser.screenshot(page, "15-owners-vote");
	}

}
