package io.ascent.bench;

import io.ascent.app.StartupProbe;
import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Start-up and memory: Ascent's jar showing a plan with 300 milestones against {@link MinimalFx},
 * both started as separate JVMs with the same class path and flags, turn about. The plan follows
 * a generated ladder imported into its database, which the app reads back as it reads any
 * imported ladder.
 */
final class StartupFigures {

    private static final List<String> HEADLESS = List.of(
            "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Djava.awt.headless=true");

    private final Path work;
    private final Path appJar;
    private final Path testClasses;

    StartupFigures(Path work, Path appJar, Path testClasses) {
        this.work = work;
        this.appJar = appJar;
        this.testClasses = testClasses;
    }

    void run(int warmUp, int runs, boolean display, Consumer<Figure> report) {
        Path database = BenchDatabase.rebuild(
                work.resolve("startup.db"), FrameworkGenerator.generate(FrameworkGenerator.TYPICAL), 1, Instant.now());
        String classPath = String.join(File.pathSeparator, testClasses.toString(), appJar.toString(), monocleJar());
        List<Launcher.Launch[]> headless = compare(classPath, HEADLESS, database, warmUp, runs, true);
        report.accept(Figure.against(
                "startup.headless",
                median(headless.get(0), false),
                median(headless.get(1), false),
                "ms",
                Goal.ratioAtMost(1.3)));
        report.accept(
                Figure.against("startup.headless.cpu", cpu(headless.get(0)), cpu(headless.get(1)), "ms", Goal.none()));
        // What the same kinds of controls cost without Ascent (ControlsOnlyFx): read the app's
        // figure against it.
        report.accept(Figure.against(
                "startup.controls-only",
                median(headless.get(2), false),
                median(headless.get(1), false),
                "ms",
                Goal.none()));
        if (display) {
            List<Launcher.Launch[]> real = compare(classPath, List.of(), database, warmUp, runs, false);
            report.accept(Figure.against(
                    "startup.display",
                    median(real.get(0), false),
                    median(real.get(1), false),
                    "ms",
                    Goal.ratioAtMost(1.3)));
        }
        report.accept(Figure.against(
                "memory.peak-rss",
                median(headless.get(0), true),
                median(headless.get(1), true),
                "MiB",
                Goal.ratioAtMost(1.5)));
        report.accept(Figure.against(
                "memory.controls-only",
                median(headless.get(2), true),
                median(headless.get(1), true),
                "MiB",
                Goal.none()));
    }

    /**
     * Launches of the app (first), of the baseline (second) and, if asked, of {@link ControlsOnlyFx}
     * (third), turn about.
     */
    private List<Launcher.Launch[]> compare(
            String classPath, List<String> flags, Path database, int warmUp, int runs, boolean controlsOnly) {
        List<List<String>> programs = new ArrayList<>(List.of(
                command(classPath, flags, "io.ascent.app.Main", "--db", database.toString()),
                command(classPath, flags, MinimalFx.class.getName())));
        if (controlsOnly) {
            programs.add(command(classPath, flags, ControlsOnlyFx.class.getName()));
        }
        for (int i = 0; i < warmUp; i++) {
            programs.forEach(Launcher::launch);
        }
        List<Launcher.Launch[]> launches = new ArrayList<>();
        programs.forEach(p -> launches.add(new Launcher.Launch[runs]));
        for (int i = 0; i < runs; i++) {
            // Baseline first, as before this list grew a third program.
            launches.get(1)[i] = Launcher.launch(programs.get(1));
            launches.get(0)[i] = Launcher.launch(programs.get(0));
            for (int p = 2; p < programs.size(); p++) {
                launches.get(p)[i] = Launcher.launch(programs.get(p));
            }
        }
        return launches;
    }

    private static List<String> command(String classPath, List<String> flags, String mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(classPath);
        command.addAll(flags);
        command.add("-D" + StartupProbe.PROPERTY + "=true");
        command.add(mainClass);
        command.addAll(Arrays.asList(args));
        return command;
    }

    private static double cpu(Launcher.Launch[] launches) {
        return new Samples(
                        Arrays.stream(launches).map(Launcher.Launch::cpuMillis).toList())
                .median();
    }

    private static double median(Launcher.Launch[] launches, boolean memory) {
        return new Samples(Arrays.stream(launches)
                        .map(l -> memory ? l.peakMib() : l.millis())
                        .toList())
                .median();
    }

    private static String monocleJar() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.contains("openjfx-monocle"))
                .findFirst()
                .orElseThrow(
                        () -> new IllegalStateException("the Monocle jar is not on the class path; run bench/run"));
    }
}
