package org.childjourney.journeymap;

import org.childjourney.access.TeamScope;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The live journey map: every model as the engine runs it, and for each activity how many children are there now, how
 * many of them are overdue, and who they are. A manager's map shows only the stages with their teams (the stage's
 * {@code holdingTeam}); a head of service's, every stage.
 */
public interface JourneyMap {

    /** A model: its key, its name and the latest version, which is the one drawn. */
    record Model(String key, String name, String definitionId, int version) {
    }

    /** An activity of the model with the children there now (one per open stage) and those of them with an overdue task. */
    record Place(String activityId, String name, String kind, int children, int overdue) {
    }

    /** A child at an activity: since when, the open task's due date if it has one, and whether that has passed. */
    record ChildHere(String childId, String childName, String team, Instant since, Instant due, boolean overdue) {
    }

    List<Model> models();

    Optional<Model> model(String key);

    /** The latest version's BPMN XML, as deployed. */
    String diagram(String key);

    /** Every waiting place in the latest model (in the model's order), and any other activity where children are now (an older version's). */
    List<Place> places(String key, TeamScope scope);

    List<ChildHere> childrenAt(String key, String activityId, TeamScope scope);
}
