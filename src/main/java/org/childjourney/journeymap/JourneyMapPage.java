package org.childjourney.journeymap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.childjourney.access.TeamScope;
import org.childjourney.calendar.Moments;
import org.childjourney.childrecord.ChildRecords;
import org.childjourney.workforce.Workforce;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The live journey map pages: the list of models, each model drawn with bpmn-js and the children at each activity
 * (with the same counts as an accessible table, so the page works without the diagram), and the children at one activity.
 */
@Controller
public class JourneyMapPage {

    private final JourneyMap map;
    private final ChildRecords records;
    private final ObjectMapper json;
    private final Workforce workforce;

    public JourneyMapPage(JourneyMap map, ChildRecords records, ObjectMapper json, Workforce workforce) {
        this.map = map;
        this.records = records;
        this.json = json;
        this.workforce = workforce;
    }

    @GetMapping("/journey-map")
    public String models(@RequestParam(required = false) String team, Authentication signedIn, Model model) {
        TeamScope.required(records.viewer(signedIn), team);
        model.addAttribute("models", map.models());
        model.addAttribute("team", blankToNull(team));
        return "journey-map";
    }

    @GetMapping("/journey-map/{key}")
    public String model(@PathVariable String key, @RequestParam(required = false) String team, Authentication signedIn, Model model)
            throws JsonProcessingException {
        TeamScope scope = TeamScope.required(records.viewer(signedIn), team);
        JourneyMap.Model found = map.model(key).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no model " + key));
        var places = map.places(key, scope);
        TeamScope everything = TeamScope.required(records.viewer(signedIn), null);
        model.addAttribute("teams", workforce.teams().stream().filter(t -> everything.covers(t.code())).toList());
        model.addAttribute("model", found);
        model.addAttribute("models", map.models());
        model.addAttribute("places", places);
        // For the diagram's overlays; "</" escaped so that no name can end the script element.
        model.addAttribute("placesJson", json.writeValueAsString(places).replace("</", "<\\/"));
        model.addAttribute("team", blankToNull(team));
        model.addAttribute("scope", scope);
        return "journey-map-model";
    }

    @GetMapping("/journey-map/{key}/{activityId}")
    public String childrenAt(@PathVariable String key, @PathVariable String activityId, @RequestParam(required = false) String team,
                             Authentication signedIn, Model model) {
        TeamScope scope = TeamScope.required(records.viewer(signedIn), team);
        JourneyMap.Model found = map.model(key).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no model " + key));
        JourneyMap.Place place = map.places(key, scope).stream().filter(p -> p.activityId().equals(activityId)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no activity " + activityId + " in " + key));
        model.addAttribute("model", found);
        model.addAttribute("place", place);
        model.addAttribute("children", map.childrenAt(key, activityId, scope));
        model.addAttribute("team", blankToNull(team));
        model.addAttribute("when", new Moments.Formatter());
        return "journey-map-activity";
    }

    private static String blankToNull(String team) {
        return team == null || team.isBlank() ? null : team;
    }
}
