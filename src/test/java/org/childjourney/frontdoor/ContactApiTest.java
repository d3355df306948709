package org.childjourney.frontdoor;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.childjourney.ProcessTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Search for a child, see the possible matches, record the contact against the picked child or a new one, through the API and the pages. */
class ContactApiTest extends ProcessTest {

    @Autowired
    MockMvc mvc;
    private final ObjectMapper json = new ObjectMapper();

    private ResultActions record(String user, Map<String, Object> values, String knownChildId) throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("values", values);
        body.put("knownChildId", knownChildId);
        return mvc.perform(post("/api/contacts").with(httpBasic(user, "demo")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
    }

    private String recordedChild(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString()).path("childId").asText();
    }

    @Test
    void possibleMatchesComeBeforeANewChildAndThePickedChildGetsTheContact() throws Exception {
        clockAt("2026-11-23T10:00");
        String alex = recordedChild(record("mash.officer", FrontDoorProcessTest.contact("2026-11-23T09:00:00Z"), null).andExpect(status().isCreated()));

        // Searching by part of the surname and the date of birth finds Alex; by id too; another date finds nobody.
        mvc.perform(get("/api/children").param("name", "testch").param("dateOfBirth", "2015-03-02").with(httpBasic("mash.officer", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(1))).andExpect(jsonPath("$[0].id", is(alex)))
                .andExpect(jsonPath("$[0].name", is("Alex Testchild")));
        mvc.perform(get("/api/children").param("id", alex.toLowerCase()).with(httpBasic("mash.officer", "demo")))
                .andExpect(jsonPath("$[0].id", is(alex)));
        mvc.perform(get("/api/children").param("name", "Testchild").param("dateOfBirth", "2015-03-03").with(httpBasic("mash.officer", "demo")))
                .andExpect(jsonPath("$", hasSize(0)));

        // The officer picks Alex; the details typed differ (a nickname), but the contact goes to the child picked.
        Map<String, Object> second = FrontDoorProcessTest.contact("2026-11-23T09:30:00Z", "Demo: school reports Alex missed three days.");
        second.put("childFirstName", "Al");
        record("mash.officer", second, alex).andExpect(status().isCreated())
                .andExpect(jsonPath("$.childId", is(alex))).andExpect(jsonPath("$.childAlreadyKnown", is(true)));
        assertThat(db.sql("select count(*) from contact where child_id = ?").param(alex).query(Integer.class).single()).isEqualTo(2);
        assertThat(db.sql("select count(*) from audit_event where username = 'mash.officer' and child_id = ? and action = 'LISTED_IN_SEARCH'")
                .param(alex).query(Integer.class).single()).as("each listing in a search is audited").isGreaterThanOrEqualTo(3);
    }

    @Test
    void aPractitionerOnlyFindsChildrenTheyMaySee() throws Exception {
        clockAt("2026-11-23T10:00");
        record("mash.officer", FrontDoorProcessTest.contact("2026-11-23T09:00:00Z"), null).andExpect(status().isCreated());

        // Alex is at the front door: the MASH holds the child, First Response does not.
        mvc.perform(get("/api/children").param("name", "Testchild").with(httpBasic("fr.sw", "demo"))).andExpect(jsonPath("$", hasSize(0)));
        mvc.perform(get("/api/children").param("name", "Testchild").with(httpBasic("hos", "demo"))).andExpect(jsonPath("$", hasSize(1)));
    }

    @Test
    void anInvalidContactListsWhatToCorrectAndSavesNothing() throws Exception {
        clockAt("2026-11-23T10:00");
        Map<String, Object> values = FrontDoorProcessTest.contact("2026-11-23T09:00:00Z");
        values.put("urgency", "purple");
        values.remove("concerns");
        record("mash.officer", values, null)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail", is("The contact was not recorded: correct the form and try again.")))
                .andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.containsInAnyOrder("concerns", "urgency")));

        Map<String, Object> future = FrontDoorProcessTest.contact("2026-11-30T09:00:00Z");
        record("mash.officer", future, null)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail", containsString("The contact was not recorded. Please correct:")))
                .andExpect(jsonPath("$.detail", org.hamcrest.Matchers.not(containsString("ENGINE-"))));

        assertThat(db.sql("select count(*) from child").query(Integer.class).single()).isZero();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("front-door").count()).isZero();
    }

    @Test
    void theSameContactTwiceIsRefusedWithTheFirstOneNamed() throws Exception {
        clockAt("2026-11-23T10:00");
        Map<String, Object> values = FrontDoorProcessTest.contact("2026-11-23T09:00:00Z");
        record("mash.officer", values, null).andExpect(status().isCreated());
        record("mash.officer", values, null)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail", containsString("This contact has already been recorded for this child")));
        assertThat(db.sql("select count(*) from contact").query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void thePagesOfferTheMatchesThenTheFormForThePickedChild() throws Exception {
        clockAt("2026-11-23T10:00");
        String alex = recordedChild(record("mash.officer", FrontDoorProcessTest.contact("2026-11-23T09:00:00Z"), null));

        mvc.perform(get("/children/search").param("name", "Alex").param("day", "2").param("month", "3").param("year", "2015")
                        .with(httpBasic("mash.officer", "demo")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 possible match")))
                .andExpect(content().string(containsString("/contacts/new?childId=" + alex)))
                .andExpect(content().string(containsString("None of these: record a contact about a new child")));
        mvc.perform(get("/children/search").param("name", "Alex").param("day", "31").param("month", "2").param("year", "2015")
                        .with(httpBasic("mash.officer", "demo")))
                .andExpect(content().string(containsString("Date of birth must be a real date")));
        mvc.perform(get("/api/contacts/form").param("childId", alex).with(httpBasic("mash.officer", "demo")))
                .andExpect(jsonPath("$.knownChildId", is(alex)))
                .andExpect(jsonPath("$.data.childLastName", is("Testchild")))
                .andExpect(jsonPath("$.data.childDateOfBirth", is("2015-03-02")));
    }
}
