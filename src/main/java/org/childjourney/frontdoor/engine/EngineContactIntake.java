package org.childjourney.frontdoor.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.childjourney.access.Viewer;
import org.childjourney.child.Child;
import org.childjourney.child.ChildIdentity;
import org.childjourney.engine.Refusals;
import org.childjourney.forms.FormDefinition;
import org.childjourney.forms.RefusedException;
import org.childjourney.forms.RefusedException.Reason;
import org.childjourney.frontdoor.ContactIntake;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Component
public class EngineContactIntake implements ContactIntake {

    private static final String FRONT_DOOR = "front-door";
    private final ProcessEngine engine;
    private final FormDefinition.Conditions conditions;

    public EngineContactIntake(@Lazy ProcessEngine engine, FormDefinition.Conditions conditions) {
        this.engine = engine;
        this.conditions = conditions;
    }

    @Override
    public StartForm form(Optional<Child> knownChild) {
        Map<String, Object> data = new LinkedHashMap<>();
        knownChild.ifPresent(child -> {
            ChildIdentity who = child.identity();
            put(data, "childFirstName", who.firstName());
            put(data, "childLastName", who.lastName());
            data.put("childUnborn", who.unborn());
            put(data, "childDateOfBirth", who.dateOfBirth());
            put(data, "childExpectedDateOfBirth", who.expectedDateOfBirth());
            put(data, "childSex", who.sex());
            put(data, "childEthnicity", who.ethnicity());
            put(data, "childDisability", who.disability());
            put(data, "childNhsNumber", who.nhsNumber());
        });
        return new StartForm(startForm(frontDoor()).json(), data, knownChild.map(Child::id).orElse(null));
    }

    @Override
    public Recorded record(Viewer viewer, Map<String, Object> values, String knownChildId) {
        ProcessDefinition frontDoor = frontDoor();
        List<FormDefinition.FieldError> problems = startForm(frontDoor).problems(values, Map.of(), conditions);
        if (!problems.isEmpty()) {
            throw new RefusedException(Reason.INVALID, "The contact was not recorded: correct the form and try again.", problems);
        }
        Map<String, Object> variables = new HashMap<>(values);
        if (knownChildId != null && !knownChildId.isBlank()) {
            variables.put("knownChildId", knownChildId);
        }
        ProcessInstance started;
        engine.getIdentityService().setAuthentication(viewer.username(), List.copyOf(viewer.groups()));
        try {
            started = engine.getRuntimeService().startProcessInstanceById(frontDoor.getId(), variables);
        } catch (RuntimeException e) {
            throw Refusals.from(e);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        Map<String, Object> recorded = engine.getRuntimeService().getVariables(started.getId(),
                List.of("childId", "childName", "childAlreadyKnown", "reReferral"));
        String childId = (String) recorded.get("childId");
        return new Recorded(childId, (String) recorded.get("childName"), Boolean.TRUE.equals(recorded.get("childAlreadyKnown")),
                Boolean.TRUE.equals(recorded.get("reReferral")), "/children/" + childId + "?contactRecorded=true");
    }

    private ProcessDefinition frontDoor() {
        return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(FRONT_DOOR).latestVersion().singleResult();
    }

    private FormDefinition startForm(ProcessDefinition definition) {
        try (InputStream in = engine.getFormService().getDeployedStartForm(definition.getId())) {
            return FormDefinition.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("Could not read the front door's start form", e);
        }
    }

    private static void put(Map<String, Object> data, String key, Object value) {
        if (value != null) {
            data.put(key, value.toString());
        }
    }
}
