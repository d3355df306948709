package org.childjourney.pages;

import org.childjourney.ProcessTest;
import org.childjourney.frontdoor.FrontDoorProcessTest;
import org.childjourney.mywork.MyWork;
import org.childjourney.mywork.MyWork.WorkItem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A long team queue is read and shown a page at a time, earliest due first across the pages. */
class MyWorkQueuePagingTest extends ProcessTest {

    @Autowired
    MyWork myWork;
    @Autowired
    MockMvc mvc;

    private void contact(String firstName, String urgency) {
        Map<String, Object> v = FrontDoorProcessTest.contact("2026-11-20T09:30+00:00", "Concerns about " + firstName + ".");
        v.put("childFirstName", firstName);
        v.put("urgency", urgency);
        engine.getRuntimeService().startProcessInstanceByKey("front-door", v);
    }

    @Test
    void pagesOfTheQueueFollowTheDueDates() {
        clockAt("2026-11-20T10:00"); // a Friday
        contact("Green", "green"); // screening within 3 working days: Wednesday 25 November
        contact("Red", "red");     // the same day: Friday 20 November
        contact("Amber", "amber"); // 1 working day: Monday 23 November

        MyWork.Queue first = myWork.unallocatedFor(Set.of("mash"), 0, 2);
        assertThat(first.total()).isEqualTo(3);
        assertThat(first.items()).extracting(WorkItem::childName).containsExactly("Red Testchild", "Amber Testchild");
        assertThat(first.items()).extracting(WorkItem::due).containsExactly(london("2026-11-20T23:59:59"), london("2026-11-23T23:59:59"));
        MyWork.Queue second = myWork.unallocatedFor(Set.of("mash"), 2, 2);
        assertThat(second.first()).isEqualTo(2);
        assertThat(second.last()).isEqualTo(3);
        assertThat(second.items()).extracting(WorkItem::childName, WorkItem::due).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Green Testchild", london("2026-11-25T23:59:59")));
        assertThat(myWork.unallocatedFor(Set.of("mash"), 3, 2).items()).isEmpty();
        assertThat(myWork.unallocatedFor(Set.of("cin-north"), 0, 2).total()).isZero();
    }

    @Test
    void aQueueOfMoreThanFiftyShowsFiftyWithNextAndPreviousPages() throws Exception {
        clockAt("2026-11-20T10:00");
        for (int i = 1; i <= 50; i++) {
            contact("Child" + i, "amber");
        }
        contact("Last", "green"); // due last: alone on page 2

        mvc.perform(get("/my-work").with(httpBasic("mash.officer", "demo")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Showing 1 to 50 of 51, earliest due first"), containsString("Child50 Testchild"),
                        not(containsString("Last Testchild")), containsString("href=\"/my-work?page=2\""), not(containsString("rel=\"prev\"")))));
        mvc.perform(get("/my-work").param("page", "2").with(httpBasic("mash.officer", "demo")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Showing 51 to 51 of 51"), containsString("Last Testchild"),
                        not(containsString("Child1 Testchild")), containsString("href=\"/my-work?page=1\""), not(containsString("rel=\"next\"")))));
        // Past the end: the last page, not an empty one.
        mvc.perform(get("/my-work").param("page", "9").with(httpBasic("mash.officer", "demo")))
                .andExpect(content().string(containsString("Showing 51 to 51 of 51")));
    }
}
