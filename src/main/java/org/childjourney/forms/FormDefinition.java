package org.childjourney.forms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A form from forms/ (a form-js schema, as Camunda Modeler saves it), as the task page shows it and as the server
 * checks what comes back: only the form's own fields are accepted, required fields must be filled, a choice must be
 * one of the form's options and a value must match the field's pattern. A field the form hides on a condition (its
 * own or an enclosing group's FEEL {@code hide} expression) is checked as the browser shows it: required only while
 * shown, and refused while hidden, as form-js leaves hidden fields out of what it submits.
 */
public final class FormDefinition {

    public static final String LATE_REASON = "lateReason";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> INPUTS = Set.of("textfield", "textarea", "number", "select", "radio", "checkbox",
            "checklist", "taglist", "datetime");

    /** A field of the form: what a person fills in; {@code hideWhen} the FEEL conditions (any of them) that hide it. */
    public record Field(String key, String id, String label, String type, boolean required, List<String> hideWhen,
                        Set<String> options, Pattern pattern) {
    }

    /**
     * Evaluates a form's FEEL condition against the form's data, as form-js does in the browser. A condition that cannot
     * be evaluated counts as false (form-js then shows the field).
     */
    @FunctionalInterface
    public interface Conditions {
        boolean holds(String feelExpression, Map<String, Object> data);
    }

    /** What is wrong with one field, in words a person can act on. */
    public record FieldError(String field, String message) {
    }

    private final ObjectNode schema;
    private final Map<String, Field> fields;

    private FormDefinition(ObjectNode schema) {
        this.schema = schema;
        this.fields = new LinkedHashMap<>();
        collect(schema.path("components"), List.of());
    }

    public static FormDefinition parse(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            if (!(node instanceof ObjectNode object) || !node.path("components").isArray()) {
                throw new IllegalArgumentException("Not a form-js form: no components");
            }
            return new FormDefinition(object);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a form-js form: " + e.getOriginalMessage(), e);
        }
    }

    public Map<String, Field> fields() {
        return Map.copyOf(fields);
    }

    /**
     * The form as this task shows it: when the task is overdue its "why is it late?" field becomes required, and when
     * it is not, that field is left out, so nobody is asked for a reason that is not needed.
     */
    public FormDefinition forTask(boolean overdue) {
        ObjectNode copy = schema.deepCopy();
        adjustLateReason((ArrayNode) copy.path("components"), overdue);
        return new FormDefinition(copy);
    }

    public String json() {
        return schema.toString();
    }

    /**
     * Every problem with the submitted values; empty when the form may be completed. {@code context} is what the form
     * was opened with (the task's variables), which its conditions may read beside the submitted values.
     */
    public List<FieldError> problems(Map<String, Object> values, Map<String, Object> context, Conditions conditions) {
        List<FieldError> problems = new ArrayList<>();
        for (String key : values.keySet()) {
            if (!fields.containsKey(key)) {
                problems.add(new FieldError(key, "'" + key + "' is not a field of this form, so it was not accepted"));
            }
        }
        Map<String, Object> data = new HashMap<>(context);
        fields.keySet().forEach(key -> data.putIfAbsent(key, null));
        data.putAll(values);
        for (Field field : fields.values()) {
            Object value = values.get(field.key());
            boolean empty = value == null || value.toString().isBlank() || (value instanceof Boolean b && !b && field.required());
            boolean hidden = field.hideWhen().stream().anyMatch(condition -> conditions.holds(condition, data));
            if (hidden) {
                if (value != null && !value.toString().isBlank() && !Boolean.FALSE.equals(value)) {
                    problems.add(new FieldError(field.key(), "'" + field.label() + "' does not apply to the answers given, so it was not accepted: "
                            + "leave it empty, or change the answer it depends on"));
                }
                continue;
            }
            if (empty) {
                if (field.required()) {
                    problems.add(new FieldError(field.key(), LATE_REASON.equals(field.key())
                            ? "This task is overdue: say why it is late. The reason goes on the child's chronology."
                            : "Fill in '" + field.label() + "'"));
                }
                continue;
            }
            if (!field.options().isEmpty() && !field.options().contains(value.toString())) {
                problems.add(new FieldError(field.key(), "Choose one of the options for '" + field.label() + "'"));
            } else if (field.pattern() != null && !field.pattern().matcher(value.toString()).matches()) {
                problems.add(new FieldError(field.key(), "'" + field.label() + "' is not in the expected format"));
            }
        }
        return problems;
    }

    private void collect(JsonNode components, List<String> enclosingConditions) {
        for (JsonNode component : components) {
            List<String> hideWhen = new ArrayList<>(enclosingConditions);
            String hide = component.path("conditional").path("hide").asText("");
            if (!hide.isBlank()) {
                hideWhen.add(hide.startsWith("=") ? hide.substring(1) : hide);
            }
            String type = component.path("type").asText();
            if (component.has("components")) {
                collect(component.path("components"), hideWhen);
            }
            if (!INPUTS.contains(type) || !component.hasNonNull("key")) {
                continue;
            }
            String key = component.path("key").asText();
            String label = component.path("label").asText(component.path("dateLabel").asText(key));
            Set<String> options = component.path("values").isArray()
                    ? toStream(component.path("values")).map(v -> v.path("value").asText()).collect(Collectors.toSet())
                    : Set.of();
            JsonNode validate = component.path("validate");
            Pattern pattern = validate.hasNonNull("pattern") ? Pattern.compile(validate.path("pattern").asText()) : null;
            fields.put(key, new Field(key, component.path("id").asText(), label, type, validate.path("required").asBoolean(false),
                    List.copyOf(hideWhen), options, pattern));
        }
    }

    private static void adjustLateReason(ArrayNode components, boolean overdue) {
        for (int i = components.size() - 1; i >= 0; i--) {
            JsonNode component = components.get(i);
            if (component.has("components")) {
                adjustLateReason((ArrayNode) component.path("components"), overdue);
            }
            if (!LATE_REASON.equals(component.path("key").asText())) {
                continue;
            }
            if (overdue) {
                ObjectNode field = (ObjectNode) component;
                field.put("label", "This task is overdue: why is it late?");
                field.withObject("/validate").put("required", true);
            } else {
                components.remove(i);
            }
        }
    }

    private static java.util.stream.Stream<JsonNode> toStream(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list.stream();
    }
}
