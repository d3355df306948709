package org.childjourney.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.childjourney.Journeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

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
class PagesBrowserIT extends BrowserTest {

    @Autowired
    ProcessEngine engine;

    private String childId;

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
        Page page = newPage();
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

        // Another team guessing the id gets the same "not found" as for a child that does not exist.
        Page other = signedIn("cinn.sw");
        other.navigate(url("/children/" + childId));
        assertThat(other.textContent("h1")).isEqualTo("Page not found");
        check(other, "not-found");
        other.close();
    }

    @Test
    void aContactOfficerFindsTheChildAndRecordsAContactThroughTheForm() throws Exception {
        Page page = signedIn("mash.officer");
        page.click("nav >> text=Search for a child");
        page.waitForURL("**/children/search");
        check(page, "child-search");
        String name = engine.getRuntimeService().getVariable(stage().getId(), "childName").toString();
        page.fill("#name", name.split(" ")[0]);
        page.click("main button[type=submit]");
        assertThat(page.textContent("#matches")).contains(childId).contains("first-response");
        check(page, "child-search-matches");

        onFailure(page, "contact", () -> {
        page.click("#matches >> text=Record a contact");
        page.waitForSelector(".fjs-form");
        check(page, "contact-form");
        page.click("#submit-form");   // nothing chosen yet: the form's own messages appear beside the fields
        assertThat(page.locator(".fjs-form-field-error").count()).isGreaterThan(0);
        assertThat(page.textContent("#form-errors")).contains("What kind of contact is this?");
        check(page, "contact-form-errors");

        chooseRadio(page, "Contact about a child (partner agency, family, public)");
        page.getByLabel("Organisation").fill("Demo Primary School");
        chooseOption(page, "Referral source", "2A: Schools");
        page.getByLabel("What are the concerns about the child?").fill("Demo: the school nurse is worried about weight loss.");
        page.keyboard().press("Tab");   // leaving the field clears its message, which moves the fields below it
        chooseRadio(page, "Yes, the family consents to the contact being progressed");
        chooseRadio(page, "Green: screen within 3 working days");
        page.click("#submit-form");
        page.waitForURL("**/children/" + childId + "?contactRecorded=true");
        assertThat(page.textContent(".govuk-notification-banner")).contains("Contact recorded");
        assertThat(page.textContent("#chronology-table tbody")).contains("the school nurse is worried about weight loss");
        check(page, "child-record-after-contact");
        });
        page.close();
    }

    @Test
    void aPractitionerCompletesAnOverdueTaskWithItsReasonAndSeesItOnTheChronology() throws Exception {
        // Two weeks on, "See the child" (due within 5 working days of the referral) is overdue.
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(java.time.Instant.now().plus(java.time.Duration.ofDays(14))));
        try {
            Page page = signedIn("fr.sw");
            onFailure(page, "overdue-task", () -> {
            page.locator("tr", new Page.LocatorOptions().setHasText(engine.getRuntimeService().getVariable(stage().getId(), "childName").toString()))
                    .locator("text=See the child").click();
            page.waitForSelector(".fjs-form");
            assertThat(page.textContent("main")).contains("Overdue").contains("This task is past its due date");
            check(page, "task-overdue");

            page.getByLabel("Date the child was seen").fill(java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"))
                    .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
            page.keyboard().press("Tab");
            chooseRadio(page, "Yes, seen alone");
            page.getByLabel("What the child said, did and how they seemed").fill("Seen at home; talked about school and her cat.");
            page.keyboard().press("Tab");
            page.click("#submit-form");   // without the reason: refused beside the field, nothing saved
            assertThat(page.textContent("#form-errors")).contains("This task is overdue: why is it late?");
            check(page, "task-overdue-needs-reason");

            page.getByLabel("This task is overdue: why is it late?").fill("Family away for a funeral; seen the day they returned.");
            page.click("#submit-form");
            page.waitForURL("**/children/" + childId + "?completed=*");
            assertThat(page.textContent(".govuk-notification-banner")).contains("Task completed");
            assertThat(page.textContent("#chronology-table tbody"))
                    .contains("Completed late: 'See the child'").contains("Family away for a funeral; seen the day they returned.");
            page.waitForSelector(".cj-diagram svg");
            check(page, "child-record-after-late-task");
            });
            page.close();
        } finally {
            org.camunda.bpm.engine.impl.util.ClockUtil.reset();
        }
    }

    private ProcessInstance stage() {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("single-assessment")
                .processInstanceBusinessKey(childId).singleResult();
    }

    /** A form-js radio button, by its label; checked once the page has settled. */
    private static void chooseRadio(Page page, String label) {
        com.microsoft.playwright.Locator radio = page.getByRole(com.microsoft.playwright.options.AriaRole.RADIO,
                new Page.GetByRoleOptions().setName(label).setExact(true));
        radio.check();
        assertThat(radio.isChecked()).as(label).isTrue();
    }

    /** A form-js select: open its list, pick the option. */
    private static void chooseOption(Page page, String label, String option) {
        page.locator(".fjs-form-field-select", new Page.LocatorOptions().setHasText(label)).locator(".fjs-input-group").click();
        page.locator(".fjs-dropdownlist-item", new Page.LocatorOptions().setHasText(option)).first().click();
    }

}
