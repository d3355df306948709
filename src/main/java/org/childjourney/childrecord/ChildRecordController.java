package org.childjourney.childrecord;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.childjourney.access.AuditLog;
import org.childjourney.access.ChildAccess;
import org.childjourney.access.Viewer;
import org.childjourney.allocation.Allocations;
import org.childjourney.allocation.Allocations.Allocation;
import org.childjourney.child.Child;
import org.childjourney.child.ChildRegister;
import org.childjourney.child.Episodes;
import org.childjourney.chronology.Chronology;
import org.childjourney.chronology.ChronologyEntry;
import org.childjourney.frontdoor.Contacts;
import org.childjourney.workforce.Worker;
import org.childjourney.workforce.Workforce;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The child's record as JSON: who they are, where they are in the journey, who holds them, open deadlines, the chronology. */
@RestController
@RequestMapping("/api/children")
@Tag(name = "Child record")
public class ChildRecordController {

    /** The child's record, as the record page shows it. */
    public record ChildRecord(Child child, List<OpenWork.Stage> stages, List<Allocation> allocatedNow, List<Allocation> allocatedBefore,
                              List<Episodes.Episode> episodes, List<OpenWork.Deadline> openDeadlines, List<ChronologyEntry> chronology) {
    }

    private final ChildRegister children;
    private final Allocations allocations;
    private final Episodes episodes;
    private final Chronology chronology;
    private final Contacts contacts;
    private final OpenWork openWork;
    private final Workforce workforce;
    private final AuditLog audit;
    private final Clock clock;

    public ChildRecordController(ChildRegister children, Allocations allocations, Episodes episodes, Chronology chronology, Contacts contacts,
                                 OpenWork openWork, Workforce workforce, AuditLog audit, Clock clock) {
        this.children = children;
        this.allocations = allocations;
        this.episodes = episodes;
        this.chronology = chronology;
        this.contacts = contacts;
        this.openWork = openWork;
        this.workforce = workforce;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/{childId}")
    @Operation(summary = "A child's record",
            description = "Only for people who may see the child: those allocated, their team and its managers, the MASH while a contact is open, "
                    + "heads of service. Anyone else gets 404, as for a child that does not exist. Every view and refusal is audited.")
    public ChildRecord record(@PathVariable String childId,
                              @Parameter(description = "Only chronology entries of this type, e.g. DECISION, ALLOCATION, ESCALATION")
                              @RequestParam(required = false) ChronologyEntry.EntryType type,
                              Authentication signedIn, HttpServletRequest request) {
        Viewer viewer = viewer(signedIn);
        Optional<Child> child = children.byId(childId);
        List<Allocation> current = child.map(c -> allocations.current(c.id())).orElse(List.of());
        if (child.isEmpty() || !ChildAccess.mayView(viewer, current, contacts.hasOpenContact(childId))) {
            audit.record(clock.instant(), viewer.username(), childId, "VIEW_CHILD_RECORD", child.isEmpty() ? "NOT_FOUND" : "REFUSED",
                    request.getRequestURI(), request.getRemoteAddr());
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no child " + childId + " whose record you may see");
        }
        audit.record(clock.instant(), viewer.username(), childId, "VIEW_CHILD_RECORD", "VIEWED", request.getRequestURI(), request.getRemoteAddr());
        List<Allocation> history = allocations.history(childId);
        return new ChildRecord(child.get(), openWork.stagesOf(childId), current,
                history.stream().filter(a -> a.endedAt() != null).toList(), episodes.of(childId), openWork.deadlinesOf(childId),
                chronology.of(childId).stream().filter(e -> type == null || e.type() == type).toList());
    }

    Viewer viewer(Authentication signedIn) {
        Set<String> groups = signedIn.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("GROUP_")).map(a -> a.substring("GROUP_".length())).collect(Collectors.toSet());
        String team = workforce.worker(signedIn.getName()).map(Worker::teamCode).orElse(null);
        return new Viewer(signedIn.getName(), team, groups);
    }
}
