package io.ascent.domain;

import static io.ascent.domain.InsightFixtures.SMALL;
import static io.ascent.domain.InsightFixtures.growthPlan;
import static io.ascent.domain.InsightFixtures.progress;
import static io.ascent.domain.InsightFixtures.ratings;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GapTest {

    // Plan a -> c in growth requires core1.b.1, core1.b.2, core1.c.1, core2.b.1, core2.c.1, grow.b.1, grow.c.1.
    @ParameterizedTest(name = "ratings [{0}], done [{1}]: {2}")
    @CsvSource(delimiter = '|', textBlock = """
                                   |                                  | core1:2:0/3, core2:2:0/2, grow:2:0/2
            core1=b                | core1.b.1                        | core2:2:0/2, grow:2:0/2, core1:1:1/3
            core1=c;core2=b;grow=a | grow.b.1;core2.b.1               | grow:2:1/2, core2:1:1/2, core1:0:0/3
            core1=c;core2=c;grow=c | core1.b.1;core1.b.2;core1.c.1;core2.b.1;core2.c.1;grow.b.1;grow.c.1 | core1:0:3/3, core2:0:2/2, grow:0:2/2
            """)
    void gapsAreInRanksToTheTargetBiggestFirstWithReadinessPerCompetency(String rated, String done, String expected) {
        Plan plan = growthPlan("a", "c");
        List<Gap> gaps =
                Gap.of(new Assessment(SMALL, plan, ratings(rated)), Requirements.of(SMALL, plan), progress(done, ""));

        assertThat(gaps.stream()
                        .map(g -> g.competency().id() + ":" + g.ranks() + ":"
                                + g.readiness().done() + "/" + g.readiness().required())
                        .collect(Collectors.joining(", ")))
                .isEqualTo(expected);
    }
}
