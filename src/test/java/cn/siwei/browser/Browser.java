package cn.siwei.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Real Chromium (Debian's package) driven by Playwright, for the few tests that follow a person end to end.
 * Screenshots go to {@code target/screenshots}.
 */
final class Browser implements AutoCloseable {

	static final Path CHROMIUM = Path.of(System.getProperty("siwei.chromium", "/usr/bin/chromium"));

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private final Playwright playwright;

	private final com.microsoft.playwright.Browser browser;

	Browser() {
		if (!Files.isExecutable(CHROMIUM)) {
			installChromium();
		}
		this.playwright = Playwright.create(new Playwright.CreateOptions()
			.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		this.browser = this.playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
						"--no-first-run", "--disable-background-networking", "--disable-component-update",
						"--disable-sync")));
	}

	/**
	 * Installs Debian's Chromium when it is missing, so that the test command works on a machine with only a
	 * JDK (as root with apt); anywhere else it says what to do.
	 */
	private static synchronized void installChromium() {
		if (Files.isExecutable(CHROMIUM)) {
			return;
		}
		try {
			for (List<String> command : List.of(List.of("apt-get", "update", "-qq"),
					List.of("apt-get", "install", "-y", "-qq", "chromium"))) {
				Process p = new ProcessBuilder(command).inheritIO().start();
				if (p.waitFor() != 0) {
					break;
				}
			}
		}
		catch (IOException ex) {
			// Reported below.
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		if (!Files.isExecutable(CHROMIUM)) {
			throw new IllegalStateException("Chromium is missing at " + CHROMIUM
					+ " and could not be installed: run 'apt-get install -y chromium' as root, or point"
					+ " -Dsiwei.chromium at a Chromium binary");
		}
	}

	/** A new page as on a desktop screen. */
	Page desktop() {
		return context(1280, 900).newPage();
	}

	/** A new page on a screen of this size (a wall display: 1920×1080, 3840×2160). */
	Page screen(int width, int height) {
		return context(width, height).newPage();
	}

	/** A new page as on a phone screen. */
	Page phone() {
		BrowserContext context = this.browser.newContext(new NewContextOptions().setViewportSize(390, 844)
			.setDeviceScaleFactor(2)
			.setIsMobile(true)
			.setHasTouch(true)
			.setLocale("zh-CN"));
		return context.newPage();
	}

	private BrowserContext context(int width, int height) {
		return this.browser.newContext(new NewContextOptions().setViewportSize(width, height).setLocale("zh-CN"));
	}

	static void screenshot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
	}

	@Override
	public void close() {
		this.browser.close();
		this.playwright.close();
	}

}
