package cn.siwei.browser;

import java.time.Duration;
import java.time.LocalDate;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.siwei.wish.WishSweep;
import cn.siwei.wish.Wishes;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The wish loop in real Chromium: a resident makes a wish on a phone; a volunteer claims it; the contact
 * deadline passes (the clock is moved, nobody waits); the community worker sees it overdue and reminds; the
 * volunteer records contact and completes; the resident rates it.
 */
class WishLoopBrowserIT extends BrowserTest {

	@Autowired
	Wishes wishes;

	@Autowired
	WishSweep wishSweep;

	@Test
	void aWishGoesFromAResidentsPhoneToDone() {
		String text = "想请人帮忙换一个灯泡（浏览器测试）";
		Page resident = browser.phone();
		login(resident, "resident");
		resident.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("许一个微心愿")).click();
		resident.getByLabel("心愿内容").fill(text);
		resident.getByLabel("类别").selectOption(new SelectOption().setLabel("维修家具家电"));
		Browser.screenshot(resident, "20-resident-makes-a-wish");
		resident.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交心愿")).click();
		assertThat(resident.locator(".flash.ok")).containsText("心愿已提交");
		String wishUrl = resident.url();

		Page volunteer = browser.desktop();
		login(volunteer, "volunteer");
		volunteer.navigate(url("/wishes?status=OPEN"));
		volunteer.getByText(text).click();
		volunteer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("认领").setExact(true)).click();
		assertThat(volunteer.locator("h1")).containsText("已认领待对接");
		Browser.screenshot(volunteer, "21-volunteer-claimed");

		this.clock.advance(Duration.ofDays(8));
		this.wishSweep.sweep();
		volunteer.reload();
		volunteer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("通知（\\d+）"))).click();
		assertThat(volunteer.locator("main")).containsText("已过对接期限");
		Browser.screenshot(volunteer, "21b-volunteer-notified");

		Page worker = browser.desktop();
		login(worker, "worker");
		worker.navigate(url("/wishes?overdue=true"));
		assertThat(worker.locator("table")).containsText(text.substring(0, 10));
		Browser.screenshot(worker, "22-worker-sees-overdue");
		worker.getByText(text.substring(0, 10)).first().click();
		assertThat(worker.locator("h1")).containsText("逾期未对接");
		worker.getByLabel("跟踪事项").selectOption("REMINDED");
		worker.locator("#followNote").fill("请本周内联系居民");
		worker.locator("#followNote").press("Enter");
		assertThat(worker.locator("ol")).containsText("提醒督促");

		volunteer.navigate(wishUrl);
		// the claimant calls the person before going: the phone to tap, the address, each view recorded
		volunteer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查看电话和地址")).click();
		assertThat(volunteer.locator("#beneficiaryContact a.call")).hasAttribute("href", Pattern.compile("^tel:1\\d{10}$"));
		Browser.screenshot(volunteer, "22b-volunteer-reaches-the-resident");
		volunteer.locator("#committedDate").fill(LocalDate.now(this.clock).plusDays(2).toString());
		volunteer.locator("#contactNote").fill("已电话联系，后天上门");
		volunteer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("已对接，承诺办结")).click();
		assertThat(volunteer.locator("h1")).containsText("办理中");
		volunteer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("办结")).click();
		assertThat(volunteer.locator("h1")).containsText("已办结待评价");

		resident.navigate(wishUrl);
		resident.getByLabel("满意", new Page.GetByLabelOptions().setExact(true)).check();
		resident.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交评价")).click();
		assertThat(resident.locator("h1")).containsText("已完成");
		assertThat(resident.locator("ol")).containsText("评价");
		Browser.screenshot(resident, "23-resident-rated");
	}

	@Test
	void theWishPagesReadInEnglish() {
		Page worker = browser.desktop();
		login(worker, "worker");
		worker.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("English")).click();
		worker.navigate(url("/wishes"));
		assertThat(worker.locator("h1")).hasText("Wish ledger");
		assertThat(worker.locator("main")).containsText("Care tags");
		worker.locator("table a").first().click();
		assertThat(worker.locator("main")).containsText("Timeline");
		assertThat(worker.locator("main")).containsText("Follow-up");
		Browser.screenshot(worker, "24-wish-in-english");
		worker.navigate(url("/wishes/figures"));
		assertThat(worker.locator("main")).containsText("Completion rate");
		worker.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("中文")).click();
		assertThat(worker.locator("h1")).containsText("微心愿统计");
	}

}
