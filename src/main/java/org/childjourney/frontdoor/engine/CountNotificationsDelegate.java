package org.childjourney.frontdoor.engine;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.childjourney.frontdoor.Contacts;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.Period;
import java.util.Date;

/** Counts the child's low-level police domestic abuse notifications within the model's {@code notificationWindow} (P12M), this one included. */
@Component("countDomesticAbuseNotifications")
public class CountNotificationsDelegate implements JavaDelegate {

    private final Contacts contacts;

    public CountNotificationsDelegate(Contacts contacts) {
        this.contacts = contacts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Instant receivedAt = ((Date) execution.getVariable("contactReceivedAt")).toInstant();
        Period window = Period.parse((String) execution.getVariable("notificationWindow"));
        execution.setVariable("lowLevelNotificationsInLast12Months",
                contacts.lowLevelDomesticAbuseNotifications((String) execution.getVariable("childId"), receivedAt, window));
    }
}
