package org.childjourney.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every browser test shares: Debian's Chromium through Playwright (no browser download), signing in on our
 * sign-in page, and {@link #check}: a screenshot under target/screenshots for review, then axe with no serious or
 * critical violation of the WCAG 2.0-2.2 A/AA rules. Each test class keeps its own @SpringBootTest and database.
 */
abstract class BrowserTest {

    protected static Playwright playwright;
    protected static Browser browser;

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void chromium() {
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(System.getProperty("chromium.path", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void close() {
        browser.close();
        playwright.close();
    }

    /** A new page in British English and London time, with axe loaded into every document. */
    protected Page newPage() {
        Page page = browser.newPage(new Browser.NewPageOptions().setLocale("en-GB").setTimezoneId("Europe/London"));
        page.addInitScript(Paths.get(System.getProperty("axe.path")));
        return page;
    }

    protected void signIn(Page page, String user) {
        page.navigate(url("/login"));
        page.fill("#username", user);
        page.fill("#password", "demo");
        page.click("button[type=submit]");
        page.waitForURL(address -> !address.contains("/login"));   // managers land on the oversight board, others on My work
    }

    protected Page signedIn(String user) {
        Page page = newPage();
        signIn(page, user);
        return page;
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Screenshot, then axe: no serious or critical violation of WCAG 2.0-2.2 A/AA rules. */
    protected void check(Page page, String name) throws Exception {
        Path shots = Paths.get("target", "screenshots");
        Files.createDirectories(shots);
        page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve(name + ".png")).setFullPage(true));
        Object violations = page.evaluate("async () => (await axe.run(document, {runOnly: {type: 'tag', values: "
                + "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})).violations"
                + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => v.id + ': ' + v.help + ' ' + v.nodes.map(n => n.target).join(' | '))");
        assertThat((List<?>) violations).as("serious or critical accessibility problems on " + name).isEmpty();
    }

    /** Keeps a screenshot of the page where a test failed (target/screenshots/FAILED-*.png), for whoever reads the CI output. */
    protected static void onFailure(Page page, String name, Steps steps) throws Exception {
        try {
            steps.run();
        } catch (Exception | AssertionError e) {
            Files.createDirectories(Paths.get("target", "screenshots"));
            page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", "FAILED-" + name + ".png")).setFullPage(true));
            throw e;
        }
    }

    protected interface Steps {
        void run() throws Exception;
    }
}
