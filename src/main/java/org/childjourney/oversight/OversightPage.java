package org.childjourney.oversight;

import org.childjourney.access.Viewer;
import org.childjourney.calendar.Moments;
import org.childjourney.childrecord.ChildRecords;
import org.childjourney.workforce.Team;
import org.childjourney.web.ListPage;
import org.childjourney.workforce.Workforce;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;

/**
 * The managers' pages: the oversight board (overdue work first, then every figure per team, each a link to its list
 * of children), the list behind each figure, caseloads, and the effect of a worker leaving.
 */
@Controller
public class OversightPage {

    /** Overdue rows shown on the board itself; the full list is one click away. */
    static final int OVERDUE_ON_BOARD = 25;
    /** Rows per page of a figure's list (the API gives every row). */
    static final int PAGE_SIZE = 100;

    private final Oversight oversight;
    private final Caseloads caseloads;
    private final Workforce workforce;
    private final ChildRecords records;

    public OversightPage(Oversight oversight, Caseloads caseloads, Workforce workforce, ChildRecords records) {
        this.oversight = oversight;
        this.caseloads = caseloads;
        this.workforce = workforce;
        this.records = records;
    }

    @GetMapping("/oversight")
    public String board(@RequestParam(required = false) String team, Authentication signedIn, Model model) {
        List<Team> all = workforce.teams();
        Viewer viewer = records.viewer(signedIn);
        List<Team> teams = OversightAccess.chosen(viewer, all, team);
        List<String> codes = teams.stream().map(Team::code).toList();
        Oversight.Snapshot snapshot = oversight.snapshot();
        List<Oversight.Row> overdue = snapshot.rows(Figure.OVERDUE, codes);
        model.addAttribute("team", team == null || team.isBlank() ? null : team);
        model.addAttribute("theirTeams", OversightAccess.teamsFor(viewer, all));
        model.addAttribute("teams", teams);
        model.addAttribute("board", oversight.board(snapshot, teams));
        model.addAttribute("figures", Figure.values());
        model.addAttribute("total", java.util.Arrays.stream(Figure.values()).map(f -> snapshot.count(f, codes)).toList());
        model.addAttribute("overdue", overdue.stream().limit(OVERDUE_ON_BOARD).toList());
        model.addAttribute("overdueCount", snapshot.count(Figure.OVERDUE, codes));
        model.addAttribute("definitions", OversightController.definitions(oversight.settings()));
        model.addAttribute("at", snapshot.at());
        model.addAttribute("when", new Moments.Formatter());
        return "oversight";
    }

    @GetMapping("/oversight/{figure}")
    public String children(@PathVariable String figure, @RequestParam(required = false) String team,
                           @RequestParam(defaultValue = "1") int page, Authentication signedIn, Model model) {
        Figure f = Figure.bySlug(figure).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No figure '" + figure + "'"));
        List<Team> teams = OversightAccess.chosen(records.viewer(signedIn), workforce.teams(), team);
        List<String> codes = teams.stream().map(Team::code).toList();
        Oversight.Snapshot snapshot = oversight.snapshot();
        model.addAttribute("figure", f);
        model.addAttribute("definition", f.definition(oversight.settings()));
        model.addAttribute("team", team == null || team.isBlank() ? null : team);
        model.addAttribute("teams", teams);
        List<Oversight.Row> rows = snapshot.rows(f, codes);
        model.addAttribute("count", snapshot.count(f, codes));
        ListPage.of(rows, page, PAGE_SIZE).addTo(model);
        model.addAttribute("at", snapshot.at());
        model.addAttribute("when", new Moments.Formatter());
        return "oversight-children";
    }

    @GetMapping("/caseloads")
    public String caseloads(@RequestParam(required = false) String team, Authentication signedIn, Model model) {
        List<Team> all = workforce.teams();
        Viewer viewer = records.viewer(signedIn);
        List<Team> teams = OversightAccess.chosen(viewer, all, team);
        model.addAttribute("team", team == null || team.isBlank() ? null : team);
        model.addAttribute("theirTeams", OversightAccess.teamsFor(viewer, all));
        model.addAttribute("loads", caseloads.teams(teams));
        model.addAttribute("weights", caseloads.weights());
        model.addAttribute("definition", CaseloadDefinitions.TEXT);
        return "caseloads";
    }

    @GetMapping("/caseloads/workers/{username}/leaving")
    public String leaving(@PathVariable String username, Authentication signedIn, Model model) {
        Caseloads.Leaving leaving = caseloads.leaving(username)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No worker '" + username + "'"));
        OversightAccess.chosen(records.viewer(signedIn), workforce.teams(), leaving.team() == null ? "-" : leaving.team());
        model.addAttribute("leaving", leaving);
        model.addAttribute("teamName", workforce.team(leaving.team()).map(Team::name).orElse(leaving.team()));
        return "caseload-leaving";
    }
}
