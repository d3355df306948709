package org.childjourney.performance;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Each figure is defined once, in {@link Measure}; docs/performance-figures.md must say the same, word for word. */
class MeasureDocumentationTest {

    @Test
    void theDocumentedDefinitionsAreTheOnesTheCodeShows() throws Exception {
        String doc = Files.readString(Path.of("docs", "performance-figures.md"));
        for (Measure m : Measure.values()) {
            assertThat(doc).as(m.code())
                    .contains("## " + m.title() + " (`" + m.code() + "`)")
                    .contains("- **Out of:** " + m.denominator())
                    .contains("- **Counted:** " + m.numerator())
                    .contains("- **Month:** the calendar month (London time) of " + m.monthBy())
                    .contains("- **Notes:** " + m.notes());
        }
    }
}
