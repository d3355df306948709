package org.childjourney.frontdoor.engine;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.childjourney.calendar.Moments;
import org.childjourney.child.ChildIdentity;
import org.childjourney.engine.Expressions;
import org.childjourney.frontdoor.ContactKind;
import org.childjourney.frontdoor.Contacts;
import org.childjourney.frontdoor.NewContact;
import org.childjourney.frontdoor.RecordedContact;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Date;

/**
 * "Record the contact and find the child": saves the contact against the child already known, or registers the child,
 * and flags a re-referral. Runs in the transaction that starts the front door, so a rejected contact starts nothing.
 * The re-referral look-back is the task's input {@code reReferralWindow} (an ISO period, P12M), set in the model.
 */
@Component("recordContact")
public class RecordContactDelegate implements JavaDelegate {


    private final Contacts contacts;
    private final Clock clock;

    public RecordContactDelegate(Contacts contacts, Clock clock) {
        this.contacts = contacts;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Instant now = clock.instant();
        NewContact contact = new NewContact(
                ContactKind.fromFormValue(text(execution, "contactKind")),
                Moments.toInstant(execution.getVariable("receivedAt"), clock),
                new ChildIdentity(text(execution, "childFirstName"), text(execution, "childLastName"), flag(execution, "childUnborn"),
                        date(execution, "childDateOfBirth"), date(execution, "childExpectedDateOfBirth"), text(execution, "childSex"),
                        text(execution, "childEthnicity"), text(execution, "childDisability"), text(execution, "childNhsNumber")),
                text(execution, "referralSource"), flag(execution, "referrerAnonymous"), text(execution, "referrerName"),
                text(execution, "referrerOrganisation"), text(execution, "referrerContactDetails"), text(execution, "concerns"),
                text(execution, "consentGiven"), text(execution, "urgency"), text(execution, "daRiskLevel"));
        String recordedBy = Expressions.actor(null);

        RecordedContact recorded = contacts.record(contact, recordedBy, now, Period.parse(text(execution, "reReferralWindow")),
                text(execution, "knownChildId"));
        contacts.linkToProcess(recorded.contactId(), execution.getProcessInstanceId());

        execution.setProcessBusinessKey(recorded.child().id());
        execution.setVariable("childId", recorded.child().id());
        execution.setVariable("childName", recorded.child().identity().displayName());
        execution.setVariable("childAlreadyKnown", recorded.childAlreadyKnown());
        execution.setVariable("contactId", recorded.contactId());
        execution.setVariable("contactReceivedAt", Date.from(recorded.receivedAt()));
        execution.setVariable("recordedBy", recordedBy);
        execution.setVariable("reReferral", recorded.reReferralOf().isPresent());
        recorded.reReferralOf().ifPresent(episode -> {
            execution.setVariable("previousEpisodeId", episode.id());
            execution.setVariable("previousEpisodeEndedOn", Moments.day(episode.endedAt()));
            execution.setVariable("previousEpisodeSummary", episode.endReason() == null ? "no reason recorded" : episode.endReason());
        });
    }

    private static String text(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value == null ? null : value.toString();
    }

    private static boolean flag(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value instanceof Boolean b ? b : "true".equalsIgnoreCase(String.valueOf(value));
    }

    private static LocalDate date(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof Date d) {
            return d.toInstant().atZone(ZoneId.of("Europe/London")).toLocalDate();
        }
        return LocalDate.parse(value.toString().substring(0, Math.min(10, value.toString().length())));
    }
}
