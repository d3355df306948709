package org.childjourney.allocation.engine;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The allocation task's list of the team fits the engine's 4,000 character text column, however large the team. */
class TeamSummaryTest {

    private static String line(int i) {
        return String.format("fr.gen%03d: Generated Worker %03d (first-response), social worker, registered SW-GEN-%05d, 21 of 25 cases", i, i, i);
    }

    @Test
    void aSmallTeamIsListedWhole() {
        List<String> lines = List.of(line(1), line(2));
        assertThat(AllocateWorkerListener.summary(lines)).isEqualTo(line(1) + "\n" + line(2));
        assertThat(AllocateWorkerListener.summary(List.of())).isEmpty();
    }

    @Test
    void aLargeTeamIsCutShortSayingHowManyAreLeftOut() {
        List<String> lines = IntStream.rangeClosed(1, 120).mapToObj(TeamSummaryTest::line).toList();
        String summary = AllocateWorkerListener.summary(lines);

        // Each line is 104 characters, 105 after a line break: 37 lines take 104 + 36 x 105 = 3,884 characters, a 38th
        // would pass 3,900; the closing line brings it to 3,948.
        assertThat(line(1)).hasSize(104);
        assertThat(summary).hasSize(3948)
                .startsWith(line(1) + "\n" + line(2))
                .contains(line(37)).doesNotContain(line(38))
                .endsWith(line(37) + "\n…and 83 more workers in the team: enter any of their usernames.");
    }
}
