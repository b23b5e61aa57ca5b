package cn.siwei.browser;

import java.nio.charset.StandardCharsets;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * In real Chromium: a community worker receives a property dispute, assigns the mediator the pool suggests first,
 * adds a PDF as evidence, accepts it, records a signed session, writes the agreement, records the application for
 * judicial confirmation, closes the case after the follow-up visit and downloads its file as one bundle.
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
		page.getByLabel("被申请人", new Page.GetByLabelOptions().setExact(true)).fill("永安小区物业服务公司");
		page.getByLabel("纠纷事实").fill("浏览器测试：电梯停运一个月无人维修。");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("接待登记")).click();
		assertThat(page.locator(".flash.ok")).containsText("纠纷已登记");
		assertThat(page.locator("dl.facts")).containsText("139****1234");

		// the pool's suggestion first: the community's own property mediator, with her reasons
		assertThat(page.locator("#suggestions tr").first()).containsText("马丽");
		assertThat(page.locator("#suggestions tr").first()).containsText("擅长此类纠纷");
		// the company's own manager, appointed into the community, is shown last and cannot be assigned
		assertThat(page.locator("#suggestions tr[data-mediator='孙志强']")).containsText("不能指派");
		assertThat(page.locator("#suggestions tr[data-mediator='孙志强'] button")).hasCount(0);
		page.locator("#suggestions tr").first()
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("指派").setExact(true))
			.click();
		assertThat(page.locator("dl.facts")).containsText("马丽");
		page.getByLabel("证据名称（如：维修收据、现场照片）").fill("电梯停运告示");
		page.getByLabel("照片或 PDF 文件（10 MB 以内）").setInputFiles(new FilePayload("notice.pdf", "application/pdf",
				"%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("添加证据")).click();
		assertThat(page.locator("#evidence")).containsText("电梯停运告示");
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
		Download bundle = page.waitForDownload(
				() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("导出卷宗（ZIP）")).click());
		org.assertj.core.api.Assertions.assertThat(bundle.suggestedFilename()).matches("mediation-\\d+\\.zip");
	}

}
