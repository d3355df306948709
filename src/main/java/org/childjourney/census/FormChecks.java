package org.childjourney.census;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/** Checks that forms cannot make themselves, for the models' check properties: {@code ${checks.censusFactors(assessmentFactors)}}. */
@Component("checks")
public class FormChecks {

    private final Clock clock;

    public FormChecks(Clock clock) {
        this.clock = clock;
    }

    /** Every code in a comma-separated list is one of the CIN census assessment factors. */
    public boolean censusFactors(Object codes) {
        if (codes == null || codes.toString().isBlank()) {
            return false;
        }
        return Arrays.stream(codes.toString().split(",")).map(String::trim)
                .allMatch(code -> CensusCodes.isValid("assessmentfactorstype", code));
    }

    /** A date (yyyy-MM-dd) that is not after today, London time. */
    public boolean notInFuture(Object date) {
        try {
            return date != null && !LocalDate.parse(date.toString().substring(0, Math.min(10, date.toString().length())))
                    .isAfter(LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/London")));
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
