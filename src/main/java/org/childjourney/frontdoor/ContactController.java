package org.childjourney.frontdoor;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.childjourney.child.Child;
import org.childjourney.child.ChildRegister;
import org.childjourney.childrecord.ChildRecords;
import org.childjourney.forms.RefusedException;
import org.childjourney.forms.RefusedException.Reason;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;
import java.util.Optional;

/** Recording a contact at the front door, as JSON: the start form, and the contact itself. */
@RestController
@Tag(name = "Front door")
public class ContactController {

    private final ContactIntake intake;
    private final ChildRecords records;
    private final ChildRegister children;

    public ContactController(ContactIntake intake, ChildRecords records, ChildRegister children) {
        this.intake = intake;
        this.records = records;
        this.children = children;
    }

    @GetMapping("/api/contacts/form")
    @Operation(summary = "The contact form (form-js schema), filled with the picked child's details when childId is given")
    public ContactIntake.StartForm form(@RequestParam(required = false) String childId, Authentication signedIn, HttpServletRequest request) {
        return intake.form(pickedChild(childId, signedIn, request));
    }

    @Schema(description = "The contact form's values by field key, and the child picked from the possible matches (if any)")
    public record NewContactRequest(Map<String, Object> values, String knownChildId) {
    }

    @PostMapping("/api/contacts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a contact: starts the front door (MASH screening follows)",
            description = "All or nothing. 422 lists what to correct; a contact already recorded for the child with the same concerns is refused "
                    + "with the earlier contact named; 403 for people who may not record contacts.")
    public ContactIntake.Recorded record(@RequestBody NewContactRequest contact, Authentication signedIn, HttpServletRequest request) {
        Optional<Child> picked = pickedChild(contact.knownChildId(), signedIn, request);
        return intake.record(records.viewer(signedIn), contact.values() == null ? Map.of() : contact.values(), picked.map(Child::id).orElse(null));
    }

    /** A picked child must be one the person can find in a search (which audits it). */
    private Optional<Child> pickedChild(String childId, Authentication signedIn, HttpServletRequest request) {
        if (childId == null || childId.isBlank()) {
            return Optional.empty();
        }
        if (records.search(signedIn, null, null, childId, request.getRequestURI(), request.getRemoteAddr()).isEmpty()) {
            throw new RefusedException(Reason.NOT_FOUND, "There is no child " + childId + " that you can record a contact for: search again.");
        }
        return children.byId(childId);
    }
}
