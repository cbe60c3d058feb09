package vn.wtcexpo.it.browser;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.wtcexpo.it.support.Api;

/**
 * Headless Chromium driving the real pages. Runs when Debian's chromium and chromium-driver are
 * installed; on CI (environment CI=true) or with {@code -Dbrowser.tests=required} their absence is a failure.
 */
final class Browser implements AutoCloseable {

    private static final String CHROME = "/usr/bin/chromium";
    private static final String DRIVER = "/usr/bin/chromedriver";

    final WebDriver driver;
    final PageWait wait;

    private Browser(WebDriver driver) {
        this.driver = driver;
        this.wait = new PageWait(new WebDriverWait(driver, Duration.ofSeconds(30)));
    }

    /**
     * Waits up to 30 s for a condition, asking again while the page it looked at is being replaced (a form's
     * answer loading): an element of the old page is stale, or, in ChromeDriver 156, "does not belong to the
     * document"; both mean "not yet", not a failure.
     */
    static final class PageWait {
        private final WebDriverWait wait;

        private PageWait(WebDriverWait wait) {
            this.wait = wait;
        }

        <T> T until(java.util.function.Function<? super WebDriver, T> condition) {
            return wait.until(d -> {
                try {
                    return condition.apply(d);
                } catch (org.openqa.selenium.WebDriverException e) {
                    if (replaced(e)) {
                        return null;
                    }
                    throw e;
                }
            });
        }
    }

    /** Whether a failure only says that the element was on a page that has been replaced since. */
    private static boolean replaced(org.openqa.selenium.WebDriverException e) {
        return e instanceof org.openqa.selenium.StaleElementReferenceException
                || String.valueOf(e.getMessage()).contains("does not belong to the document");
    }

    static Browser open() {
        return open(List.of());
    }

    /**
     * A browser whose camera shows {@code video} (a Y4M file) and which may use it without asking, as a gate
     * phone that was given the permission once.
     */
    static Browser withCamera(Path video) {
        return open(List.of("--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
                "--use-file-for-fake-video-capture=" + video.toAbsolutePath()));
    }

    private static Browser open(List<String> extra) {
        boolean installed = new File(CHROME).canExecute() && new File(DRIVER).canExecute();
        if (!installed) {
            if ("required".equals(System.getProperty("browser.tests")) || "true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("Chromium and ChromeDriver are required: apt-get install chromium chromium-driver");
            }
            Assumptions.abort("Chromium not installed: browser test skipped");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROME);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1400,1000", "--lang=vi");
        options.addArguments(extra);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build();
        return new Browser(new ChromeDriver(service, options));
    }

    /** Cuts the page off the network (true) or gives it back (false), as a gate's Wi-Fi does. */
    void offline(boolean offline) {
        org.openqa.selenium.chromium.ChromiumNetworkConditions c = new org.openqa.selenium.chromium.ChromiumNetworkConditions();
        c.setOffline(offline);
        ((ChromeDriver) driver).setNetworkConditions(c);
    }

    /**
     * Every answer takes {@code latencyMs} more to arrive (0: as fast as the network is), as on a gate's congested
     * Wi-Fi.
     */
    void latency(int latencyMs) {
        ((ChromeDriver) driver).executeCdpCommand("Network.enable", java.util.Map.of());
        ((ChromeDriver) driver).executeCdpCommand("Network.emulateNetworkConditions", java.util.Map.of("offline", false,
                "latency", latencyMs, "downloadThroughput", -1, "uploadThroughput", -1));
    }

    /**
     * Chromium's "Fast 3G" (DevTools' preset: 562.5 ms latency, 1.44 Mbit/s down, 675 kbit/s up) with the browser's
     * cache off: a first visit from a phone on a crowded mobile network.
     */
    void fast3g() {
        ((ChromeDriver) driver).executeCdpCommand("Network.enable", java.util.Map.of());
        ((ChromeDriver) driver).executeCdpCommand("Network.setCacheDisabled", java.util.Map.of("cacheDisabled", true));
        ((ChromeDriver) driver).executeCdpCommand("Network.emulateNetworkConditions", java.util.Map.of("offline", false,
                "latency", 562.5, "downloadThroughput", 180_000, "uploadThroughput", 84_375));
    }

    /** Runs {@code script} in every page before the page's own scripts (to take a browser feature away, say). */
    void beforeEveryPage(String script) {
        ((ChromeDriver) driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", java.util.Map.of("source", script));
    }

    void go(String path) {
        driver.get(Api.BASE + path);
    }

    /** Signs in through the login form and waits for the page it leads to. */
    void signIn(String user, String password) {
        go("/login.xhtml");
        type(By.id("login:username"), user);
        type(By.id("login:password"), password);
        click(By.id("login:submit"));
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login.xhtml")));
    }

    WebElement visible(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    void type(By by, String text) {
        fresh(() -> {
            WebElement e = visible(by);
            e.clear();
            e.sendKeys(text);
        });
    }

    /**
     * Does something to an element found again if the page replaced it in between (a form that a script or a
     * partial update renders anew right after it loads): the element is looked up again, at most three times.
     */
    private static void fresh(Runnable action) {
        for (int attempt = 1; ; attempt++) {
            try {
                action.run();
                return;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (attempt >= 3 || !replaced(e)) {
                    throw e;
                }
            }
        }
    }

    /**
     * Types into a PrimeFaces date picker's field and waits until its calendar panel is closed again, so that a
     * click that follows reaches the page and not the panel lying over it (BookingJourneyIT failed on that: the
     * panel closes with an animation after Escape, and a click at once hit it). If Escape leaves the panel open,
     * a click on the page's heading closes it, as a person would click beside it.
     */
    void typeDate(String inputId, String text) {
        WebElement field = visible(By.id(inputId + "_input"));
        field.clear();
        field.sendKeys(text);
        field.sendKeys(org.openqa.selenium.Keys.ESCAPE);
        By panel = By.id(inputId + "_panel");
        try {
            new WebDriverWait(driver, Duration.ofSeconds(3)).until(ExpectedConditions.invisibilityOfElementLocated(panel));
        } catch (org.openqa.selenium.TimeoutException stillOpen) {
            driver.findElement(By.tagName("h1")).click();
            wait.until(ExpectedConditions.invisibilityOfElementLocated(panel));
        }
    }

    /** Replaces a field's text as a person would: select all, then type (spinners keep their value on clear()). */
    void replace(By by, String text) {
        WebElement e = visible(by);
        e.click();
        e.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"));
        e.sendKeys(text);
    }

    void click(By by) {
        fresh(() -> wait.until(ExpectedConditions.elementToBeClickable(by)).click());
    }

    /**
     * Runs axe-core in the page and fails with every WCAG 2.1 A/AA violation it finds (rule, impact,
     * elements), so that a page that stops passing fails its journey.
     */
    void assertAccessible(String page) {
        // a message, dialog or modal mask still fading in (or out) is measured at some opacity on its way, and so is
        // what it covers: colours read wrong. Wait until nothing animates (jQuery's and the browser's animations).
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !(window.jQuery && jQuery(':animated').length)"
                        + " && !(document.getAnimations && document.getAnimations().some(a => a.playState === 'running'))"
                        + " && [...document.querySelectorAll('.ui-growl-item-container, .ui-dialog, .ui-confirm-dialog')]"
                        + ".every(e => { const s = getComputedStyle(e); return s.display === 'none' || s.opacity === '1'; });")));
        // axe.run in the page itself ("legacy mode"): the default since 4.3 runs axe in each frame, then opens a blank
        // window to combine the results, which took half of AccessibilityIT's time (193 s against 102 s). Our pages
        // have no frames, so the checks are the same.
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).setLegacyMode()
                .analyze(driver);
        if (!results.getViolations().isEmpty()) {
            StringBuilder sb = new StringBuilder(page + " fails WCAG 2.1 AA:");
            for (Rule rule : results.getViolations()) {
                sb.append("\n  ").append(rule.getId()).append(" (").append(rule.getImpact()).append("): ")
                        .append(rule.getHelp());
                rule.getNodes().stream().limit(5).forEach(n -> sb.append("\n      ").append(n.getTarget())
                        .append(n.getFailureSummary() == null ? "" : " " + n.getFailureSummary().replace('\n', ' ')));
            }
            screenshot("axe-" + page.replaceAll("[^A-Za-z0-9]+", "-"));
            throw new AssertionError(sb.toString());
        }
    }

    /** The size of a phone in portrait (390 × 844 CSS pixels). */
    /** The value of a script run in the page. */
    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    void phone() {
        driver.manage().window().setSize(new Dimension(390, 844));
    }

    void desktop() {
        driver.manage().window().setSize(new Dimension(1400, 1000));
    }

    /** Fails when the page is wider than the window (sideways scrolling on a phone). */
    void assertFitsTheWidth(String page) {
        Number scroll = (Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth");
        Number client = (Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.clientWidth");
        if (scroll.intValue() > client.intValue() + 1) {
            screenshot("too-wide-" + page.replaceAll("[^A-Za-z0-9]+", "-"));
            throw new AssertionError(page + " is " + scroll + " px wide in a " + client + " px window");
        }
    }

    /** Saves a screenshot under target/screenshots, for a person to look at after a failure. */
    void screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(dir.resolve(name + ".png"), png);
        } catch (Exception ignored) {
            // a missing screenshot must not hide the test's own result
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
