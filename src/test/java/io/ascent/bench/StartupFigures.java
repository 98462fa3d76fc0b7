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

    private static final List<String> HEADLESS = List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
            "-Dprism.order=sw", "-Djava.awt.headless=true");

    private final Path work;
    private final Path appJar;
    private final Path testClasses;

    StartupFigures(Path work, Path appJar, Path testClasses) {
        this.work = work;
        this.appJar = appJar;
        this.testClasses = testClasses;
    }

    void run(int warmUp, int runs, boolean display, Consumer<Figure> report) {
        Path database = BenchDatabase.rebuild(work.resolve("startup.db"),
                FrameworkGenerator.generate(FrameworkGenerator.TYPICAL), 1, Instant.now());
        String classPath = String.join(File.pathSeparator, testClasses.toString(),
                appJar.toString(), monocleJar());
        List<Launcher.Launch[]> headless = compare(classPath, HEADLESS, database, warmUp, runs);
        report.accept(Figure.against("startup.headless", median(headless.get(0), false),
                median(headless.get(1), false), "ms", Goal.ratioAtMost(1.3)));
        report.accept(Figure.against("startup.headless.cpu", cpu(headless.get(0)), cpu(headless.get(1)), "ms",
                Goal.none()));
        if (display) {
            List<Launcher.Launch[]> real = compare(classPath, List.of(), database, warmUp, runs);
            report.accept(Figure.against("startup.display", median(real.get(0), false),
                    median(real.get(1), false), "ms", Goal.ratioAtMost(1.3)));
        }
        report.accept(Figure.against("memory.peak-rss", median(headless.get(0), true),
                median(headless.get(1), true), "MiB", Goal.ratioAtMost(1.5)));
    }

    /** Launches of the app (first) and of the baseline (second). */
    private List<Launcher.Launch[]> compare(String classPath, List<String> flags, Path database, int warmUp,
            int runs) {
        List<String> app = command(classPath, flags, "io.ascent.app.Main", "--db", database.toString());
        List<String> baseline = command(classPath, flags, MinimalFx.class.getName());
        for (int i = 0; i < warmUp; i++) {
            Launcher.launch(app);
            Launcher.launch(baseline);
        }
        Launcher.Launch[] apps = new Launcher.Launch[runs];
        Launcher.Launch[] baselines = new Launcher.Launch[runs];
        for (int i = 0; i < runs; i++) {
            baselines[i] = Launcher.launch(baseline);
            apps[i] = Launcher.launch(app);
        }
        return List.of(apps, baselines);
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
        return new Samples(Arrays.stream(launches).map(Launcher.Launch::cpuMillis).toList()).median();
    }

    private static double median(Launcher.Launch[] launches, boolean memory) {
        return new Samples(Arrays.stream(launches).map(l -> memory ? l.peakMib() : l.millis()).toList()).median();
    }

    private static String monocleJar() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.contains("openjfx-monocle"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the Monocle jar is not on the class path; run bench/run"));
    }
}
