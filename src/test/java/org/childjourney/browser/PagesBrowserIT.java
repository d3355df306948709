package org.childjourney.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.childjourney.Journeys;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages in a real browser (Debian's Chromium through Playwright), against the running app: sign in, My work, the
 * child record and its chronology filter; axe finds no serious or critical accessibility problem on any page, and a
 * screenshot of each page is kept under target/screenshots for review.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:child-journey-browser;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("demo")
class PagesBrowserIT {

    private static Playwright playwright;
    private static Browser browser;

    @Autowired
    ProcessEngine engine;
    @LocalServerPort
    int port;

    private String childId;

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

    @BeforeEach
    void aChildWaitingToBeSeen() {
        BpmnAwareTests.init(engine);
        Journeys journeys = new Journeys(engine);
        ProcessInstance assessment = journeys.referral(java.time.Instant.now().minusSeconds(600).toString(),
                Map.of("childFirstName", "Browser" + System.nanoTime() % 100000));
        childId = assessment.getBusinessKey();
        journeys.handOver(assessment, "fr.sw", java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).toString());
    }

    @Test
    void aPractitionerSignsInSeesTheirWorkAndOpensTheChildsStory() throws Exception {
        Page page = browser.newPage(new Browser.NewPageOptions().setLocale("en-GB").setTimezoneId("Europe/London"));
        page.addInitScript(Paths.get(System.getProperty("axe.path")));
        page.navigate(url("/my-work"));
        assertThat(page.url()).endsWith("/login");
        check(page, "sign-in");

        // A wrong password, as a user this test does not otherwise use: the engine locks a user briefly after a failure.
        page.fill("#username", "frs.student");
        page.fill("#password", "wrong");
        page.click("button[type=submit]");
        assertThat(page.textContent(".govuk-error-summary")).contains("The username or password is not right");
        check(page, "sign-in-error");

        page.fill("#username", "fr.sw");
        page.fill("#password", "demo");
        page.click("button[type=submit]");
        page.waitForURL("**/my-work**");
        assertThat(page.textContent("main")).contains("See the child");
        check(page, "my-work");

        page.click("a[href$='/children/" + childId + "']");
        page.waitForURL("**/children/" + childId);
        assertThat(page.textContent("main")).contains("Single assessment").contains("MASH manager decision");
        check(page, "child-record");

        page.selectOption("#type", "ALLOCATION");
        page.click("text=Filter the chronology");
        page.waitForURL("**type=ALLOCATION");
        assertThat(page.textContent("#chronology-table tbody")).contains("Allocated to").doesNotContain("MASH manager decision");
        check(page, "child-record-allocations");
        page.close();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Screenshot, then axe: no serious or critical violation of WCAG 2.0-2.2 A/AA rules. */
    private void check(Page page, String name) throws Exception {
        Path shots = Paths.get("target", "screenshots");
        Files.createDirectories(shots);
        page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve(name + ".png")).setFullPage(true));
        Object violations = page.evaluate("async () => (await axe.run(document, {runOnly: {type: 'tag', values: "
                + "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})).violations"
                + ".filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => v.id + ': ' + v.help)");
        assertThat((List<?>) violations).as("serious or critical accessibility problems on " + name).isEmpty();
    }
}
