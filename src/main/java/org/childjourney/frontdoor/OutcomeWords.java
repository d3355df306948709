package org.childjourney.frontdoor;

import org.springframework.stereotype.Component;

/** Lets models write a front door decision in words on the chronology: {@code ${outcomes.words(pathway)}}. */
@Component("outcomes")
public class OutcomeWords {

    public String words(String code) {
        return FrontDoorOutcome.wordsFor(code);
    }
}
