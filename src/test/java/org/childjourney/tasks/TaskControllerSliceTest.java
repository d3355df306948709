package org.childjourney.tasks;

import org.childjourney.access.Viewer;
import org.childjourney.childrecord.ChildRecords;
import org.childjourney.forms.FormDefinition.FieldError;
import org.childjourney.forms.RefusalProblems;
import org.childjourney.forms.RefusedException;
import org.childjourney.forms.RefusedException.Reason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.hamcrest.Matchers.is;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The tasks API's HTTP contract on its own (a web slice): the JSON it answers, and how each kind of refusal becomes
 * a status and an RFC 9457 problem. What the rules decide is tested against the real engine in TaskApiTest.
 */
@WebMvcTest(TaskController.class)
@Import(RefusalProblems.class)
@WithMockUser("fr.sw")
class TaskControllerSliceTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    Tasks tasks;
    @MockitoBean
    ChildRecords records;

    private final Viewer fern = new Viewer("fr.sw", "first-response", Set.of("first-response"));

    @BeforeEach
    void signedInAsFern() {
        when(records.viewer(any())).thenReturn(fern);
    }

    @Test
    void aTaskIsItsNameChildDueDateFormAndData() throws Exception {
        when(tasks.open(fern, "t1")).thenReturn(Optional.of(new Tasks.TaskView("t1", "See the child", "CJ1001", "Alex Testchild",
                "Single assessment", Instant.parse("2026-11-27T23:59:59Z"), false, "fr.sw", true, false, "{\"components\":[]}",
                Map.of("childName", "Alex Testchild"))));
        mvc.perform(get("/api/tasks/t1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name", is("See the child")))
                .andExpect(jsonPath("$.due", is("2026-11-27T23:59:59Z")))
                .andExpect(jsonPath("$.form", is("{\"components\":[]}")))
                .andExpect(jsonPath("$.data.childName", is("Alex Testchild")));
    }

    @Test
    void aTaskNobodyMaySeeIsNotFound() throws Exception {
        when(tasks.open(fern, "t9")).thenReturn(Optional.empty());
        mvc.perform(get("/api/tasks/t9"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail", is("There is no open task t9 that you may see.")));
    }

    @Test
    void completingPassesTheValuesAndSaysWhereToGoNext() throws Exception {
        when(tasks.complete(eq(fern), eq("t1"), any())).thenReturn(new Tasks.Completed("t1", "See the child", "CJ1001"));
        mvc.perform(post("/api/tasks/t1/complete").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"values\": {\"childSeenAlone\": \"yes\", \"familyHistoryConsidered\": true}}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.next", is("/children/CJ1001?completed=t1")));
        verify(tasks).complete(fern, "t1", Map.of("childSeenAlone", "yes", "familyHistoryConsidered", true));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"NOT_FOUND, 404", "NOT_ALLOWED, 403", "CONFLICT, 409", "INVALID, 422"})
    void eachRefusalIsAProblemWithTheRulesWordsAndTheFieldsToCorrect(Reason reason, int status) throws Exception {
        when(tasks.complete(eq(fern), eq("t1"), any())).thenThrow(new RefusedException(reason, "What to do about it.",
                List.of(new FieldError("lateReason", "Say why it is late."))));
        mvc.perform(post("/api/tasks/t1/complete").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"values\": {}}"))
                .andExpect(status().is(status))
                .andExpect(jsonPath("$.detail", is("What to do about it.")))
                .andExpect(jsonPath("$.errors[0].field", is("lateReason")))
                .andExpect(jsonPath("$.errors[0].message", is("Say why it is late.")));
    }

    @Test
    void withoutTheCsrfTokenNothingIsCompleted() throws Exception {
        mvc.perform(post("/api/tasks/t1/complete").contentType(MediaType.APPLICATION_JSON).content("{\"values\": {}}"))
                .andExpect(status().isForbidden());
        org.mockito.Mockito.verifyNoInteractions(tasks);
    }
}
