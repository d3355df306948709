package org.childjourney.journeymap;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.childjourney.access.TeamScope;
import org.childjourney.childrecord.ChildRecords;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;

/** The live journey map as JSON (and each model's BPMN XML): the same counts and access rules as the page. */
@RestController
@Tag(name = "Journey map")
public class JourneyMapApi {

    static final String ACCESS = "Team managers see only the stages with the teams they manage (the stage's holdingTeam; asking for another "
            + "team gives 403); heads of service and administrators see every stage; anyone else gets 403.";

    public record ModelPlaces(JourneyMap.Model model, List<JourneyMap.Place> places) {
    }

    private final JourneyMap map;
    private final ChildRecords records;

    public JourneyMapApi(JourneyMap map, ChildRecords records) {
        this.map = map;
        this.records = records;
    }

    @GetMapping("/api/journey-map")
    @Operation(summary = "Every model on the journey map (its latest version)", description = ACCESS)
    public List<JourneyMap.Model> models(Authentication signedIn) {
        TeamScope.required(records.viewer(signedIn), null);
        return map.models();
    }

    @GetMapping("/api/journey-map/{key}")
    @Operation(summary = "How many children are at each activity of a model now, and how many of them are overdue",
            description = "children: open stages at the activity (every version of the model); overdue: those whose open task there is past "
                    + "its due date. " + ACCESS)
    public ModelPlaces places(@PathVariable String key,
                              @Parameter(description = "Only stages with this team") @RequestParam(required = false) String team,
                              Authentication signedIn) {
        TeamScope scope = TeamScope.required(records.viewer(signedIn), team);
        return new ModelPlaces(found(key), map.places(key, scope));
    }

    @GetMapping("/api/journey-map/{key}/activities/{activityId}")
    @Operation(summary = "The children at one activity now", description = "Child id (the stage's business key), name, team, since when, due, overdue. " + ACCESS)
    public List<JourneyMap.ChildHere> childrenAt(@PathVariable String key, @PathVariable String activityId,
                                                 @RequestParam(required = false) String team, Authentication signedIn) {
        TeamScope scope = TeamScope.required(records.viewer(signedIn), team);
        found(key);
        return map.childrenAt(key, activityId, scope);
    }

    @GetMapping("/api/journey-map/{key}/diagram")
    @Operation(summary = "The latest version of the model, as BPMN 2.0 XML", description = ACCESS)
    public ResponseEntity<String> diagram(@PathVariable String key, Authentication signedIn) {
        TeamScope.required(records.viewer(signedIn), null);
        found(key);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(map.diagram(key));
    }

    private JourneyMap.Model found(String key) {
        return map.model(key).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no model " + key));
    }
}
