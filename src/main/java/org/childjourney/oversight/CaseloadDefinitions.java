package org.childjourney.oversight;

/** The caseload definitions, stated once for the page and the API. */
final class CaseloadDefinitions {

    static final String TEXT = "A worker's caseload is the number of different children whose case they hold, or are receiving in a handover, now. "
            + "The weighted caseload adds each child's weight: the largest weight set for a stage the child is in (childjourney.caseload.weights, "
            + "by model: for example child protection 2), or 1. Over capacity: more children than the capacity recorded for the worker; "
            + "the allocation rules refuse more at capacity unless a manager records an override.";

    private CaseloadDefinitions() {
    }
}
