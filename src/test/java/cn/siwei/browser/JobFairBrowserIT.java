package cn.siwei.browser;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * In real Chromium, a community job fair (送岗位进社区) from registration to a placement checked at 30 days: a worker
 * plans the fair, gives a district firm a booth and offers its vacancy; a resident registers to find work on his
 * phone (with his consent) and registers for the fair, which shows him his code; at the door the worker checks him
 * in by that code and puts him in the booth's queue; the booth calls him and records an intent to hire; the worker
 * confirms the hire, and a month later records that he is still in work.
 */
class JobFairBrowserIT extends BrowserTest {

	static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	@Test
	void aCommunityJobFairGoesFromRegistrationToAPlacementCheckedAt30Days() {
		Page worker = browser.desktop();
		login(worker, "worker");
		worker.navigate(url("/jobs/fairs"));
		worker.getByText("筹备招聘会").first().click();
		LocalDateTime now = LocalDateTime.now(this.clock).truncatedTo(ChronoUnit.MINUTES);
		worker.getByLabel("招聘会名称").fill("永安社区冬季招聘会（浏览器测试）");
		worker.getByLabel("形式").selectOption("OFFLINE");
		worker.getByLabel("举办地点").fill("永安社区党群服务中心");
		worker.getByLabel("开始时间").fill(now.minusMinutes(30).format(LOCAL));
		worker.getByLabel("结束时间").fill(now.plusHours(3).format(LOCAL));
		worker.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("筹备招聘会")).click();
		assertThat(worker.locator(".flash.ok")).containsText("招聘会已创建");
		String fairUrl = worker.url();
		worker.getByLabel("展位单位").selectOption(new SelectOption().setLabel("克拉玛依安泰保安服务有限公司"));
		worker.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("安排展位")).click();
		assertThat(worker.locator("[data-booth='克拉玛依安泰保安服务有限公司']")).containsText("1 号展位");
		Locator offer = worker.getByLabel("上会岗位");
		String security = offer.locator("option", new Locator.LocatorOptions().setHasText("保安员")).first().getAttribute("value");
		offer.selectOption(security);
		worker.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("上会").setExact(true)).click();
		assertThat(worker.locator("[data-booth='克拉玛依安泰保安服务有限公司']")).containsText("保安员");

		// the resident registers to find work on his phone, then for the fair: his code
		Page resident = browser.phone();
		login(resident, "resident");
		resident.navigate(url("/my/jobs"));
		resident.getByLabel("技能", new Page.GetByLabelOptions().setExact(true)).fill("安保、驾驶");
		resident.getByLabel("工作时间").selectOption("SHIFTS");
		resident.getByText("我同意向用人单位提供我的姓名、技能和求职意向").click();
		resident.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登记找工作")).click();
		assertThat(resident.locator(".flash.ok")).containsText("求职登记已保存");
		resident.locator("[data-fair='永安社区冬季招聘会（浏览器测试）']")
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("报名")).click();
		assertThat(resident.locator(".flash.ok")).containsText("已报名");
		String code = resident.locator("[data-fair='永安社区冬季招聘会（浏览器测试）'] code.token").textContent().strip();
		Browser.screenshot(resident, "22-job-fair-code-phone");

		// at the door: checked in by the code, queued at the booth, called, an intent to hire
		worker.navigate(fairUrl);
		worker.getByLabel("签到码（扫码或输入）").fill(code.toLowerCase());
		worker.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("签到").setExact(true)).click();
		assertThat(worker.locator(".flash.ok")).containsText("已签到");
		Locator row = worker.locator("[data-registration='阿力木·吐尔逊']");
		row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("到展位排队")).click();
		assertThat(worker.locator(".flash.ok")).containsText("已排队");
		Locator booth = worker.locator("[data-booth='克拉玛依安泰保安服务有限公司']");
		assertThat(booth).containsText("排队 1 人");
		booth.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("叫下一位")).click();
		booth = worker.locator("[data-booth='克拉玛依安泰保安服务有限公司']");
		assertThat(booth).containsText("正在洽谈：阿力木·吐尔逊");
		booth.getByLabel("录用意向岗位").selectOption(security);
		booth.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("洽谈结束")).click();
		assertThat(worker.locator(".flash.ok")).containsText("已登记录用意向");
		assertThat(worker.locator("#counts")).containsText("签到 1 人 · 录用意向 1 人");
		Browser.screenshot(worker, "23-job-fair-booths");

		// the hire, then the 30-day check a month later
		worker.locator("[data-registration='阿力木·吐尔逊'] a").click();
		worker.locator("#applications a").first().click();
		assertThat(worker.locator("#status")).containsText("录用意向");
		worker.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("确认入职")).click();
		assertThat(worker.locator(".flash.ok")).containsText("已确认入职");
		assertThat(worker.locator("#placement")).containsText("30 天回访日");
		this.clock.advance(Duration.ofDays(31));
		try {
			worker.reload();
			worker.getByLabel("30 天回访结果").selectOption("IN_WORK");
			worker.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("记录回访")).click();
			assertThat(worker.locator(".flash.ok")).containsText("回访已记录");
			assertThat(worker.locator("#placement [data-check='30']")).containsText("仍在岗");
			Browser.screenshot(worker, "24-job-placement-checked");
		}
		finally {
			this.clock.advance(Duration.ofDays(-31));
		}
		resident.navigate(url("/my/jobs"));
		assertThat(resident.locator("[data-application='保安员']")).containsText("已入职");
	}

}
