package cn.siwei.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.siwei.support.SiweiIT;

/**
 * The base of the browser tests: one Chromium per test class, the running platform's address, and a login as
 * a person does it.
 */
abstract class BrowserTest extends SiweiIT {

	static Browser browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() {
		browser = new Browser();
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	/** Logs in through the login page, in Chinese, with the demo password. */
	void login(Page page, String username) {
		page.navigate(url("/login"));
		page.getByLabel("用户名").fill(username);
		page.getByLabel("密码").fill("demo1234");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录").setExact(true)).click();
	}

}
