package cn.siwei.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A community worker, in real Chromium: logs in, finds a person of their community, reveals a phone number,
 * and cannot open a person of another community.
 */
class CommunityWorkerBrowserIT extends BrowserTest {

	@Test
	void aWorkerFindsAPersonOfTheirCommunityButNotOneOfAnother() {
		Page page = browser.desktop();
		page.navigate(url("/login"));
		assertThat(page.getByText("演示账号")).isVisible();
		Browser.screenshot(page, "01-login");

		login(page, "worker");
		assertThat(page.locator("h1")).containsText("马丽");
		Browser.screenshot(page, "02-home-worker");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("人员").setExact(true)).click();
		page.getByLabel("搜索").fill("王秀兰");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("搜索")).click();
		assertThat(page.locator("table")).containsText("139****1234");
		Browser.screenshot(page, "03-people-search");

		page.getByText("王秀兰").first().click();
		assertThat(page.locator("h1")).containsText("王秀兰");
		assertThat(page.locator("#phone")).hasText("139****1234");
		// The worker says why she needs the whole number; it goes into the audit trail.
		page.onceDialog(dialog -> dialog.accept("电话回访"));
		page.locator("#phone + button").click();
		assertThat(page.locator("#phone")).hasText("13909901234");
		assertThat(page.locator("body")).containsText("担任职务");
		Browser.screenshot(page, "04-person-revealed");

		long other = id("person", "name", "张桂芳");
		Response response = page.navigate(url("/people/" + other));
		assertThat(response.status()).isEqualTo(404);
		assertThat(page.locator("body")).containsText("不在您的管辖范围内");
		Browser.screenshot(page, "05-other-community-refused");
	}

	@Test
	void theLoginPageWorksOnAPhoneAndInEnglish() {
		Page page = browser.phone();
		page.navigate(url("/login"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("English")).click();
		assertThat(page.locator("h1")).hasText("Log in");
		page.getByLabel("Username").fill("resident");
		page.getByLabel("Password").fill("demo1234");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in").setExact(true)).click();
		assertThat(page.locator("body")).containsText("My record");
		assertThat(page.locator("body")).containsText("15999903333");
		assertThat(page.locator("body")).containsText("阿力木·吐尔逊");
		Browser.screenshot(page, "06-resident-phone-english");
		// Back to Chinese: the choice is kept for the account, and the other tests read Chinese.
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("中文")).click();
		assertThat(page.locator("body")).containsText("我的信息");
	}

}
