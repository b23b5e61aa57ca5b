package cn.siwei.browser;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.siwei.people.PersonImportIT;
import cn.siwei.request.WorkingCalendar;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * In real Chromium: a community worker imports a sheet, reads the row-by-row report and saves the valid rows;
 * an administrator walks the region tree, reads the audit trail and marks holidays on the working-day calendar.
 */
class ImportAndAdminBrowserIT extends BrowserTest {

	@Test
	void aWorkerImportsASheetReadsTheReportAndSavesTheValidRows() throws Exception {
		Path sheet = PersonImportIT.sheetFor(List.of(
				List.of("浏览器导入甲", "男", "", "13900000111", "", "", "650203001001-01-01-1", "高龄", "否", "否", ""),
				List.of("", "女", "", "123", "", "", "650203001001-01-01-1", "", "", "", "")));
		Page page = browser.desktop();
		login(page, "worker");
		page.navigate(url("/people/import"));
		page.setInputFiles("#file", sheet);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("上传并检查")).click();
		assertThat(page.locator("#progress")).containsText("共 2 行，有效 1 行，有错误 1 行");
		assertThat(page.locator("table")).containsText("姓名：此项必填。");
		Browser.screenshot(page, "07-import-report");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存全部有效行（1 行）")).click();
		assertThat(page.locator(".flash.ok")).containsText("已导入 1 人");
		page.getByLabel("搜索").fill("浏览器导入甲");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("搜索")).click();
		assertThat(page.locator("table")).containsText("139****0111");
		Browser.screenshot(page, "08-imported-person");
	}

	@Test
	void anAdministratorWalksTheTreeAndReadsTheAuditTrail() {
		Page page = browser.desktop();
		login(page, "admin");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("区域").setExact(true)).click();
		assertThat(page.locator("h1")).containsText("克拉玛依市");
		assertThat(page.locator("table")).containsText("克拉玛依区");
		Browser.screenshot(page, "09-region-city");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("克拉玛依区")).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("昆仑路街道")).click();
		assertThat(page.locator(".crumbs")).containsText("克拉玛依区");
		assertThat(page.locator("table")).containsText("永安社区");
		Browser.screenshot(page, "10-region-street");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("审计日志")).first().click();
		assertThat(page.locator("table")).containsText("新建");
		Browser.screenshot(page, "11-audit");
	}

	@Test
	void anAdministratorMarksHolidaysAndAMakeUpDayByClickingTheCalendar() {
		Page page = browser.desktop();
		login(page, "admin");
		page.navigate(url("/requests/settings?year=2031"));
		page.getByLabel("节日名称（标在点击的日期上）").fill("测试节");
		// Wednesday 5 March becomes a holiday, Saturday 8 March a make-up working day; 4 March marked and unmarked
		page.locator("button.cal-day[data-day='2031-03-05']").click();
		page.locator("button.cal-day[data-day='2031-03-08']").click();
		page.locator("button.cal-day[data-day='2031-03-04']").click();
		page.locator("button.cal-day[data-day='2031-03-04']").click();
		assertThat(page.locator("#calDays")).hasValue("2031-03-05 放假 测试节\n2031-03-08 调休 测试节\n");
		page.getByLabel("依据（如国务院办公厅通知）").fill("浏览器测试");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存为新版本")).click();
		assertThat(page.locator(".flash.ok")).isVisible();
		assertThat(page.locator("button.cal-day[data-day='2031-03-05']")).hasClass(Pattern.compile(".*k-HOLIDAY.*"));
		assertThat(page.locator("button.cal-day[data-day='2031-03-08']")).hasClass(Pattern.compile(".*k-WORKDAY.*"));
		assertThat(page.locator("button.cal-day[data-day='2031-03-04']")).not().hasClass(Pattern.compile(".*k-.*"));
		Browser.screenshot(page, "12-working-calendar");
		Assertions.assertThat(this.calendar.isWorkingDay(LocalDate.of(2031, 3, 5))).isFalse();
		Assertions.assertThat(this.calendar.isWorkingDay(LocalDate.of(2031, 3, 8))).isTrue();
		Assertions.assertThat(this.calendar.isWorkingDay(LocalDate.of(2031, 3, 4))).isTrue();
	}

	@Autowired
	WorkingCalendar calendar;

}
