package ru.horizon.dashboard;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The system's headless Chromium driven by Playwright, one per test class: contexts of a
 * laptop's screen (1366×768) that refuse every request leaving this machine, signed in as
 * a {@link ru.horizon.HorizonTest} user, and screenshots under
 * {@code target/screenshots}. Without {@code /usr/bin/chromium} the tests are skipped.
 */
final class Chromium implements AutoCloseable {

	static final Path EXECUTABLE = Path.of("/usr/bin/chromium");

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	/** How long a page may take to show what a test waits for, in milliseconds. */
	static final double TIMEOUT = 45_000;

	private final Playwright playwright;

	private final Browser browser;

	private final String baseUrl;

	/**
	 * Requests to anything but this machine: the pages must work offline, so this stays
	 * empty.
	 */
	private final List<String> outside = new CopyOnWriteArrayList<>();

	private Chromium(String baseUrl) {
		// Playwright's own browser download is not needed (and not reachable): the system
		// Chromium is used.
		this.playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		this.browser = this.playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE)
				.setHeadless(true)
				.setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-dev-shm-usage")));
		this.baseUrl = baseUrl;
	}

	/** Starts Chromium, or skips the test class when the machine has none. */
	static Chromium launch(String baseUrl) {
		assumeTrue(Files.isExecutable(EXECUTABLE), "no Chromium at " + EXECUTABLE + ": browser tests skipped");
		// A shared 2-core machine plans each Cypher query slowly the first time: wait
		// patiently.
		PlaywrightAssertions.setDefaultAssertionTimeout(TIMEOUT);
		return new Chromium(baseUrl);
	}

	/** A fresh browser profile (no cookies, no stored language) on a laptop's screen. */
	BrowserContext context() {
		BrowserContext context = this.browser.newContext(new Browser.NewContextOptions().setBaseURL(this.baseUrl)
			.setViewportSize(1366, 768)
			.setLocale("ru-RU")
			.setTimezoneId("UTC"));
		context.setDefaultTimeout(TIMEOUT);
		context.route("**/*", (route) -> {
			String url = route.request().url();
			if (url.startsWith(this.baseUrl) || url.startsWith("data:") || url.startsWith("blob:")) {
				route.resume();
			}
			else {
				this.outside.add(url);
				route.abort();
			}
		});
		return context;
	}

	/**
	 * A new page of a fresh context, signed in as {@code user} through the sign-in page.
	 */
	Page signIn(String user) {
		Page page = context().newPage();
		page.navigate("/login");
		page.locator("#username").fill(user);
		page.locator("#password").fill("secret");
		page.locator("button[type=submit]").click();
		page.waitForURL(this.baseUrl + "/");
		page.locator("#nav a").first().waitFor();
		return page;
	}

	/** What the pages tried to load from outside this machine. */
	List<String> outsideRequests() {
		return List.copyOf(this.outside);
	}

	/** Saves what the page shows to {@code target/screenshots/NAME.png}. */
	static void screenshot(Page page, String name, boolean fullPage) {
		try {
			Files.createDirectories(SCREENSHOTS);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(fullPage));
	}

	/**
	 * Closes a page's context. Its route handler can still be dispatching an event as the
	 * context goes, which Playwright reports as a closed target; that is the close
	 * itself, not a failure of the test.
	 */
	public static void close(com.microsoft.playwright.BrowserContext context) {
		try {
			context.unrouteAll();
			context.close();
		}
		catch (com.microsoft.playwright.PlaywrightException ex) {
			if (!String.valueOf(ex.getMessage()).contains("closed")) {
				throw ex;
			}
		}
	}

	@Override
	public void close() {
		this.browser.close();
		this.playwright.close();
	}

}
