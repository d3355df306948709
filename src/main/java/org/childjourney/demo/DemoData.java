package org.childjourney.demo;

import org.childjourney.child.ChildIdentity;
import org.childjourney.child.ChildRegister;
import org.childjourney.child.Episodes;
import org.childjourney.workforce.Team;
import org.childjourney.workforce.Worker;
import org.childjourney.workforce.Workforce;
import org.childjourney.workforce.engine.CamundaIdentity;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** Loads the fictional council (teams, staff, sign-ins, a few known children) when the demo profile is on. Safe to run on every start. */
@Component
@Profile("demo")
class DemoData implements ApplicationRunner {

    private final DemoProperties demo;
    private final Workforce workforce;
    private final CamundaIdentity identity;
    private final ChildRegister children;
    private final Episodes episodes;
    private final Clock clock;

    DemoData(DemoProperties demo, Workforce workforce, CamundaIdentity identity, ChildRegister children, Episodes episodes, Clock clock) {
        this.demo = demo;
        this.workforce = workforce;
        this.identity = identity;
        this.children = children;
        this.episodes = episodes;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        // Workers reference their team, so teams first; a team's manager is a plain username.
        demo.teams().forEach(t -> workforce.save(new Team(t.code(), t.name(), t.kind(), t.manager())));
        List<Worker> workers = demo.workers().stream()
                .map(w -> new Worker(w.username(), w.fullName(), w.role(), w.team(), w.registrationStatus(), w.sweRegistration(), w.capacity(), true))
                .toList();
        workers.forEach(workforce::save);
        identity.provision(workforce.teams(), workforce.workers(), demo.password());

        Instant now = clock.instant();
        for (DemoProperties.DemoChild c : demo.children() == null ? List.<DemoProperties.DemoChild>of() : demo.children()) {
            ChildIdentity who = new ChildIdentity(c.firstName(), c.lastName(), false, c.dateOfBirth(), null, c.sex(), c.ethnicity(), c.disability(), null);
            ChildRegister.Match match = children.findOrRegister(who, now);
            if (!match.alreadyKnown()) {
                Instant closed = now.atZone(ZoneId.of("Europe/London")).minusMonths(c.closedMonthsAgo()).toInstant();
                long episode = episodes.open(match.child().id(), Episodes.Kind.SOCIAL_CARE,
                        closed.atZone(ZoneId.of("Europe/London")).minusMonths(3).toInstant(), null);
                episodes.close(episode, closed, c.closureReason());
            }
        }
    }
}
