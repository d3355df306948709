package org.childjourney.frontdoor;

import org.childjourney.calendar.Moments;
import org.childjourney.census.CensusCodes;
import org.childjourney.child.ChildRegister;
import org.childjourney.child.Episodes;
import org.childjourney.child.Episodes.Episode;
import org.childjourney.chronology.Chronology;
import org.childjourney.chronology.ChronologyEntry;
import org.childjourney.chronology.ChronologyEntry.EntryType;
import org.childjourney.handover.HandOffs;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import java.time.Period;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Contacts at the front door: recorded against the right child, checked for duplicates and re-referrals, concluded with an outcome. */
@Service
public class Contacts {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** The same concerns from the same source about the same child within this time are one contact submitted twice. */
    private static final Duration DUPLICATE_WINDOW = Duration.ofHours(24);

    private final JdbcClient db;
    private final ChildRegister children;
    private final Episodes episodes;
    private final Chronology chronology;
    private final HandOffs handOffs;

    public Contacts(JdbcClient db, ChildRegister children, Episodes episodes, Chronology chronology, HandOffs handOffs) {
        this.db = db;
        this.children = children;
        this.episodes = episodes;
        this.chronology = chronology;
        this.handOffs = handOffs;
    }

    /**
     * Records a contact. Nothing is saved if it is invalid or a duplicate: the caller's transaction rolls back
     * with the exception, so a rejected contact leaves no child, contact or chronology line behind.
     */
    @Transactional
    public RecordedContact record(NewContact contact, String recordedBy, Instant now, Period reReferralWindow) {
        return record(contact, recordedBy, now, reReferralWindow, null);
    }

    /**
     * As above, for a child the contact officer has already picked from the possible matches ({@code knownChildId}):
     * the contact is recorded against that child, whatever the matching would have found.
     */
    @Transactional
    public RecordedContact record(NewContact contact, String recordedBy, Instant now, Period reReferralWindow, String knownChildId) {
        List<String> problems = contact.problems(now, now.atZone(LONDON).toLocalDate());
        if (!problems.isEmpty()) {
            throw new InvalidContactException(problems);
        }
        ChildRegister.Match match = knownChildId == null || knownChildId.isBlank()
                ? children.findOrRegister(contact.child(), now)
                : new ChildRegister.Match(children.byId(knownChildId).orElseThrow(() -> new InvalidContactException(
                        List.of("There is no child " + knownChildId + ": search again and pick the child from the possible matches"))), true);
        String childId = match.child().id();
        String concernsHash = hash(contact.concerns());
        if (match.alreadyKnown()) {
            rejectDuplicate(childId, contact, concernsHash);
        }
        Optional<Episode> reReferralOf = episodes.endedWithin(childId, contact.receivedAt(), reReferralWindow);

        KeyHolder keys = new GeneratedKeyHolder();
        db.sql("""
                        insert into contact (child_id, kind, received_at, recorded_at, recorded_by, referral_source, referrer_anonymous,
                            referrer_name, referrer_organisation, referrer_contact, concerns, concerns_hash, consent, urgency,
                            da_risk_level, re_referral_of_episode)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(childId, contact.kind().name(), Timestamp.from(contact.receivedAt()), Timestamp.from(now), recordedBy,
                        contact.referralSource(), contact.referrerAnonymous(), contact.referrerName(), contact.referrerOrganisation(),
                        contact.referrerContactDetails(), contact.concerns(), concernsHash, contact.consent(), contact.urgency(),
                        contact.kind() == ContactKind.POLICE_DOMESTIC_ABUSE ? contact.daRiskLevel() : null,
                        reReferralOf.map(Episode::id).orElse(null))
                .update(keys, "id");
        long contactId = keys.getKeyAs(Number.class).longValue();

        chronology.record(ChronologyEntry.of(childId, contact.receivedAt(), EntryType.CONTACT,
                describe(contact, match.alreadyKnown()), contact.concerns(), recordedBy));
        reReferralOf.ifPresent(episode -> chronology.record(ChronologyEntry.of(childId, contact.receivedAt(), EntryType.CONTACT,
                "Re-referral: this contact comes within 12 months of the end of an earlier episode", describe(episode), "system")));
        return new RecordedContact(contactId, match.child(), match.alreadyKnown(), contact.receivedAt(), reReferralOf);
    }

    /** A contact about the child still waiting for its front door decision: the MASH holds the child until then. */
    public boolean hasOpenContact(String childId) {
        return db.sql("select count(*) from contact where child_id = ? and outcome is null").param(childId).query(Integer.class).single() > 0;
    }

    public void linkToProcess(long contactId, String processInstanceId) {
        db.sql("update contact set process_instance_id = ? where id = ?").params(processInstanceId, contactId).update();
    }

    /** Low-level (standard risk) police domestic abuse notifications for the child received within {@code window} up to {@code at}, this one included. */
    public int lowLevelDomesticAbuseNotifications(String childId, Instant at, Period window) {
        Instant since = at.atZone(LONDON).minus(window).toInstant();
        return db.sql("select count(*) from contact where child_id = ? and kind = ? and da_risk_level = ? and received_at > ? and received_at <= ?")
                .params(childId, ContactKind.POLICE_DOMESTIC_ABUSE.name(), NewContact.LOW_LEVEL_DA_RISK, Timestamp.from(since), Timestamp.from(at))
                .query(Integer.class).single();
    }

    /**
     * Concludes a contact. A referral, strategy discussion or step-down opens an episode (a referral's from the date the
     * contact was received, as the CIN census counts it) and hands the child to the receiving team, which picks it up in the
     * next stage. Every outcome, including no further action, goes on the chronology. Returns the episode opened, if any.
     */
    @Transactional
    public Optional<Long> conclude(long contactId, FrontDoorOutcome outcome, Instant at, String fromTeam, String toTeam, String who, String processInstanceId) {
        ContactSummary contact = summary(contactId);
        if (contact.outcome() != null) {
            throw new IllegalStateException("Contact " + contactId + " was already concluded as '" + FrontDoorOutcome.wordsFor(contact.outcome()) + "'");
        }
        db.sql("update contact set outcome = ?, outcome_at = ? where id = ?").params(outcome.code(), Timestamp.from(at), contactId).update();
        if (outcome.opensEpisode().isEmpty()) {
            chronology.record(ChronologyEntry.of(contact.childId(), at, EntryType.OUTCOME,
                    "Contact concluded at the front door: " + outcome.words(), null, who).from(processInstanceId, null));
            return Optional.empty();
        }
        Episodes.Kind kind = outcome.opensEpisode().get();
        Instant startedAt = kind == Episodes.Kind.SOCIAL_CARE ? contact.receivedAt() : at;
        long episodeId = episodes.open(contact.childId(), kind, startedAt, contactId);
        handOffs.record(contact.childId(), contactId, episodeId, fromTeam, toTeam, outcome.code(), outcome.words(), at, who, processInstanceId);
        return Optional.of(episodeId);
    }

    public ContactSummary summary(long contactId) {
        return db.sql("select id, child_id, received_at, outcome from contact where id = ?").param(contactId)
                .query((rs, row) -> new ContactSummary(rs.getLong("id"), rs.getString("child_id"),
                        rs.getTimestamp("received_at").toInstant(), rs.getString("outcome")))
                .optional()
                .orElseThrow(() -> new IllegalArgumentException("There is no contact " + contactId));
    }

    public record ContactSummary(long id, String childId, Instant receivedAt, String outcome) {
    }

    /** Who made the contact, to be told what happened to it. */
    public record Referrer(boolean anonymous, String name, String organisation, String contactDetails) {
    }

    public Optional<Referrer> referrer(long contactId) {
        return db.sql("select referrer_anonymous, referrer_name, referrer_organisation, referrer_contact from contact where id = ?")
                .param(contactId)
                .query((rs, row) -> new Referrer(rs.getBoolean(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .optional();
    }

    private void rejectDuplicate(String childId, NewContact contact, String concernsHash) {
        db.sql("""
                        select id, received_at, recorded_by from contact
                        where child_id = ? and concerns_hash = ? and referral_source = ? and received_at between ? and ?""")
                .params(childId, concernsHash, contact.referralSource(),
                        Timestamp.from(contact.receivedAt().minus(DUPLICATE_WINDOW)), Timestamp.from(contact.receivedAt().plus(DUPLICATE_WINDOW)))
                .query((rs, row) -> new DuplicateContactException(rs.getLong("id"),
                        "This contact has already been recorded for this child (contact " + rs.getLong("id") + ", received "
                                + Moments.dayAndTime(rs.getTimestamp("received_at").toInstant()) + ", recorded by " + rs.getString("recorded_by")
                                + "). Nothing new was saved: open that contact instead, or change the concerns if this is a new one."))
                .list().stream().findFirst()
                .ifPresent(duplicate -> {
                    throw duplicate;
                });
    }

    private static String describe(NewContact contact, boolean alreadyKnown) {
        String source = CensusCodes.meaning(CensusCodes.REFERRAL_SOURCE, contact.referralSource()).orElse(contact.referralSource());
        String from = contact.referrerAnonymous() ? "an anonymous referrer"
                : (contact.referrerOrganisation() != null && !contact.referrerOrganisation().isBlank() ? contact.referrerOrganisation() : contact.referrerName());
        String kind = contact.kind() == ContactKind.POLICE_DOMESTIC_ABUSE
                ? "Police domestic abuse notification (" + contact.daRiskLevel() + " risk)"
                : "Contact";
        return kind + " received from " + from + " (referral source " + contact.referralSource() + ": " + source + "), RAG "
                + contact.urgency() + (alreadyKnown ? "; child already known" : "; child newly registered");
    }

    private static String describe(Episode episode) {
        return "Earlier " + (episode.kind() == Episodes.Kind.EARLY_HELP ? "early help" : "children's social care") + " episode "
                + episode.id() + " from " + Moments.day(episode.startedAt()) + " ended on " + Moments.day(episode.endedAt())
                + (episode.endReason() == null ? "" : " (" + episode.endReason() + ")");
    }

    private static String hash(String concerns) {
        String normalised = concerns.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
