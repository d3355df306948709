package org.childjourney.oversight;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.childjourney.access.Viewer;
import org.childjourney.childrecord.ChildRecords;
import org.childjourney.workforce.Team;
import org.childjourney.workforce.Workforce;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The oversight board and caseloads as JSON: the same figures, definitions and access rules as the pages. */
@RestController
@RequestMapping("/api")
@Tag(name = "Oversight")
public class OversightController {

    public record FigureDefinition(String figure, String title, String definition, String list) {
    }

    public record Board(Instant at, List<Oversight.TeamFigures> teams, Map<Figure, Oversight.Count> total, List<FigureDefinition> definitions) {
    }

    public record ChildList(Instant at, String figure, String title, String definition, List<String> teams, Oversight.Count count,
                            List<Oversight.Row> children) {
    }

    public record CaseloadReport(List<Caseloads.TeamLoad> teams, Map<String, Double> weights, String definition) {
    }

    private final Oversight oversight;
    private final Caseloads caseloads;
    private final Workforce workforce;
    private final ChildRecords records;

    public OversightController(Oversight oversight, Caseloads caseloads, Workforce workforce, ChildRecords records) {
        this.oversight = oversight;
        this.caseloads = caseloads;
        this.workforce = workforce;
        this.records = records;
    }

    @GetMapping("/oversight")
    @Operation(summary = "The oversight board: for each team, children overdue, due soon, stuck, unallocated, held by managers, with open escalations",
            description = "Team managers see the teams they manage, heads of service and administrators every team; anyone else gets 403, "
                    + "as does a manager asking for another team. Each figure counts distinct children; its list is /api/oversight/{figure}.")
    public Board board(@Parameter(description = "One team's code, e.g. cin-north; all the viewer's teams if left out") @RequestParam(required = false) String team,
                       Authentication signedIn) {
        List<Team> teams = OversightAccess.chosen(viewer(signedIn), workforce.teams(), team);
        Oversight.Snapshot snapshot = oversight.snapshot();
        List<String> codes = teams.stream().map(Team::code).toList();
        Map<Figure, Oversight.Count> total = new EnumMap<>(Figure.class);
        for (Figure figure : Figure.values()) {
            total.put(figure, snapshot.count(figure, codes));
        }
        return new Board(snapshot.at(), oversight.board(snapshot, teams), total, definitions());
    }

    @GetMapping("/oversight/{figure}")
    @Operation(summary = "The children behind one figure of the board",
            description = "figure: overdue, due-soon, stuck, unallocated, manager-held or escalations. Each row: the child, what is overdue or "
                    + "stuck, which clock, since when, by how many working days, who the work is with and who holds the case.")
    public ChildList children(@PathVariable String figure, @RequestParam(required = false) String team, Authentication signedIn) {
        Figure f = Figure.bySlug(figure).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No figure '" + figure + "'"));
        List<String> codes = OversightAccess.chosen(viewer(signedIn), workforce.teams(), team).stream().map(Team::code).toList();
        Oversight.Snapshot snapshot = oversight.snapshot();
        return new ChildList(snapshot.at(), f.slug(), f.title(), f.definition(oversight.settings()), codes, snapshot.count(f, codes),
                snapshot.rows(f, codes));
    }

    @GetMapping("/caseloads")
    @Operation(summary = "Caseloads per worker against capacity, counted and weighted, with team totals and who is over capacity",
            description = "Same access as the oversight board.")
    public CaseloadReport caseloads(@RequestParam(required = false) String team, Authentication signedIn) {
        List<Team> teams = OversightAccess.chosen(viewer(signedIn), workforce.teams(), team);
        return new CaseloadReport(caseloads.teams(teams), caseloads.weights(), CaseloadDefinitions.TEXT);
    }

    @GetMapping("/caseloads/workers/{username}/leaving")
    @Operation(summary = "If this worker left: the children whose case would need reallocating, and the work assigned to them",
            description = "For the managers of the worker's team, heads of service and administrators.")
    public Caseloads.Leaving leaving(@PathVariable String username, Authentication signedIn) {
        Caseloads.Leaving leaving = caseloads.leaving(username)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No worker '" + username + "'"));
        OversightAccess.chosen(viewer(signedIn), workforce.teams(), leaving.team() == null ? "-" : leaving.team());
        return leaving;
    }

    static List<FigureDefinition> definitions(OversightSettings settings) {
        return Arrays.stream(Figure.values())
                .map(f -> new FigureDefinition(f.slug(), f.title(), f.definition(settings), "/api/oversight/" + f.slug())).toList();
    }

    private List<FigureDefinition> definitions() {
        return definitions(oversight.settings());
    }

    private Viewer viewer(Authentication signedIn) {
        return records.viewer(signedIn);
    }
}
