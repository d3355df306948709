package org.childjourney.engine;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** The app's clock is the engine's, so that tests which move the engine clock move every deadline with it. */
@Component
public class EngineClock extends Clock {

    @Override
    public ZoneId getZone() {
        return ZoneId.of("Europe/London");
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("The engine clock has one zone: Europe/London");
    }

    @Override
    public Instant instant() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
