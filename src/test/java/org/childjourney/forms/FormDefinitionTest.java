package org.childjourney.forms;

import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.childjourney.forms.FormDefinition.FieldError;
import org.childjourney.forms.engine.FeelConditions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server checks a form as the browser shows it: the real forms from forms/, their FEEL conditions evaluated by
 * Camunda's FEEL engine (the one the decision tables use).
 */
class FormDefinitionTest {

    private static FeelConditions conditions;

    @BeforeAll
    static void feelEngine() {
        DefaultDmnEngineConfiguration dmn = (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        dmn.buildEngine();
        conditions = new FeelConditions(dmn::getFeelEngine);
    }

    @Test
    void aFieldShownByTheAnswerGivenIsRequired() throws IOException {
        FormDefinition icpc = form("icpc.form");
        Map<String, Object> plan = icpc(Map.of("cpPlanDecision", "plan"));

        assertThat(icpc.problems(plan, Map.of(), conditions)).extracting(FieldError::field).containsExactly("abuseCategory");
        assertThat(icpc.problems(with(plan, "abuseCategory", "NEG"), Map.of(), conditions)).isEmpty();
    }

    @Test
    void aFieldHiddenByTheAnswersGivenIsNeitherRequiredNorAccepted() throws IOException {
        FormDefinition icpc = form("icpc.form");
        // No plan, and a child in need plan next: the team is asked for, the category of abuse and the closure reason are not.
        Map<String, Object> noPlan = icpc(Map.of("cpPlanDecision", "no-plan", "noPlanNext", "cin-plan"));

        assertThat(icpc.problems(noPlan, Map.of(), conditions)).extracting(FieldError::field).containsExactly("cinTeam");
        assertThat(icpc.problems(with(noPlan, "cinTeam", "cin-north"), Map.of(), conditions)).isEmpty();

        List<FieldError> problems = icpc.problems(with(with(noPlan, "cinTeam", "cin-north"), "abuseCategory", "NEG"), Map.of(), conditions);
        assertThat(problems).extracting(FieldError::field).containsExactly("abuseCategory");
        assertThat(problems.get(0).message()).isEqualTo("'Category of abuse' does not apply to the answers given, so it was not accepted: "
                + "leave it empty, or change the answer it depends on");
    }

    @Test
    void aConditionMayReadWhatTheFormWasOpenedWith() throws IOException {
        FormDefinition icpc = form("icpc.form");
        Map<String, Object> withoutDecision = new HashMap<>(icpc(Map.of("noPlanNext", "close", "closureReason", "RC8")));
        withoutDecision.remove("cpPlanDecision");
        // The decision is not in what was submitted (it is required, so that is reported), but the task already holds it.
        assertThat(icpc.problems(withoutDecision, Map.of("cpPlanDecision", "no-plan"), conditions))
                .extracting(FieldError::field).containsExactly("cpPlanDecision");
        assertThat(icpc.problems(withoutDecision, Map.of("cpPlanDecision", "plan"), conditions))
                .extracting(FieldError::field).containsExactlyInAnyOrder("cpPlanDecision", "abuseCategory", "noPlanNext", "closureReason");
    }

    @Test
    void anAnonymousReferrerHasNoNameToRecord() throws IOException {
        FormDefinition contact = form("record-contact.form");
        Map<String, Object> anonymous = Map.of("referrerAnonymous", true, "referrerName", "A Neighbour");

        assertThat(contact.problems(anonymous, Map.of(), conditions)).extracting(FieldError::field).contains("referrerName");
        assertThat(contact.problems(Map.of("referrerAnonymous", false, "referrerName", "A Neighbour"), Map.of(), conditions))
                .extracting(FieldError::field).doesNotContain("referrerName");
    }

    @Test
    void aConditionThatCannotBeEvaluatedShowsTheField() {
        assertThat(conditions.holds("this is not FEEL (", Map.of())).isFalse();
        assertThat(conditions.holds("answer = \"yes\"", Map.of("answer", "yes"))).isTrue();
    }

    private static Map<String, Object> icpc(Map<String, Object> answers) {
        Map<String, Object> values = new HashMap<>(Map.of("icpcDate", "2026-11-20", "icpcNotes", "Reasons recorded."));
        values.putAll(answers);
        return values;
    }

    private static Map<String, Object> with(Map<String, Object> values, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(values);
        copy.put(key, value);
        return copy;
    }

    private static FormDefinition form(String file) throws IOException {
        return FormDefinition.parse(Files.readString(Path.of("forms", file)));
    }
}
