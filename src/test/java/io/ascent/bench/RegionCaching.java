package io.ascent.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * What {@code prism.disableRegionCaching} (set by io.ascent.app.Main for every user, to keep
 * rounded backgrounds from being cached in an 8 MB texture) costs while the window is used:
 * {@link FrameTimes} on a 300-milestone plan, with the flag as shipped and without it, turn about,
 * under the display. Section {@code frames} of bench/run (not in the default run); figures are
 * INFO, the flag's value against caching on.
 */
final class RegionCaching {

    private RegionCaching() {}

    static void run(Path work, String classPath, int runs, Consumer<Figure> report) {
        Path database = StartupDatabase.rebuild(
                work.resolve("frames.db"), FrameworkGenerator.generate(FrameworkGenerator.TYPICAL), Instant.now());
        List<List<Double>> scroll = List.of(new ArrayList<>(), new ArrayList<>());
        List<List<Double>> switches = List.of(new ArrayList<>(), new ArrayList<>());
        for (int round = 0; round < runs; round++) {
            for (int i = 0; i < 2; i++) {
                int variant = (round + i) % 2;
                Map<String, List<Double>> frames = frames(work, classPath, variant == 0, database);
                scroll.get(variant).addAll(frames.get("SCROLL"));
                switches.get(variant).addAll(frames.get("SWITCH"));
            }
        }
        report.accept(against("frames.scroll.median", scroll, 50));
        report.accept(against("frames.scroll.p95", scroll, 95));
        report.accept(against("frames.page-switch.median", switches, 50));
        report.accept(against("frames.page-switch.p95", switches, 95));
    }

    private static Figure against(String name, List<List<Double>> samples, int percentile) {
        return Figure.against(
                name,
                percentile(samples.get(0), percentile),
                percentile(samples.get(1), percentile),
                "ms",
                Goal.none());
    }

    static double percentile(List<Double> values, int percentile) {
        List<Double> sorted = values.stream().sorted().toList();
        return percentile == 50
                ? new Samples(sorted).median()
                : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
    }

    /** One run of FrameTimes: its SCROLL and SWITCH samples. */
    private static Map<String, List<Double>> frames(Path work, String classPath, boolean disabled, Path database) {
        Program program = Program.java(
                work,
                "frames",
                classPath,
                List.of("-Dprism.disableRegionCaching=" + disabled),
                FrameTimes.class.getName(),
                "--db",
                database.toString());
        ProcessBuilder builder = new ProcessBuilder(program.command()).redirectErrorStream(true);
        builder.environment().putAll(program.environment());
        try {
            Process process = builder.start();
            List<String> output = new ArrayList<>();
            try (BufferedReader out =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                out.lines().forEach(output::add);
            }
            process.waitFor(5, TimeUnit.MINUTES);
            List<Double> scroll = numbers(output, "SCROLL ");
            List<Double> switches = numbers(output, "SWITCH ");
            if (scroll.isEmpty() || switches.isEmpty()) {
                throw new IllegalStateException("FrameTimes printed no frames: " + String.join("\n", output));
            }
            return Map.of("SCROLL", scroll, "SWITCH", switches);
        } catch (IOException e) {
            throw new IllegalStateException("could not run FrameTimes: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static List<Double> numbers(List<String> output, String prefix) {
        return output.stream()
                .filter(line -> line.startsWith(prefix))
                .flatMap(line ->
                        Arrays.stream(line.substring(prefix.length()).strip().split(" ")))
                .filter(s -> !s.isEmpty())
                .map(Double::parseDouble)
                .toList();
    }
}
