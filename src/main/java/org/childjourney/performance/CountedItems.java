package org.childjourney.performance;

import java.time.Instant;
import java.util.List;

/** A source of counted items: every item whose completing event falls in [from, to). */
public interface CountedItems {

    List<Counted> between(Instant from, Instant to);
}
