package org.childjourney.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.childjourney.frontdoor.FrontDoorProcessTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

/**
 * The journey map and the performance figures in a real browser (Debian's Chromium through Playwright): the model drawn
 * by bpmn-js with the counts on it, selecting a step to list its children, the figures with their definitions and the
 * children behind one; axe finds no serious or critical accessibility problem on any of these pages; screenshots under
 * target/screenshots/figures-*.png. A practitioner is refused both.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:child-journey-figures-browser;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("demo")
class FiguresBrowserIT extends BrowserTest {

    @Autowired
    ProcessEngine engine;

    @Test
    void aHeadOfServiceReadsTheJourneyMapAndTheFiguresAndAPractitionerIsRefused() throws Exception {
        BpmnAwareTests.init(engine);
        // Two contacts waiting for MASH screening, and one decided "no further action" this month.
        String received = Instant.now().minusSeconds(600).toString();
        for (String name : List.of("Mapone", "Maptwo", "Mapthree")) {
            Map<String, Object> contact = FrontDoorProcessTest.contact(received, "Browser test concerns about " + name + ".");
            contact.put("childFirstName", name);
            ProcessInstance frontDoor = engine.getRuntimeService().startProcessInstanceByKey("front-door", contact);
            if (name.equals("Mapthree")) {
                engine.getTaskService().complete(task(frontDoor).getId(), FrontDoorProcessTest.screening("1", false, "yes"));
                Map<String, Object> decision = FrontDoorProcessTest.decision("nfa", "Universal services.");
                decision.put("overrideReason", "Already supported by the school nurse.");
                engine.getTaskService().complete(task(frontDoor).getId(), decision);
            }
        }

        Page page = newPage();
        page.onConsoleMessage(message -> System.out.println("browser console: " + message.text()));
        page.onPageError(error -> System.out.println("browser page error: " + error));
        page.onResponse(response -> {
            if (response.status() >= 400) {
                System.out.println("browser got " + response.status() + " for " + response.url());
            }
        });
        signIn(page, "hos");

        page.click("nav >> text=Journey map");
        page.waitForURL("**/journey-map**");
        check(page, "figures-journey-map");

        page.click("#models >> text=Front door: contact, MASH screening and decision");
        page.waitForURL("**/journey-map/front-door?**");
        page.waitForSelector("#journey-map[data-rendered=true]");
        page.waitForSelector(".djs-overlay .cj-badge");
        assertThat(page.textContent("#places tbody")).contains("MASH screening");
        assertThat(page.locator("tr[data-activity=MashScreening] td").nth(1).textContent().trim()).isEqualTo("2");
        check(page, "figures-journey-map-front-door");

        // Selecting the step on the diagram lists the children there.
        page.click(".djs-element[data-element-id=MashScreening]");
        page.waitForURL("**/journey-map/front-door/MashScreening**");
        assertThat(page.textContent("#children-here")).contains("Mapone Testchild").contains("Maptwo Testchild");
        check(page, "figures-journey-map-children");

        page.click("nav >> text=Performance");
        page.waitForURL("**/performance**");
        assertThat(page.textContent("#figure-nfa-front-door")).contains("No further action at the front door").contains("100.0%")
                .contains("Contacts decided at the front door in the month");
        check(page, "figures-performance");

        page.click("#figure-nfa-front-door .cj-figure__total a");
        page.waitForURL("**/performance/nfa-front-door**");
        assertThat(page.textContent("#counted")).contains("No further action");
        check(page, "figures-performance-children");
        page.click("text=Sign out");
        page.close();

        Page practitioner = newPage();
        signIn(practitioner, "fr.sw");
        assertThat(practitioner.textContent("nav")).doesNotContain("Journey map").doesNotContain("Performance");
        Response refused = practitioner.navigate(url("/performance"));
        assertThat(refused.status()).isEqualTo(403);
        practitioner.close();
    }

}
