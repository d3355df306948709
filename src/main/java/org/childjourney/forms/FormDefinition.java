package org.childjourney.forms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A form from forms/ (a form-js schema, as Camunda Modeler saves it), as the task page shows it and as the server
 * checks what comes back: only the form's own fields are accepted, required fields must be filled, a choice must be
 * one of the form's options and a value must match the field's pattern. Fields that the form hides on a condition
 * are left to the form in the browser and to the model's own checks (a FEEL condition is not evaluated here).
 */
public final class FormDefinition {

    public static final String LATE_REASON = "lateReason";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> INPUTS = Set.of("textfield", "textarea", "number", "select", "radio", "checkbox",
            "checklist", "taglist", "datetime");

    /** A field of the form: what a person fills in. */
    public record Field(String key, String id, String label, String type, boolean required, boolean conditional,
                        Set<String> options, Pattern pattern) {
    }

    /** What is wrong with one field, in words a person can act on. */
    public record FieldError(String field, String message) {
    }

    private final ObjectNode schema;
    private final Map<String, Field> fields;

    private FormDefinition(ObjectNode schema) {
        this.schema = schema;
        this.fields = new LinkedHashMap<>();
        collect(schema.path("components"), false);
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

    /** Every problem with the submitted values; empty when the form may be completed. */
    public List<FieldError> problems(Map<String, Object> values) {
        List<FieldError> problems = new ArrayList<>();
        for (String key : values.keySet()) {
            if (!fields.containsKey(key)) {
                problems.add(new FieldError(key, "'" + key + "' is not a field of this form, so it was not accepted"));
            }
        }
        for (Field field : fields.values()) {
            Object value = values.get(field.key());
            boolean empty = value == null || value.toString().isBlank() || (value instanceof Boolean b && !b && field.required());
            if (empty) {
                if (field.required() && !field.conditional()) {
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

    private void collect(JsonNode components, boolean insideConditional) {
        for (JsonNode component : components) {
            boolean conditional = insideConditional || component.hasNonNull("conditional");
            String type = component.path("type").asText();
            if (component.has("components")) {
                collect(component.path("components"), conditional);
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
                    conditional, options, pattern));
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
