package org.childjourney.missing;

import org.childjourney.calendar.Moments;
import org.childjourney.child.Child;
import org.childjourney.child.ChildRegister;
import org.childjourney.chronology.Chronology;
import org.childjourney.chronology.ChronologyEntry;
import org.childjourney.chronology.ChronologyEntry.EntryType;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A child who went missing and came back: the episode goes on their chronology, and a return home interview is owed. */
@Service
public class MissingEpisodes {

    private final ChildRegister children;
    private final Chronology chronology;

    public MissingEpisodes(ChildRegister children, Chronology chronology) {
        this.children = children;
        this.chronology = chronology;
    }

    public Child record(String childId, Instant missingFrom, Instant returnedAt, String circumstances, String who, Instant now) {
        List<String> problems = new ArrayList<>();
        Child child = childId == null ? null : children.byId(childId.trim()).orElse(null);
        if (child == null) {
            problems.add("There is no child with the id '" + childId + "': check the child's record number (for example CJ1001)");
        }
        if (!returnedAt.isAfter(missingFrom)) {
            problems.add("The child must have returned after they went missing: check both times");
        }
        if (returnedAt.isAfter(now)) {
            problems.add("The return time is in the future: check it");
        }
        if (circumstances == null || circumstances.isBlank()) {
            problems.add("Describe where the child was found, who with, and any concerns");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("The missing episode was not recorded. Please correct: " + String.join("; ", problems) + ".");
        }
        chronology.record(ChronologyEntry.of(child.id(), returnedAt, EntryType.MISSING,
                "Missing from " + Moments.dayAndTime(missingFrom) + ", returned " + Moments.dayAndTime(returnedAt), circumstances, who));
        return child;
    }
}
