package org.childjourney.calendar;

import java.util.Optional;

/** The council's timescale table (bpmn/timescales.dmn): how long each clock runs, as a phrase such as "45 working days". */
public interface TimescaleTable {

    /** The timescale written for {@code clock} (and {@code variant}, such as a RAG rating; may be null), if the table has one. */
    Optional<String> lookUp(String clock, String variant);
}
