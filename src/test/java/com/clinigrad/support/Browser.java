package com.clinigrad.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by the system's {@code /usr/bin/chromedriver} (never a
 * downloaded driver). Screenshots go to {@code target/screenshots}.
 */
public final class Browser implements AutoCloseable {

	private static final Path CHROMEDRIVER = Path
		.of(System.getProperty("clinigrad.chromedriver", "/usr/bin/chromedriver"));

	private static final Path CHROMIUM = Path.of(System.getProperty("clinigrad.chromium", "/usr/bin/chromium"));

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	/** The JVM's shared Chrome, started at the first {@link #open(int)}. */
	private static ChromeDriver shared;

	/** Whether a test holds the shared Chrome. */
	private static boolean sharedInUse;

	static {
		// once per JVM: the shared Chrome of the moment goes with it
		Runtime.getRuntime().addShutdownHook(new Thread(Browser::quitShared));
	}

	private final WebDriver driver;

	private final String baseUrl;

	/** This browser's window in its Chrome. */
	private final String window;

	/** Whether this browser started its Chrome (and quits it on close). */
	private final boolean owner;

	/** The window the shared Chrome last switched to (one holder per Chrome). */
	private final String[] focused;

	/**
	 * Logged in, the home page not shown yet: shown when the test next looks at this
	 * window, unless it opens another page first.
	 */
	private boolean homePending;

	private Browser(WebDriver driver, String baseUrl, boolean owner, String[] focused) {
		this(driver, baseUrl, driver.getWindowHandle(), owner, focused);
		focused[0] = this.window;
	}

	private Browser(WebDriver driver, String baseUrl, String window, boolean owner, String[] focused) {
		this.driver = driver;
		this.baseUrl = baseUrl;
		this.window = window;
		this.owner = owner;
		this.focused = focused;
	}

	/**
	 * A browser on the test server: the JVM's shared Chrome when no other test holds it
	 * (started once, then handed on with one window, no cookies, the standard size and an
	 * empty console), else a Chrome of its own (a test with two people side by side).
	 * Starting Chrome costs about three seconds of CPU, which a suite of fifty browsers
	 * paid fifty times.
	 */
	public static Browser open(int port) {
		String baseUrl = "http://localhost:" + port;
		synchronized (Browser.class) {
			if (shared != null && !sharedInUse) {
				if (reset(shared)) {
					sharedInUse = true;
					return new Browser(shared, baseUrl, true, new String[1]);
				}
				quitQuietly(shared);
				shared = null;
			}
			if (shared == null) {
				shared = start();
				sharedInUse = true;
				return new Browser(shared, baseUrl, true, new String[1]);
			}
		}
		return new Browser(start(), baseUrl, true, new String[1]);
	}

	private static ChromeDriver start() {
		if (!Files.isExecutable(CHROMEDRIVER) || !Files.isExecutable(CHROMIUM)) {
			throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver (" + CHROMIUM
					+ ", " + CHROMEDRIVER + "): apt-get install chromium chromium-driver, as .ci/run does");
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1366,900", "--lang=zh-CN",
				// windows other than the one being driven keep their timers (an exam
				// page's countdown) running at full speed
				"--disable-background-timer-throttling", "--disable-renderer-backgrounding",
				"--disable-backgrounding-occluded-windows",
				// the windows of a test on other loopback addresses (each its own site)
				// share renderer processes instead of starting one each: thirty exam
				// windows in 8 processes instead of 39, 14 s of CPU instead of 23;
				// cookies, and so sessions, stay apart by address
				"--disable-site-isolation-trials");
		options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().window().setSize(new Dimension(1366, 900));
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		return driver;
	}

	/**
	 * Makes the shared Chrome as a fresh one: one blank window of the standard size, no
	 * cookies of any host, the console read.
	 * @return false if that Chrome no longer answers (then a new one is started)
	 */
	private static boolean reset(ChromeDriver driver) {
		try {
			List<String> windows = List.copyOf(driver.getWindowHandles());
			for (String handle : windows.subList(1, windows.size())) {
				driver.switchTo().window(handle);
				driver.close();
			}
			driver.switchTo().window(windows.get(0));
			driver.get("about:blank");
			driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
			driver.manage().window().setSize(new Dimension(1366, 900));
			driver.manage().logs().get(LogType.BROWSER);
			return true;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private static synchronized void quitShared() {
		if (shared != null) {
			quitQuietly(shared);
			shared = null;
		}
	}

	private static void quitQuietly(WebDriver driver) {
		try {
			driver.quit();
		}
		catch (RuntimeException ex) {
			// already gone
		}
	}

	/**
	 * A new window of this Chrome that talks to the test server under another loopback
	 * address ({@code 127.0.0.2}, {@code 127.0.0.3}, …: on Linux all of 127.0.0.0/8
	 * reaches the server). Cookies belong to a host, so each such window is a session of
	 * its own — many users at once in one Chrome. Every call on the returned browser
	 * first switches to its window; its {@link #close()} closes only the window.
	 */
	public Browser window(String loopbackHost) {
		int port = java.net.URI.create(this.baseUrl).getPort();
		// from this browser's own window: the one focused last may have been closed
		driver().switchTo().newWindow(WindowType.WINDOW);
		return new Browser(this.driver, "http://" + loopbackHost + ":" + port, false, this.focused);
	}

	/**
	 * Opens a window of this Chrome for each loopback address, as {@link #window(String)}
	 * does, all at once (one call: the pages load side by side), each at {@code path}.
	 * @return the windows in the order of the addresses
	 */
	public List<Browser> windows(List<String> loopbackHosts, String path) {
		int port = java.net.URI.create(this.baseUrl).getPort();
		java.util.Set<String> before = driver().getWindowHandles();
		List<String> urls = loopbackHosts.stream().map((host) -> "http://" + host + ":" + port + path).toList();
		((org.openqa.selenium.JavascriptExecutor) driver()).executeScript("""
				arguments[0].forEach(function (url, i) {
					window.open(url, 'cg-window-' + i, 'popup,width=1366,height=900');
				});
				""", urls);
		new WebDriverWait(this.driver, Duration.ofSeconds(60))
			.until((d) -> d.getWindowHandles().size() >= before.size() + urls.size());
		Map<String, String> byHost = new java.util.HashMap<>();
		for (String handle : this.driver.getWindowHandles()) {
			if (!before.contains(handle)) {
				this.driver.switchTo().window(handle);
				this.focused[0] = handle;
				byHost.put(java.net.URI.create(this.driver.getCurrentUrl()).getHost(), handle);
			}
		}
		return loopbackHosts.stream()
			.map((host) -> new Browser(this.driver, "http://" + host + ":" + port,
					java.util.Objects.requireNonNull(byHost.get(host), host), false, this.focused))
			.toList();
	}

	public Browser go(String path) {
		this.homePending = false;
		driver().get(this.baseUrl + path);
		return this;
	}

	/**
	 * Starts loading a page in this window and returns at once: a test with many windows
	 * keeps them all loading at the same time, then waits in each for what it expects
	 * (wait for an element of the new page, not for the load).
	 */
	public Browser startGoing(String path) {
		this.homePending = false;
		((org.openqa.selenium.JavascriptExecutor) driver()).executeScript(
				"var u = arguments[0]; setTimeout(function () { window.location.href = u; }, 0);", this.baseUrl + path);
		return this;
	}

	/**
	 * Clicks an element (waiting for it first) and returns at once, without waiting for
	 * the page the click may load; see {@link #startGoing(String)}.
	 */
	public Browser startClicking(String css) {
		((org.openqa.selenium.JavascriptExecutor) driver())
			.executeScript("var e = arguments[0]; setTimeout(function () { e.click(); }, 0);", find(css));
		return this;
	}

	/**
	 * Logs in as the login page would, without the page: the test's HTTP client reads the
	 * login form's CSRF token, posts the name and password from this window's address and
	 * browser name, and hands the session cookie it gets to this window, which then shows
	 * the home page the form leads to: when the test next looks at the window, unless it
	 * opens another page first ({@code logIn(…).go(…)}), as a home page it never looks at
	 * would only cost time. A browser page load costs Chrome a few tenths of a second of
	 * CPU, the home page's chart more, and the suite logs in a hundred times; the form
	 * itself is driven by {@link #logInByForm(String, String)} where the login is what a
	 * test is about.
	 */
	public Browser logIn(String username, String password) {
		String agent = (String) ((JavascriptExecutor) driver()).executeScript("return navigator.userAgent");
		CookieManager jar = new CookieManager();
		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.cookieHandler(jar)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		try {
			FormLogin.logIn(http, this.baseUrl, username, password, "User-Agent", agent, "Accept-Language", "zh-CN");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		for (HttpCookie cookie : jar.getCookieStore().getCookies()) {
			((ChromeDriver) this.driver).executeCdpCommand("Network.setCookie", Map.of("name", cookie.getName(),
					"value", cookie.getValue(), "url", this.baseUrl + "/", "httpOnly", cookie.isHttpOnly()));
		}
		this.homePending = true;
		return this;
	}

	/** Logs in through the login page: types the name and password and sends the form. */
	public Browser logInByForm(String username, String password) {
		go("/login");
		driver().findElement(By.name("username")).sendKeys(username);
		driver().findElement(By.name("password")).sendKeys(password);
		driver().findElement(By.cssSelector("form button[type=submit]")).click();
		new WebDriverWait(driver(), Duration.ofSeconds(15))
			.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
		return this;
	}

	public Browser logOut() {
		this.homePending = false;
		driver().manage().deleteAllCookies();
		return this;
	}

	public WebElement find(String css) {
		return new WebDriverWait(driver(), Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
	}

	/**
	 * Clicks what submits a form or follows a link and waits until the next page replaced
	 * this one, so that what is looked up next is on the new page.
	 */
	public Browser clickToLoad(String css) {
		WebElement page = this.driver.findElement(By.tagName("html"));
		WebElement target = find(css);
		// clicked by the page itself: Bootstrap scrolls smoothly, and a sticky header or
		// footer may cover the element where the driver would click it
		((JavascriptExecutor) this.driver).executeScript("arguments[0].click()", target);
		awaitGone(this.driver, page, Duration.ofSeconds(15));
		return this;
	}

	/**
	 * Waits until an element has left the page (a page that replaced this one, a fragment
	 * htmx swapped in). Chrome sometimes answers a question about such an element with
	 * "Node with given id does not belong to the document" instead of a stale element:
	 * that is gone too.
	 */
	public static void awaitGone(WebDriver driver, WebElement element, Duration timeout) {
		new WebDriverWait(driver, timeout).until((d) -> {
			try {
				element.isEnabled();
				return false;
			}
			catch (org.openqa.selenium.StaleElementReferenceException ex) {
				return true;
			}
			catch (org.openqa.selenium.WebDriverException ex) {
				if (ex.getMessage() != null && ex.getMessage().contains("does not belong to the document")) {
					return true;
				}
				throw ex;
			}
		});
	}

	public String text() {
		return driver().findElement(By.tagName("body")).getText();
	}

	public String currentPath() {
		return driver().getCurrentUrl().substring(this.baseUrl.length());
	}

	/**
	 * Saves a full-page screenshot as {@code target/screenshots/<name>.png}.
	 */
	public Path screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Path file = SCREENSHOTS.resolve(name + ".png");
			Files.write(file, ((TakesScreenshot) driver()).getScreenshotAs(OutputType.BYTES));
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * @return the messages the browser logged since the last call that say the page's
	 * Content-Security-Policy refused something (an inline script, a handler, a source)
	 */
	public List<String> securityPolicyViolations() {
		return driver().manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.map(LogEntry::getMessage)
			.filter((message) -> message.contains("Content Security Policy"))
			.toList();
	}

	/**
	 * The driver, switched to this browser's window.
	 */
	public WebDriver driver() {
		if (!this.window.equals(this.focused[0])) {
			this.driver.switchTo().window(this.window);
			this.focused[0] = this.window;
		}
		if (this.homePending) {
			this.homePending = false;
			this.driver.get(this.baseUrl + "/");
		}
		return this.driver;
	}

	@Override
	public void close() {
		if (this.owner) {
			synchronized (Browser.class) {
				if (this.driver == shared) {
					sharedInUse = false;
					return;
				}
			}
			this.driver.quit();
		}
		else {
			driver().close();
			this.focused[0] = null;
		}
	}

}
