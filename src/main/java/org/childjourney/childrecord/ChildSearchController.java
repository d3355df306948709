package org.childjourney.childrecord;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.childjourney.childrecord.ChildRecords.ChildMatch;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

@RestController
@Tag(name = "Child record")
public class ChildSearchController {

    private final ChildRecords records;

    public ChildSearchController(ChildRecords records) {
        this.records = records;
    }

    @GetMapping("/api/children")
    @Operation(summary = "Search for a child: possible matches by name, date of birth or id",
            description = "At most 50 matches. The MASH and heads of service see every match (a contact must be checked against every known child); "
                    + "others only children whose record they may open. Every child listed is written to the audit log.")
    public List<ChildMatch> search(@Parameter(description = "Any part of the first or last name, word by word from the start") @RequestParam(required = false) String name,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dateOfBirth,
                                   @Parameter(description = "The child's id, e.g. CJ1001") @RequestParam(required = false) String id,
                                   Authentication signedIn, HttpServletRequest request) {
        return records.search(signedIn, name, dateOfBirth, id, request.getRequestURI(), request.getRemoteAddr());
    }
}
