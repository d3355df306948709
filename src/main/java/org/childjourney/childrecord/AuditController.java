package org.childjourney.childrecord;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.childjourney.access.AuditLog;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;

/** The audit log of views of children's records, for administrators only. */
@RestController
@RequestMapping("/api/audit")
@Tag(name = "Audit")
public class AuditController {

    private final AuditLog audit;
    private final ChildRecords records;

    public AuditController(AuditLog audit, ChildRecords records) {
        this.audit = audit;
        this.records = records;
    }

    @GetMapping
    @Operation(summary = "Who viewed which child's record, when and from where (administrators only)")
    public List<AuditLog.Event> events(@RequestParam(required = false) String childId, Authentication signedIn) {
        if (!records.viewer(signedIn).isAdministrator()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only administrators can read the audit log");
        }
        return childId == null ? audit.recent(200) : audit.forChild(childId);
    }
}
