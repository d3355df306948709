package org.childjourney.performance;

import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.childjourney.Journeys;
import org.childjourney.ProcessTest;
import org.childjourney.access.NotAllowedException;
import org.childjourney.access.Viewer;
import org.childjourney.frontdoor.FrontDoorProcessTest;
import org.childjourney.performance.PerformanceFigures.Cell;
import org.childjourney.performance.PerformanceFigures.Report;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

/**
 * Every performance figure on one known set of journeys, driven through the real models from November 2026 to February
 * 2027 over Christmas (Friday 25 December, Monday 28 December as the substitute for Boxing Day, Friday 1 January are bank
 * holidays). Each expected value is counted by hand below, child by child; the due dates are the engine's own, and
 * completing a task the hand count says is late without a reason would fail, so the hand-worked due dates are checked too.
 *
 * <pre>
 * Child  Front door (received -> decided)           Then
 * Ann    2 Nov 09:00 -> 2 Nov 09:30 referral        referrer told 2 Nov 12:00 (due 3 WD after receipt, end of Thu 5 Nov: on
 *                                                   time); assessment authorised
 *                                                   7 Jan 10:00, due end of the 45th working day after 2 Nov = Thu 7 Jan (the
 *                                                   three bank holidays move it from Mon 4 Jan): on time; outcome CIN plan
 * Ben    2 Nov 09:10 -> 2 Nov 10:00 NFA             referrer told Fri 6 Nov 10:00 (due end of Thu 5 Nov: late)
 * Gus    2 Nov 09:20 -> 2 Nov 10:30 referral        assessment authorised Fri 8 Jan 10:00 (due 7 Jan: late), early help;
 *                                                   early help stepped back up to the MASH 20 Jan
 * Jo     2 Nov 09:30 -> 2 Nov 11:00 early help      early help closed, needs met, 15 Jan
 * Eve    3 Nov 09:00 -> 3 Nov 10:00 referral        assessment authorised 5 Nov: NFA (episode closed 5 Nov), on time
 * Cal    Mon 30 Nov 16:00 -> Tue 1 Dec 10:00 information and advice (a December decision though received in November)
 * Dan    2 Dec 09:00 -> 2 Dec 10:00 strategy        strategy discussion 3 Dec 15:00 (due end of 3 Dec: on time); ICPC 24 Dec
 *                                                   (due 15 WD after 3 Dec = 24 Dec: on time): plan 1; CP visit 5 Jan (due 10 WD
 *                                                   after 24 Dec = 12 Jan: on time); review conference 6 Jan ends the plan to
 *                                                   CIN North; CIN visit 6 Jan steps up; strategy discussion 7 Jan 11:00 (due
 *                                                   end of 7 Jan: on time); ICPC 22 Jan (due 15 WD after 7 Jan = 28 Jan: on
 *                                                   time): plan 2, his second
 * Ivy    2 Dec 09:05 -> 2 Dec 10:05 strategy        strategy discussion 4 Dec 09:00 (due end of 3 Dec: late)
 * Eve    7 Dec 09:00 -> 7 Dec 10:00 referral        a re-referral: within 12 months of the end of her episode on 5 Nov
 * Hal    Thu 24 Dec 10:00 -> 24 Dec 11:00 strategy  strategy discussion Tue 29 Dec 10:00 (due: the working day after 24 Dec
 *                                                   is 29 Dec, after 25 and 28 Dec: on time); ICPC 21 Jan (due 15 WD after
 *                                                   29 Dec = 20 Jan: late): plan 1; CP visit 8 Feb (due 10 WD after 21 Jan =
 *                                                   4 Feb: late)
 * Fay    30 Dec 09:00, not decided yet: in no figure
 * </pre>
 */
class PerformanceFiguresTest extends ProcessTest {

    private static final Viewer HEAD = new Viewer("hos", null, Set.of("heads-of-service"));
    private static final Viewer CIN_NORTH_MANAGER = new Viewer("cinn.manager", "cin-north", Set.of("cin-north", "cin-north-managers"));
    private static final Viewer FIRST_RESPONSE_MANAGER = new Viewer("fr.manager", "first-response", Set.of("first-response", "first-response-managers"));
    private static final Viewer PRACTITIONER = new Viewer("fr.sw", "first-response", Set.of("first-response"));

    @Autowired
    PerformanceFigures figures;

    private Journeys journeys;
    private final Map<String, String> child = new LinkedHashMap<>();

    @BeforeEach
    void journeysFromAnEmptyHistory() {
        journeys = new Journeys(engine);
        // The figures count the engine's history, which other test classes sharing this database leave behind (the
        // clean-up deletes their running instances, which then count as finished): start from none.
        List<String> finished = engine.getHistoryService().createHistoricProcessInstanceQuery().finished().list().stream()
                .map(HistoricProcessInstance::getId).toList();
        if (!finished.isEmpty()) {
            engine.getHistoryService().deleteHistoricProcessInstances(finished);
        }
    }

    @Test
    void everyFigureMatchesTheHandCountOfTheChildrenBehindIt() {
        buildTheJourneys();
        Report report = figures.report(HEAD, YearMonth.of(2026, 11), YearMonth.of(2027, 2), null);

        // Contacts decided: November Ann, Ben, Gus, Jo, Eve (5), of which referrals Ann, Gus, Eve (3);
        // December Cal (decided 1 Dec), Dan, Ivy, Eve again, Hal (5), of which referrals or strategy Dan, Ivy, Eve, Hal (4).
        assertMonths(report, Measure.CONTACTS_TO_REFERRALS, "3/5", "4/5", "0/0", "0/0");
        // NFA at the front door: November Ben only, of the 5 decided; information and advice (Cal) is not NFA.
        assertMonths(report, Measure.NFA_FRONT_DOOR, "1/5", "0/5", "0/0", "0/0");
        // Referrals: November Ann, Gus, Eve, none a re-referral; December Dan, Ivy, Eve, Hal, of which Eve's.
        assertMonths(report, Measure.RE_REFERRALS, "0/3", "1/4", "0/0", "0/0");
        // Assessments authorised: November Eve (NFA); January Ann (CIN plan) and Gus (early help).
        assertMonths(report, Measure.NFA_AFTER_ASSESSMENT, "1/1", "0/0", "0/2", "0/0");
        // On time: Eve in November; Ann (7 Jan, due 7 Jan) on time and Gus (8 Jan) late in January.
        assertMonths(report, Measure.ASSESSMENTS_ON_TIME, "1/1", "0/0", "1/2", "0/0");
        // Strategy discussions: December Dan and Hal on time, Ivy late; January Dan's second, on time.
        assertMonths(report, Measure.STRATEGY_ON_TIME, "0/0", "2/3", "1/1", "0/0");
        // ICPCs: December Dan on time; January Hal late, Dan's second on time.
        assertMonths(report, Measure.ICPC_ON_TIME, "0/0", "1/1", "1/2", "0/0");
        // CP visits recorded: January Dan's on time; February Hal's late. (Dan's second visit was never due: his plan ended.)
        assertMonths(report, Measure.CP_VISITS_ON_TIME, "0/0", "0/0", "1/1", "0/1");
        // Referrers told: November Ann's on time, Ben's late. The others are still to be told, so not counted.
        assertMonths(report, Measure.REFERRER_FEEDBACK_ON_TIME, "1/2", "0/0", "0/0", "0/0");
        // Early help ended: January Jo (closed) and Gus (stepped up).
        assertMonths(report, Measure.STEP_UPS_AFTER_STEP_DOWN, "0/0", "0/0", "1/2", "0/0");
        // Plans started: December Dan's first; January Hal's first and Dan's second. (Not the child in need plan Dan had in
        // between, though its sub-process has the same id as the child protection plan's.)
        assertMonths(report, Measure.SECOND_CP_PLANS, "0/0", "0/1", "1/2", "0/0");

        // Each figure lists the children behind it.
        assertThat(figures.behind(HEAD, Measure.RE_REFERRALS, YearMonth.of(2026, 12), YearMonth.of(2026, 12), null))
                .extracting(Counted::childId, Counted::meets)
                .containsExactly(tuple(child.get("Dan"), false), tuple(child.get("Ivy"), false),
                        tuple(child.get("Eve"), true), tuple(child.get("Hal"), false));
        assertThat(figures.behind(HEAD, Measure.SECOND_CP_PLANS, YearMonth.of(2027, 1), YearMonth.of(2027, 1), null))
                .filteredOn(Counted::meets).extracting(Counted::childId).containsExactly(child.get("Dan"));
        assertThat(figures.behind(HEAD, Measure.ASSESSMENTS_ON_TIME, YearMonth.of(2027, 1), YearMonth.of(2027, 1), null))
                .extracting(Counted::childId, Counted::meets, Counted::team)
                .containsExactly(tuple(child.get("Ann"), true, "first-response"),
                        tuple(child.get("Gus"), false, "first-response"));
        // Over the whole period: 7 referrals out of 10 decided contacts.
        assertThat(row(report, Measure.CONTACTS_TO_REFERRALS).total()).isEqualTo(new Cell(null, 7, 10));

        // A team: CIN North holds Dan's second child protection stage (stepped up from its CIN plan), nothing else here.
        Report cinNorth = figures.report(CIN_NORTH_MANAGER, YearMonth.of(2026, 11), YearMonth.of(2027, 2), null);
        assertMonths(cinNorth, Measure.STRATEGY_ON_TIME, "0/0", "0/0", "1/1", "0/0");
        assertMonths(cinNorth, Measure.SECOND_CP_PLANS, "0/0", "0/0", "1/1", "0/0");
        assertMonths(cinNorth, Measure.CONTACTS_TO_REFERRALS, "0/0", "0/0", "0/0", "0/0");
        // First Response's December strategy discussions are Dan's first, Ivy's and Hal's.
        assertMonths(figures.report(FIRST_RESPONSE_MANAGER, YearMonth.of(2026, 11), YearMonth.of(2027, 2), "first-response"),
                Measure.STRATEGY_ON_TIME, "0/0", "2/3", "0/0", "0/0");
        // The head of service narrowed to the MASH sees the front door figures only.
        assertMonths(figures.report(HEAD, YearMonth.of(2026, 11), YearMonth.of(2027, 2), "mash"), Measure.NFA_FRONT_DOOR, "1/5", "0/5", "0/0", "0/0");
        assertMonths(figures.report(HEAD, YearMonth.of(2026, 11), YearMonth.of(2027, 2), "mash"), Measure.ICPC_ON_TIME, "0/0", "0/0", "0/0", "0/0");
    }

    @Test
    void aManagerSeesOnlyTheirTeamsAndAPractitionerNoFigures() {
        assertThatThrownBy(() -> figures.report(CIN_NORTH_MANAGER, YearMonth.of(2026, 11), YearMonth.of(2027, 2), "mash"))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> figures.report(PRACTITIONER, YearMonth.of(2026, 11), YearMonth.of(2027, 2), null))
                .isInstanceOf(NotAllowedException.class);
        assertThat(figures.teamsFor(CIN_NORTH_MANAGER)).extracting(t -> t.code()).containsExactly("cin-north");
        assertThat(figures.teamsFor(HEAD)).hasSizeGreaterThan(5);
    }

    private void buildTheJourneys() {
        // --- November ---
        clockAt("2026-11-02T09:30");
        ProcessInstance annAssessment = referral("Ann", "2026-11-02T09:00", "referral");
        clockAt("2026-11-02T10:00");
        ProcessInstance benContact = decided("Ben", "2026-11-02T09:10", "1", "nfa");
        clockAt("2026-11-02T10:30");
        ProcessInstance gusAssessment = referral("Gus", "2026-11-02T09:20", "referral");
        clockAt("2026-11-02T11:00");
        decided("Jo", "2026-11-02T09:30", "2", "early-help");
        ProcessInstance joEarlyHelp = journeys.stage("early-help", child.get("Jo"));
        journeys.handOver(joEarlyHelp, "frs.worker", "2026-11-02");
        journeys.complete(task("AgreeEarlyHelpPlan", joEarlyHelp), Map.of("earlyHelpPlanDate", "2026-11-02", "earlyHelpPlan", "Routines."));
        clockAt("2026-11-02T11:30");
        startAssessment(annAssessment, "fr.sw");
        startAssessment(gusAssessment, "fr.senior");
        clockAt("2026-11-02T12:00");
        journeys.complete(task("TellReferrer", frontDoor("Ann")), Map.of("feedbackMethod", "phone", "feedbackSummary", "Referred for assessment."));

        clockAt("2026-11-03T10:00");
        ProcessInstance eveAssessment = referral("Eve", "2026-11-03T09:00", "referral");
        startAssessment(eveAssessment, "fr.sw");
        clockAt("2026-11-05T10:00");
        authorise(eveAssessment, "nfa", null, false);
        clockAt("2026-11-06T10:00");
        journeys.complete(task("TellReferrer", benContact), late(Map.of("feedbackMethod", "phone", "feedbackSummary", "No further action.")));

        // --- December ---
        clockAt("2026-12-01T10:00");
        decided("Cal", "2026-11-30T16:00", "2", "information-advice");
        clockAt("2026-12-02T10:00");
        ProcessInstance danCp = strategy("Dan", "2026-12-02T09:00", "fr.sw");
        clockAt("2026-12-02T10:05");
        ProcessInstance ivyCp = strategy("Ivy", "2026-12-02T09:05", "fr.senior");
        clockAt("2026-12-03T15:00");
        holdStrategyDiscussion(danCp, "2026-12-03", false);
        clockAt("2026-12-04T09:00");
        holdStrategyDiscussion(ivyCp, "2026-12-04", true);
        clockAt("2026-12-07T10:00");
        ProcessInstance eveAgain = referral("Eve", "2026-12-07T09:00", "referral");
        assertThat(eveAgain).isNotNull();
        clockAt("2026-12-10T10:00");
        journeys.complete(task("Section47Enquiry", danCp), Map.of("s47Findings", "Substantiated.", "s47Outcome", "icpc"));
        clockAt("2026-12-24T11:00");
        ProcessInstance halCp = strategy("Hal", "2026-12-24T10:00", "fr.senior");
        clockAt("2026-12-24T14:00");
        initialConference(danCp, "2026-12-24", false);
        clockAt("2026-12-29T10:00");
        holdStrategyDiscussion(halCp, "2026-12-29", false);
        clockAt("2026-12-30T10:00");
        recordContactOnly("Fay", "2026-12-30T09:00");

        // --- January ---
        clockAt("2027-01-05T10:00");
        journeys.complete(task("ChildProtectionVisit", danCp), Map.of("visitDate", "2027-01-05", "childSeen", "yes", "childSeenAlone", "yes", "visitNotes", "Seen."));
        journeys.complete(task("Section47Enquiry", halCp), Map.of("s47Findings", "Substantiated.", "s47Outcome", "icpc"));
        clockAt("2027-01-06T10:00");
        journeys.complete(task("HoldReviewConference", danCp), Map.of("rcpcDate", "2027-01-06", "rcpcDecision", "cin-plan", "abuseCategory", "NEG",
                "cinTeam", "cin-north", "rcpcNotes", "Risks reduced: step down."));
        assertThat(danCp).isEnded();
        clockAt("2027-01-06T10:30");
        ProcessInstance danCin = journeys.stage("child-in-need", child.get("Dan"));
        journeys.handOver(danCin, "cinn.sw", "2027-01-06");
        journeys.complete(task("WritePlan", danCin), Map.of("cinPlanStartDate", "2027-01-06", "cinPlanSummary", "Support."));
        journeys.complete(task("VisitChild", danCin), Map.of("visitDate", "2027-01-06", "childSeen", "yes", "childSeenAlone", "no",
                "visitNotes", "New injury.", "visitOutcome", "step-up"));
        ProcessInstance danCpAgain = journeys.stage("child-protection", child.get("Dan"));
        clockAt("2027-01-07T10:00");
        authorise(annAssessment, "cin-plan", "cin-north", false);
        clockAt("2027-01-07T11:00");
        holdStrategyDiscussion(danCpAgain, "2027-01-07", false);
        journeys.complete(task("Section47Enquiry", danCpAgain), Map.of("s47Findings", "Substantiated.", "s47Outcome", "icpc"));
        clockAt("2027-01-08T10:00");
        authorise(gusAssessment, "early-help", null, true);
        clockAt("2027-01-08T10:30");
        ProcessInstance gusEarlyHelp = journeys.stage("early-help", child.get("Gus"));
        journeys.handOver(gusEarlyHelp, "frs.worker", "2027-01-08");
        journeys.complete(task("AgreeEarlyHelpPlan", gusEarlyHelp), Map.of("earlyHelpPlanDate", "2027-01-08", "earlyHelpPlan", "Plan."));
        clockAt("2027-01-15T10:00");
        // Jo's review was due 6 weeks after her plan (14 December): late.
        journeys.complete(task("ReviewEarlyHelp", joEarlyHelp), late(Map.of("earlyHelpReviewDate", "2027-01-15", "earlyHelpReviewNotes", "Needs met.",
                "earlyHelpDecision", "close")));
        assertThat(joEarlyHelp).hasPassed("EarlyHelpClosed").isEnded();
        clockAt("2027-01-20T10:00");
        journeys.complete(task("ReviewEarlyHelp", gusEarlyHelp), Map.of("earlyHelpReviewDate", "2027-01-20", "earlyHelpReviewNotes", "Worse.",
                "earlyHelpDecision", "step-up"));
        assertThat(gusEarlyHelp).hasPassed("SteppedUpToMash").isEnded();
        clockAt("2027-01-21T10:00");
        initialConference(halCp, "2027-01-21", true);
        clockAt("2027-01-22T10:00");
        initialConference(danCpAgain, "2027-01-22", false);

        // --- February ---
        clockAt("2027-02-08T10:00");
        journeys.complete(task("ChildProtectionVisit", halCp), late(Map.of("visitDate", "2027-02-08", "childSeen", "yes", "childSeenAlone", "yes",
                "visitNotes", "Seen.")));
    }

    private Map<String, Object> contact(String name, String receivedAt) {
        Map<String, Object> contact = FrontDoorProcessTest.contact(london(receivedAt).toString(), "Concerns about " + name + ".");
        contact.put("childFirstName", name);
        return contact;
    }

    private ProcessInstance recordContactOnly(String name, String receivedAt) {
        ProcessInstance frontDoor = engine.getRuntimeService().startProcessInstanceByKey("front-door", contact(name, receivedAt));
        child.putIfAbsent(name, (String) engine.getRuntimeService().getVariable(frontDoor.getId(), "childId"));
        return frontDoor;
    }

    /** Screened at {@code levelOfNeed} and decided at the engine clock's time. */
    private ProcessInstance decided(String name, String receivedAt, String levelOfNeed, String pathway) {
        ProcessInstance frontDoor = recordContactOnly(name, receivedAt);
        journeys.complete(task(frontDoor), FrontDoorProcessTest.screening(levelOfNeed, "strategy-discussion".equals(pathway), "yes"));
        Map<String, Object> decision = FrontDoorProcessTest.decision(pathway, "Decided on the evidence.");
        decision.put("overrideReason", "Test journeys: the decision is the point.");
        journeys.complete(task(frontDoor), decision);
        return frontDoor;
    }

    private ProcessInstance frontDoor(String name) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("front-door")
                .processInstanceBusinessKey(child.get(name)).active().singleResult();
    }

    private ProcessInstance referral(String name, String receivedAt, String pathway) {
        decided(name, receivedAt, "3", pathway);
        return journeys.stage("single-assessment", child.get(name));
    }

    private ProcessInstance strategy(String name, String receivedAt, String worker) {
        decided(name, receivedAt, "4", "strategy-discussion");
        ProcessInstance cp = journeys.stage("child-protection", child.get(name));
        journeys.handOver(cp, worker, london(receivedAt).atZone(LONDON).toLocalDate().toString());
        return cp;
    }

    /** Handover, child seen and assessment written on the day of the referral. */
    private void startAssessment(ProcessInstance assessment, String worker) {
        String day = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), LONDON).toString();
        journeys.handOver(assessment, worker, day);
        journeys.complete(task("SeeTheChild", assessment), Map.of("childSeenOn", day, "childSeenAlone", "yes", "childSeenNotes", "Seen at home."));
        journeys.complete(task("CompleteAssessment", assessment), Map.of("primaryNeed", "N1", "assessmentFactors", "21",
                "familyHistoryConsidered", true, "assessmentAnalysis", "Analysis.", "recommendedOutcome", "cin-plan"));
    }

    private void authorise(ProcessInstance assessment, String outcome, String cinTeam, boolean late) {
        Map<String, Object> authorisation = new HashMap<>(Map.of("assessmentOutcome", outcome, "authorisationNote", "Agreed."));
        if (cinTeam != null) {
            authorisation.put("cinTeam", cinTeam);
        }
        journeys.complete(task("AuthoriseAssessment", assessment), late ? late(authorisation) : authorisation);
    }

    private void holdStrategyDiscussion(ProcessInstance cp, String day, boolean late) {
        Map<String, Object> discussion = Map.of("strategyDiscussionDate", day, "strategyAttendees", "Police, health",
                "strategyDecision", "s47", "strategyNotes", "Joint enquiry.");
        journeys.complete(task("HoldStrategyDiscussion", cp), late ? late(discussion) : discussion);
    }

    private void initialConference(ProcessInstance cp, String day, boolean late) {
        Map<String, Object> conference = Map.of("icpcDate", day, "cpPlanDecision", "plan", "abuseCategory", "NEG", "icpcNotes", "Plan.");
        journeys.complete(task("HoldInitialConference", cp), late ? late(conference) : conference);
    }

    private static Map<String, Object> late(Map<String, Object> variables) {
        Map<String, Object> late = new HashMap<>(variables);
        late.put("lateReason", "Late in the test's hand count.");
        return late;
    }

    private static PerformanceFigures.FigureRow row(Report report, Measure measure) {
        return report.figures().stream().filter(r -> r.measure() == measure).findFirst().orElseThrow();
    }

    /** "numerator/denominator" for each month of the report, in order. */
    private static void assertMonths(Report report, Measure measure, String... expected) {
        List<String> actual = row(report, measure).months().stream().map(c -> c.numerator() + "/" + c.denominator()).toList();
        assertThat(actual).as(measure.title()).containsExactly(expected);
    }
}
