package org.childjourney.frontdoor;

import org.childjourney.child.Child;
import org.childjourney.child.Episodes.Episode;

import java.time.Instant;
import java.util.Optional;

/** A contact saved against a child: found (already known) or newly registered, and flagged if it is a re-referral. */
public record RecordedContact(long contactId, Child child, boolean childAlreadyKnown, Instant receivedAt, Optional<Episode> reReferralOf) {
}
