package org.childjourney.childrecord;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.childjourney.childrecord.ChildRecords.ChildRecord;
import org.childjourney.chronology.ChronologyEntry;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The child's record as JSON: who they are, where they are in the journey, who holds them, open deadlines, the chronology. */
@RestController
@RequestMapping("/api/children")
@Tag(name = "Child record")
public class ChildRecordController {

    private final ChildRecords records;

    public ChildRecordController(ChildRecords records) {
        this.records = records;
    }

    @GetMapping("/{childId}")
    @Operation(summary = "A child's record",
            description = "Only for people who may see the child: those allocated, their team and its managers, the MASH while a contact is open, "
                    + "heads of service. Anyone else gets 404, as for a child that does not exist. Every view and refusal is audited.")
    public ChildRecord record(@PathVariable String childId,
                              @Parameter(description = "Only chronology entries of this type, e.g. DECISION, ALLOCATION, ESCALATION")
                              @RequestParam(required = false) ChronologyEntry.EntryType type,
                              Authentication signedIn, HttpServletRequest request) {
        return records.open(signedIn, childId, type, request.getRequestURI(), request.getRemoteAddr())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no child " + childId + " whose record you may see"));
    }
}
