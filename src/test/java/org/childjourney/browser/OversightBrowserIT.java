package org.childjourney.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.childjourney.Journeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The managers' pages in a real browser (Debian's Chromium through Playwright): a team manager signs in and lands on
 * the oversight board, whose first table answers "which of my team's children are overdue, for what, and who holds
 * them"; each figure opens its children, each child their record; caseloads and the effect of a worker leaving; a head
 * of service chooses a team. axe finds no serious or critical problem on any page; screenshots go to
 * target/screenshots/oversight-*.png. The engine clock stands at Tue 5 Jan 2027 10:00 (the app reads the same clock).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:child-journey-oversight-browser;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("demo")
class OversightBrowserIT extends BrowserTest {

    private static String overdueChild;

    @Autowired
    ProcessEngine engine;

    /**
     * Once: a child referred on Mon 14 Dec 2026 with fr.sw, never seen ("See the child" due Mon 21 Dec: overdue by 8 working
     * days on Tue 5 Jan, escalated), and a child handed to First Response on Wed 30 Dec with nobody allocated yet.
     */
    @BeforeEach
    void childrenOverdueAndUnallocated() {
        BpmnAwareTests.init(engine);
        if (overdueChild == null) {
            Journeys journeys = new Journeys(engine);
            at("2026-12-14T09:30");
            ProcessInstance assessment = journeys.referral(instant("2026-12-14T09:00"), Map.of("childFirstName", "Olive"));
            journeys.handOver(assessment, "fr.sw", "2026-12-14");
            overdueChild = assessment.getBusinessKey();
            at("2026-12-30T11:00");
            journeys.referral(instant("2026-12-30T10:30"), Map.of("childFirstName", "Umar"));
            at("2027-01-05T10:00");
            List<Job> due;
            while (!(due = engine.getManagementService().createJobQuery().executable().timers().list()).isEmpty()) {
                due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
            }
        }
        at("2027-01-05T10:00");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
        BpmnAwareTests.reset();
    }

    @Test
    void aTeamManagerLandsOnTheBoardAndFollowsEachFigureToTheChildren() throws Exception {
        Page page = newPage();
        signIn(page, "fr.manager");
        page.waitForURL("**/oversight");
        assertThat(page.textContent("#overdue-table")).contains("Olive").contains("See the child").contains("Fern Placeholder (demo)").contains("8");
        check(page, "oversight-board");

        page.click("a[data-figure='unallocated'][data-team='first-response']");
        page.waitForURL("**/oversight/unallocated?team=first-response");
        assertThat(page.textContent("#children-table")).contains("Umar").contains("no named worker yet");
        check(page, "oversight-unallocated");

        page.navigate(url("/oversight/overdue?team=first-response"));
        assertThat(page.textContent("#figure-count")).startsWith("2 children");
        check(page, "oversight-overdue");
        page.click("#children-table a[href$='/children/" + overdueChild + "']");
        page.waitForURL("**/children/" + overdueChild);
        assertThat(page.textContent("main")).contains("Single assessment");

        for (String figure : List.of("due-soon", "stuck", "manager-held", "escalations")) {
            page.navigate(url("/oversight/" + figure + "?team=first-response"));
            assertThat(page.textContent("h1")).isNotBlank();
            check(page, "oversight-" + figure);
        }

        page.click("nav >> text=Caseloads");
        page.waitForURL("**/caseloads");
        assertThat(page.textContent("#caseloads-first-response")).contains("Fern Placeholder (demo)");
        check(page, "oversight-caseloads");
        page.click("#caseloads-first-response a[href$='/caseloads/workers/fr.sw/leaving']");
        page.waitForURL("**/caseloads/workers/fr.sw/leaving");
        assertThat(page.textContent("#leaving-table")).contains("Olive");
        check(page, "oversight-leaving");
        page.close();
    }

    @Test
    void aHeadOfServiceChoosesATeam() throws Exception {
        Page page = newPage();
        signIn(page, "hos");
        page.waitForURL("**/oversight");
        assertThat(page.textContent("#board-table")).contains("First Response").contains("CIN North").contains("All these teams");
        check(page, "oversight-head-of-service");
        page.selectOption("#team", "first-response");
        page.click("text=Show");
        page.waitForURL("**/oversight?team=first-response");
        assertThat(page.textContent("#board-table")).contains("First Response").doesNotContain("CIN North");
        check(page, "oversight-head-of-service-one-team");
        page.close();
    }

    private static void at(String london) {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(london).atZone(ZoneId.of("Europe/London")).toInstant()));
    }

    private static String instant(String london) {
        return LocalDateTime.parse(london).atZone(ZoneId.of("Europe/London")).toInstant().toString();
    }

}
