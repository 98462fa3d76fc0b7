package io.ascent.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

class RadarChartTest {

    private static final List<RadarChart.Axis> AXES = List.of(
            new RadarChart.Axis("One", 2, 3), new RadarChart.Axis("Two", 1, 3), new RadarChart.Axis("Three", 3, 3));

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void redrawsOnlyWhenItsDataOrSizeChange() throws Exception {
        AtomicReference<List<Integer>> counts = new AtomicReference<>();
        FxToolkit.setupFixture(() -> {
            List<Integer> seen = new ArrayList<>();
            RadarChart chart = new RadarChart();
            chart.resize(400, 300);
            chart.layout();
            seen.add(chart.redraws());
            chart.setData(AXES, 5);
            seen.add(chart.redraws());
            chart.setData(new ArrayList<>(AXES), 5);
            chart.layout();
            seen.add(chart.redraws());
            chart.resize(500, 300);
            chart.layout();
            seen.add(chart.redraws());
            counts.set(seen);
        });

        List<Integer> seen = counts.get();
        assertThat(seen.get(1)).isEqualTo(seen.get(0) + 1);
        assertThat(seen.get(2)).isEqualTo(seen.get(1));
        assertThat(seen.get(3)).isEqualTo(seen.get(2) + 1);
    }
}
