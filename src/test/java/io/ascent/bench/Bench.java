package io.ascent.bench;

import io.ascent.domain.Framework;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The benchmark behind bench/run: prints one line per figure and exits 1 on a MISS only with
 * {@code --strict}. {@code --quick} takes fewer samples; {@code --only startup,tick,scale,pdf,wins}
 * picks sections; {@code --only frames} (never in the default run) measures what the region-cache
 * switch costs while the window is used.
 */
public final class Bench {

    private static final Set<String> SECTIONS = Set.of("startup", "tick", "scale", "pdf", "wins");

    private Bench() {}

    public static void main(String[] args) {
        boolean strict = false;
        boolean quick = false;
        Set<String> only = SECTIONS;
        for (String arg : args) {
            if (arg.equals("--strict")) {
                strict = true;
            } else if (arg.equals("--quick")) {
                quick = true;
            } else if (arg.startsWith("--only=")) {
                only = Set.of(arg.substring("--only=".length()).split(","));
            } else {
                System.err.println("bench: unknown option " + arg
                        + " (use --strict, --quick, --only=startup,tick,scale,pdf,wins,frames)");
                System.exit(2);
            }
        }
        Path work = Path.of(System.getProperty("bench.dir", "target/bench"));
        List<Figure> figures = new ArrayList<>();
        Consumer<Figure> report = f -> {
            figures.add(f);
            System.out.println(f.format());
        };
        System.out.printf(
                "Ascent benchmark: medians after warm-up (%s), Java %s, %d cores%n",
                quick ? "quick" : "full",
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());

        if (only.contains("startup")) {
            new StartupFigures(
                            work,
                            Path.of(System.getProperty("bench.appJar", "target/ascent.jar")),
                            Path.of(System.getProperty("bench.testClasses", "target/test-classes")),
                            InstalledImage.at(
                                    Path.of(System.getProperty("bench.image", "target/installer/Ascent")),
                                    Path.of(System.getProperty("bench.appJar", "target/ascent.jar"))))
                    .run(
                            1,
                            quick ? 3 : 7,
                            System.getenv("DISPLAY") != null
                                    && !System.getenv("DISPLAY").isBlank(),
                            report);
        }
        if (only.contains("frames")) {
            // Not in the default run: what prism.disableRegionCaching costs while the window is used.
            if (System.getenv("DISPLAY") == null) {
                System.err.println("bench: the frames section needs a display (xvfb-run -a bench/run --only=frames)");
            } else {
                RegionCaching.run(
                        work,
                        Program.classPath(
                                Path.of(System.getProperty("bench.testClasses", "target/test-classes")),
                                Path.of(System.getProperty("bench.appJar", "target/ascent.jar"))),
                        quick ? 2 : 4,
                        report);
            }
        }
        if (only.contains("tick") || only.contains("scale") || only.contains("pdf")) {
            Framework large = FrameworkGenerator.generate(FrameworkGenerator.LARGE);
            Path scaleDb = BenchDatabase.ensure(work.resolve("scale.db"), large, ScaleFigures.PLANS);
            if (only.contains("tick")) {
                TickFigures.run(scaleDb, large, quick ? new Timer(200, 500) : new Timer(500, 2000), report);
            }
            if (only.contains("scale")) {
                ScaleFigures.run(scaleDb, large, quick ? new Timer(5, 7) : new Timer(15, 21), quick, report);
            }
            if (only.contains("pdf")) {
                PdfFigures.run(work, scaleDb, quick ? new Timer(1, 3) : new Timer(2, 7), report);
            }
        }
        if (only.contains("wins")) {
            WinFigures.run(work, quick ? new Timer(1, 3) : new Timer(2, 7), quick, report);
        }
        boolean missed = figures.stream().anyMatch(f -> f.verdict() == Figure.Verdict.MISS);
        System.exit(strict && missed ? 1 : 0);
    }
}
