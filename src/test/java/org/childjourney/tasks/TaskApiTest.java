package org.childjourney.tasks;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.childjourney.Journeys;
import org.childjourney.ProcessTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Completing tasks through the product's own API, as the task page does: the form's rules are checked on the server,
 * an overdue task needs a reason that ends up on the chronology, refusals carry the rule's own words, and a refused
 * completion changes nothing.
 */
class TaskApiTest extends ProcessTest {

    @Autowired
    MockMvc mvc;

    private ProcessInstance assessment;
    private String childId;

    /** Referral on Friday 20 November 2026, handed to fr.sw the same day: "See the child" is due within 5 working days. */
    @BeforeEach
    void aReferralHandedToFern() {
        clockAt("2026-11-20T10:00");
        Journeys journeys = new Journeys(engine);
        assessment = journeys.referral("2026-11-20T09:30+00:00", java.util.Map.of());
        childId = assessment.getBusinessKey();
        journeys.handOver(assessment, "fr.sw", "2026-11-20");
    }

    private Task seeTheChild() {
        return task("SeeTheChild", assessment);
    }

    private ResultActions completeAs(String user, String taskId, String valuesJson) throws Exception {
        return mvc.perform(post("/api/tasks/" + taskId + "/complete").with(httpBasic(user, "demo")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"values\": " + valuesJson + "}"));
    }

    private static final String SEEN = """
            {"childSeenOn": "2026-11-23", "childSeenAlone": "yes", "childSeenNotes": "Seen at school with her teacher nearby."}""";

    @Test
    void onTimeTheFormHasNoLateReasonAndCompletesToTheChildsRecord() throws Exception {
        clockAt("2026-11-23T15:00");   // Monday: due by the end of Friday 27 November (20 Nov + 5 working days)
        String taskId = seeTheChild().getId();

        mvc.perform(get("/api/tasks/" + taskId).with(httpBasic("fr.sw", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name", is("See the child")))
                .andExpect(jsonPath("$.childId", is(childId)))
                .andExpect(jsonPath("$.due", is("2026-11-27T23:59:59Z")))
                .andExpect(jsonPath("$.overdue", is(false)))
                .andExpect(jsonPath("$.assignedToViewer", is(true)))
                .andExpect(jsonPath("$.form", containsString("\"key\":\"childSeenOn\"")))
                .andExpect(jsonPath("$.form", not(containsString("lateReason"))));

        completeAs("fr.sw", taskId, SEEN)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.next", is("/children/" + childId + "?completed=" + taskId)));

        assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isZero();
        assertThat(task("CompleteAssessment", assessment)).isNotNull();
    }

    @Test
    void anOverdueTaskNeedsItsReasonAndTheReasonGoesOnTheChronology() throws Exception {
        clockAt("2026-11-30T09:15");   // Monday 30 November: "See the child" was due by Friday 27 November 23:59
        String taskId = seeTheChild().getId();

        mvc.perform(get("/api/tasks/" + taskId).with(httpBasic("fr.sw", "demo")))
                .andExpect(jsonPath("$.overdue", is(true)))
                .andExpect(jsonPath("$.form", containsString("This task is overdue: why is it late?")));

        completeAs("fr.sw", taskId, SEEN)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field", is("lateReason")))
                .andExpect(jsonPath("$.errors[0].message", containsString("say why it is late")));
        assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isEqualTo(1);
        assertThat(lateEntries()).isEmpty();

        completeAs("fr.sw", taskId, SEEN.replace("}", ", \"lateReason\": \"Family were away; seen on return.\"}"))
                .andExpect(status().isOk());
        assertThat(lateEntries()).containsExactly("Completed late: 'See the child' was due by Friday 27 November 2026 23:59 | Family were away; seen on return.");
    }

    @Test
    void theServerChecksRequiredFieldsOptionsAndUnknownFieldsAndSavesNothing() throws Exception {
        clockAt("2026-11-23T15:00");
        String taskId = seeTheChild().getId();

        completeAs("fr.sw", taskId, """
                {"childSeenOn": "2026-11-23", "childSeenAlone": "maybe", "allocatedWorker": "fr.student"}""")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail", is("'See the child' was not completed: correct the form and try again.")))
                .andExpect(jsonPath("$.errors", hasSize(3)))
                .andExpect(jsonPath("$.errors[*].field", hasItem("allocatedWorker")))
                .andExpect(jsonPath("$.errors[*].message", hasItem("Choose one of the options for 'Was the child seen alone?'")))
                .andExpect(jsonPath("$.errors[*].message", hasItem("Fill in 'What the child said, did and how they seemed'")));

        assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isEqualTo(1);
        assertThat(engine.getRuntimeService().getVariable(assessment.getId(), "childSeenAlone")).isNull();
    }

    @Test
    void completingTwiceSaysWhoCompletedItAndChangesNothing() throws Exception {
        clockAt("2026-11-23T15:00");
        String taskId = seeTheChild().getId();
        completeAs("fr.sw", taskId, SEEN).andExpect(status().isOk());

        completeAs("fr.sw", taskId, SEEN)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", is("'See the child' was already completed by fr.sw on Monday 23 November 2026 15:00. Nothing was changed.")));
        assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(assessment.getId())
                .taskDefinitionKey("SeeTheChild").count()).isEqualTo(1);
    }

    @Test
    void anotherTeamCannotSeeTheTaskAndTheManagerCannotCompleteSomeoneElsesWork() throws Exception {
        clockAt("2026-11-23T15:00");
        String taskId = seeTheChild().getId();

        mvc.perform(get("/api/tasks/" + taskId).with(httpBasic("cinn.sw", "demo"))).andExpect(status().isNotFound());
        completeAs("cinn.sw", taskId, SEEN).andExpect(status().isNotFound());

        mvc.perform(get("/api/tasks/" + taskId).with(httpBasic("fr.manager", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.assignedToViewer", is(false))).andExpect(jsonPath("$.mayTake", is(false)));
        completeAs("fr.manager", taskId, SEEN)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", is("'See the child' is with fr.sw, so only they can complete it. Ask them, or their manager, to pass it on.")));
        assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    }

    @Test
    void allocatingAStudentIsRefusedWithTheRuleInItsOwnWords() throws Exception {
        ProcessInstance second = new Journeys(engine).referral("2026-11-20T09:45+00:00",
                java.util.Map.of("childFirstName", "Second", "concerns", "A different concern"));
        Task allocate = task("AllocateNamedWorker", engine.getRuntimeService().createProcessInstanceQuery()
                .superProcessInstanceId(second.getId()).singleResult());

        completeAs("fr.manager", allocate.getId(), "{\"allocatedWorker\": \"fr.student\"}")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail", containsString("Freya Learner (demo) (fr.student) is a social work student")))
                .andExpect(jsonPath("$.detail", not(containsString("ENGINE-"))));

        assertThat(engine.getTaskService().createTaskQuery().taskId(allocate.getId()).singleResult().getAssignee())
                .as("the manager did not keep the task either: the take and the completion were one transaction").isNull();
        completeAs("fr.manager", allocate.getId(), "{\"allocatedWorker\": \"fr.senior\"}").andExpect(status().isOk());
    }

    @Test
    void aQueuedTaskCanBeTakenByItsTeamOnly() throws Exception {
        var contact = org.childjourney.frontdoor.FrontDoorProcessTest.contact("2026-11-20T09:50+00:00");
        contact.put("childFirstName", "Queued");
        ProcessInstance frontDoor = engine.getRuntimeService().startProcessInstanceByKey("front-door", contact);
        String screening = task(frontDoor).getId();

        mvc.perform(post("/api/tasks/" + screening + "/take").with(httpBasic("fr.sw", "demo")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/tasks/" + screening + "/take").with(httpBasic("mash.officer", "demo")).with(csrf()))
                .andExpect(status().isNoContent());
        mvc.perform(post("/api/tasks/" + screening + "/take").with(httpBasic("mash.sw", "demo")).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("is already with mash.officer")));
        assertThat(engine.getTaskService().createTaskQuery().taskId(screening).singleResult().getAssignee()).isEqualTo("mash.officer");
    }

    private List<String> lateEntries() {
        return db.sql("select what || ' | ' || why from chronology_entry where child_id = ? and what like 'Completed late%'")
                .param(childId).query(String.class).list();
    }
}
