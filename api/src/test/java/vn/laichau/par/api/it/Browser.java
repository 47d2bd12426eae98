package vn.laichau.par.api.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven headless through its ChromeDriver, as a phone (360×740, emulated) or a desktop
 * (1280×900). Selenium is pointed at both files, so it never looks for a browser to download. When either is
 * missing the test fails with one line that says how to install them.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final String MISSING = "Browser tests need Chromium: apt-get install chromium chromium-driver";
    /** Where the tests leave the screenshots the README shows. */
    static final Path SCREENSHOTS = Path.of(System.getProperty("par.screenshots", "../docs/screenshots"));

    final ChromeDriver driver;
    final String app;
    private final WebDriverWait wait;
    private NetworkSwitch relay;

    private Browser(ChromeDriver driver, String app) {
        this.driver = driver;
        this.app = app;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    static Browser phone(URL base) {
        return open(base.getPort(), true);
    }

    static Browser desktop(URL base) {
        return open(base.getPort(), false);
    }

    /** A phone that reaches the server through {@code relay}, whose cut takes it (and its service worker) offline. */
    static Browser phoneThrough(NetworkSwitch relay) {
        Browser browser = open(relay.port(), true);
        browser.relay = relay;
        return browser;
    }

    private static Browser open(int port, boolean phone) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new AssertionError(MISSING);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--lang=vi-VN", "--window-size=1280,900", "--disable-extensions", "--no-first-run");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "vi-VN,vi"));
        if (phone) {
            options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                    Map.of("width", 360, "height", 740, "pixelRatio", 1.0, "mobile", true, "touch", true)));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        if (!phone) {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
        // service workers need a secure context: http://localhost is one, the host's address is not
        String root = "http://localhost:" + port;
        return new Browser(driver, root + "/app/");
    }

    void go(String route) {
        driver.get(app + route);
    }

    WebElement see(By by) {
        try {
            return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
        } catch (TimeoutException e) {
            throw new AssertionError("not shown: " + by + "; the page shows: " + shows(), e);
        }
    }

    WebElement see(String css) {
        return see(By.cssSelector(css));
    }

    /** Waits until the element's text contains {@code text}; answers the element. */
    WebElement seeText(String css, String text) {
        try {
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
        } catch (TimeoutException e) {
            throw new AssertionError("no \"" + text + "\" in " + css + "; the page shows: " + shows(), e);
        }
        return driver.findElement(By.cssSelector(css));
    }

    /** What the page shows, for a failure's message. */
    String shows() {
        try {
            String text = String.valueOf(script("return document.body ? document.body.innerText : ''"));
            return text.length() > 1500 ? "…" + text.substring(text.length() - 1500) : text;
        } catch (RuntimeException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    void type(String css, String text) {
        WebElement field = see(css);
        field.clear();
        field.sendKeys(text);
    }

    void signIn(String username, String password) {
        see("#username");
        type("#username", username);
        type("#password", password);
        driver.findElement(By.cssSelector("form.sign-in button[type=submit]")).click();
    }

    /** Offline as the page sees it (navigator.onLine) and, through a relay, for its service worker too. */
    void offline(boolean offline) {
        if (relay != null) {
            relay.cut(offline);
        }
        ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
        conditions.setOffline(offline);
        if (offline) {
            driver.setNetworkConditions(conditions);
        } else {
            driver.deleteNetworkConditions();
        }
    }

    Object script(String js, Object... args) {
        return driver.executeScript(js, args);
    }

    /** The page's width beyond the screen's: 0 when nothing makes a phone scroll sideways or zoom out. */
    long overflowX() {
        return ((Number) script("return document.documentElement.scrollWidth - window.innerWidth")).longValue();
    }

    /** A PNG of what the screen shows, in docs/screenshots. */
    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
