package org.childjourney.childrecord;

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
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Opens a child's record for a signed-in person, if they may see it, and audits every attempt: the one rule for the pages and the API. */
@Service
public class ChildRecords {

    /** The child's record, as the record page shows it. */
    public record ChildRecord(Child child, List<OpenWork.Stage> stages, List<Allocation> allocatedNow, List<Allocation> allocatedBefore,
                              List<Episodes.Episode> episodes, List<OpenWork.Deadline> openDeadlines, List<ChronologyEntry> chronology,
                              List<OpenWork.StageTrail> journey) {
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

    public ChildRecords(ChildRegister children, Allocations allocations, Episodes episodes, Chronology chronology, Contacts contacts,
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

    /** Empty when the child does not exist or the person may not see them: the two look the same from outside. */
    public Optional<ChildRecord> open(Authentication signedIn, String childId, ChronologyEntry.EntryType type, String path, String remoteAddress) {
        Viewer viewer = viewer(signedIn);
        Optional<Child> child = children.byId(childId);
        List<Allocation> current = child.map(c -> allocations.current(c.id())).orElse(List.of());
        if (child.isEmpty() || !(ChildAccess.mayView(viewer, current, contacts.hasOpenContact(childId)) || offeredToTheirTeam(viewer, childId))) {
            audit.record(clock.instant(), viewer.username(), childId, "VIEW_CHILD_RECORD", child.isEmpty() ? "NOT_FOUND" : "REFUSED", path, remoteAddress);
            return Optional.empty();
        }
        audit.record(clock.instant(), viewer.username(), childId, "VIEW_CHILD_RECORD", "VIEWED", path, remoteAddress);
        return Optional.of(new ChildRecord(child.get(), openWork.stagesOf(childId), current,
                allocations.history(childId).stream().filter(a -> a.endedAt() != null).toList(), episodes.of(childId),
                openWork.deadlinesOf(childId), chronology.of(childId).stream().filter(e -> type == null || e.type() == type).toList(),
                openWork.trailOf(childId)));
    }

    /** A possible match in a search: enough to tell children apart, and who holds them now. */
    public record ChildMatch(String id, String name, boolean unborn, LocalDate dateOfBirth, String nhsNumberEnding, List<String> heldBy,
                             boolean mayOpenRecord) {
    }

    /**
     * Possible matches for a search by name, date of birth or id. The front door (MASH) and heads of service see every
     * match, since a contact must be checked against every child already known; anyone else sees only the children whose
     * record they may open. Every child listed is audited, as a view of their identity.
     */
    public List<ChildMatch> search(Authentication signedIn, String name, LocalDate dateOfBirth, String id, String path, String remoteAddress) {
        Viewer viewer = viewer(signedIn);
        boolean frontDoor = viewer.seesEveryChild() || viewer.groups().contains("mash") || viewer.managesTeam("mash");
        List<ChildMatch> matches = new java.util.ArrayList<>();
        for (Child child : children.search(name, dateOfBirth, id, 50)) {
            List<Allocation> current = allocations.current(child.id());
            boolean mayOpen = ChildAccess.mayView(viewer, current, contacts.hasOpenContact(child.id()));
            if (!frontDoor && !mayOpen) {
                continue;
            }
            audit.record(clock.instant(), viewer.username(), child.id(), "LISTED_IN_SEARCH", "LISTED", path, remoteAddress);
            String nhs = child.identity().nhsNumber();
            matches.add(new ChildMatch(child.id(), child.identity().displayName(), child.identity().unborn(),
                    child.identity().unborn() ? child.identity().expectedDateOfBirth() : child.identity().dateOfBirth(),
                    nhs == null ? null : nhs.substring(nhs.length() - 3),
                    current.stream().map(a -> a.teamCode() + (a.workerUsername() == null ? "" : ": " + a.workerUsername())).toList(), mayOpen));
        }
        return matches;
    }

    /**
     * The managers of a team the child has been handed to, before anyone in it is allocated: the team does not hold the
     * case yet, but its managers must allocate it (the open "Allocate a named worker" task is offered to them) and so see it
     * on their oversight board; they may open the record they are to allocate.
     */
    private boolean offeredToTheirTeam(Viewer viewer, String childId) {
        List<String> managerGroups = viewer.groups().stream().filter(g -> g.endsWith("-managers")).toList();
        return !managerGroups.isEmpty() && openWork.offeredToAnyOf(childId, managerGroups);
    }

    public Viewer viewer(Authentication signedIn) {
        Set<String> groups = signedIn.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("GROUP_")).map(a -> a.substring("GROUP_".length())).collect(Collectors.toSet());
        String team = workforce.worker(signedIn.getName()).map(Worker::teamCode).orElse(null);
        return new Viewer(signedIn.getName(), team, groups);
    }
}
