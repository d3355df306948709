package org.childjourney.performance;

/**
 * The performance figures, each with the one written definition that the page, the API, the CSV and
 * docs/performance-figures.md all show. Every figure is "numerator out of denominator": the denominator is a list of
 * counted items (a contact, a task, a stage, a plan), each about one child, each dated by the event that completes it
 * and put in the calendar month (Europe/London) of that date; the numerator is those of them that meet the condition.
 * Where the items come from is in {@link FrontDoorCounts} (the app's contact table) and in the engine package
 * (the engine's history).
 */
public enum Measure {

    CONTACTS_TO_REFERRALS("contacts-to-referrals", "Contacts that became referrals",
            "Contacts decided at the front door in the month",
            "those decided as a referral to children's social care or a strategy discussion (the two decisions that open a social care episode)",
            "the front door decision (contact outcome date)",
            "Source: the contact table (outcome, outcome date). Contacts still waiting for a decision are not counted. Team: the MASH."),
    NFA_FRONT_DOOR("nfa-front-door", "No further action at the front door",
            "Contacts decided at the front door in the month",
            "those decided as 'No further action' ('Information and advice' and 'Step down to early help' are not NFA)",
            "the front door decision (contact outcome date)",
            "Source: the contact table. The denominator is all decided contacts, not referrals. Team: the MASH."),
    NFA_AFTER_ASSESSMENT("nfa-after-assessment", "No further action after assessment",
            "Single assessments authorised in the month (the assessment stage ended at one of its four outcomes)",
            "those that ended 'Closed after assessment: no further action'",
            "the manager's authorisation (end of the single assessment stage)",
            "Source: the engine's history of the single-assessment model (end event reached); stages cancelled are not counted. "
                    + "Team: the team the assessment stage was with."),
    RE_REFERRALS("re-referrals", "Re-referrals within 12 months",
            "Referrals (contacts decided as a referral or strategy discussion) in the month",
            "those whose contact came within 12 months of the end of an earlier episode for the same child (the re-referral flag set when the contact was recorded)",
            "the front door decision (contact outcome date)",
            "Source: the contact table (outcome, re_referral_of_episode). The earlier episode may be social care or early help. Team: the MASH."),
    ASSESSMENTS_ON_TIME("assessments-45wd", "Assessments within 45 working days",
            "Single assessments authorised in the month (the 'Authorise the assessment' task completed)",
            "those authorised no later than their due date: the end of the 45th working day after the referral date (the single-assessment timescale in timescales.dmn)",
            "the authorisation (task completion time)",
            "Source: the engine's task history (AuthoriseAssessment: end time against due date). Team: the team the assessment stage was with."),
    STRATEGY_ON_TIME("strategy-1wd", "Strategy discussions within 1 working day",
            "Strategy discussions recorded in the month (the 'Hold the strategy discussion' task completed)",
            "those completed no later than their due date: the end of the working day after the concern was raised, i.e. the child was handed for a strategy discussion or stepped up (the strategy-discussion timescale in timescales.dmn)",
            "the strategy discussion being recorded (task completion time)",
            "Source: the engine's task history (HoldStrategyDiscussion). Team: the team the child protection stage was with."),
    ICPC_ON_TIME("icpc-15wd", "Initial conferences within 15 working days",
            "Initial child protection conferences recorded in the month (the 'Hold the initial child protection conference' task completed)",
            "those completed no later than their due date: the end of the 15th working day after the latest strategy discussion (the icpc timescale in timescales.dmn)",
            "the conference being recorded (task completion time)",
            "Source: the engine's task history (HoldInitialConference). Team: the team the child protection stage was with."),
    CP_VISITS_ON_TIME("cp-visits", "Child protection visits on time",
            "Child protection visits recorded in the month (the 'Child protection visit' task completed)",
            "those completed no later than their due date: the end of the 10th working day after the plan started or the previous visit was recorded (the cp-visit timescale in timescales.dmn)",
            "the visit being recorded (task completion time)",
            "Source: the engine's task history (ChildProtectionVisit). A visit still not recorded is not counted until it is; "
                    + "open overdue visits show on the journey map. Team: the team the child protection stage was with."),
    REFERRER_FEEDBACK_ON_TIME("referrer-feedback", "Referrer feedback sent on time",
            "Referrers told the outcome in the month: 'Tell the referrer the outcome' (front door) and 'Tell the referrer the case has closed' tasks completed",
            "those completed no later than their due date: the referrer-feedback timescale (3 working days in the shipped timescales.dmn) after the contact was received (front door) or the case closed",
            "the referrer being told (task completion time)",
            "Source: the engine's task history (TellReferrer, TellReferrerClosed). Anonymous referrers have no task and are not counted. "
                    + "Team: the team the stage was with (the MASH for front door outcomes)."),
    STEP_UPS_AFTER_STEP_DOWN("step-ups", "Step-ups after step-down",
            "Early help involvements (Family Resilience Service, the early-help model every step-down starts) that ended in the month",
            "those that ended by stepping the child back up to the MASH",
            "the end of the early help involvement",
            "Source: the engine's history of the early-help model (end event reached); cancelled involvements are not counted. "
                    + "Team: the team the early help stage was with."),
    SECOND_CP_PLANS("second-cp-plans", "Second or subsequent child protection plans",
            "Child protection plans that started in the month (an initial conference decided on a plan)",
            "those for a child who had a child protection plan before, at any time (as the DfE counts 'second or subsequent, ever')",
            "the start of the plan",
            "Source: the engine's history of the child-protection model (the 'While the child protection plan lasts' stage started), "
                    + "earlier plans matched on the child's id. Plans before this system are not known to it. Team: the team the child protection stage was with.");

    private final String code;
    private final String title;
    private final String denominator;
    private final String numerator;
    private final String monthBy;
    private final String notes;

    Measure(String code, String title, String denominator, String numerator, String monthBy, String notes) {
        this.code = code;
        this.title = title;
        this.denominator = denominator;
        this.numerator = numerator;
        this.monthBy = monthBy;
        this.notes = notes;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public String denominator() {
        return denominator;
    }

    public String numerator() {
        return numerator;
    }

    public String monthBy() {
        return monthBy;
    }

    public String notes() {
        return notes;
    }

    /** The definition in one sentence: numerator, denominator, which date puts it in a month. */
    public String definition() {
        return denominator + ": " + numerator + ". Month: the calendar month (London time) of " + monthBy + ". " + notes;
    }

    public static Measure fromCode(String code) {
        for (Measure m : values()) {
            if (m.code.equals(code)) {
                return m;
            }
        }
        throw new IllegalArgumentException("There is no figure '" + code + "'");
    }
}
