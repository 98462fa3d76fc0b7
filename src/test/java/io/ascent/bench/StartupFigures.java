package io.ascent.bench;

import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Start-up and memory, each program a separate JVM started turn about, each with a home of its
 * own ({@link Program}). Ascent shows {@link StartupDatabase}'s plan (a year of use on a 300-
 * milestone ladder) and is timed until everything its first screen queued is drawn.
 * <ul>
 *   <li>As {@code java -jar} users start it, on the JDK running the benchmark: headless (Monocle)
 *       against {@link MinimalFx} and {@link ControlsOnlyFx}, and under the display against
 *       MinimalFx. All three get the same flags. These are a regression guard (goals in
 *       docs/performance.md: the value measured in December 2026 plus 10%).
 *   <li>As the installer installs it ({@link InstalledImage}), under the display: against
 *       MinimalFx on the default JDK with no options, and against the platform's floor, MinimalFx
 *       on the same JDK 25 runtime with its own AOT cache.
 * </ul>
 */
final class StartupFigures {

    private static final List<String> HEADLESS = List.of(
            "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Djava.awt.headless=true");
    /** What io.ascent.app.Main sets for the app, given to the programs it is compared with as well. */
    static final List<String> SAME_FOR_ALL = List.of("-Dprism.disableRegionCaching=true");

    private static final int WALL = 0;
    private static final int RSS = 1;
    private static final int CPU = 2;

    // The java -jar guard: the median of the ratios of the four runs on an idle machine of 7 Dec
    // 2026, after issue 22's benchmark changes, plus 10% (docs/performance.md, "The java -jar guard").
    static final double HEADLESS_GUARD = 3.6;
    static final double DISPLAY_GUARD = 3.2;
    static final double MEMORY_GUARD = 1.9;

    private final Path work;
    private final Path appJar;
    private final Path testClasses;
    private final Optional<InstalledImage> installed;

    StartupFigures(Path work, Path appJar, Path testClasses, Optional<InstalledImage> installed) {
        this.work = work;
        this.appJar = appJar;
        this.testClasses = testClasses;
        this.installed = installed;
    }

    void run(int warmUp, int runs, boolean display, Consumer<Figure> report) {
        Path database = StartupDatabase.rebuild(
                work.resolve("startup.db"), FrameworkGenerator.generate(FrameworkGenerator.TYPICAL), Instant.now());
        String classPath = Program.classPath(testClasses, appJar, monocleJar());
        List<String> headless = new ArrayList<>(HEADLESS);
        headless.addAll(SAME_FOR_ALL);
        List<Samples[]> h = rotate(
                List.of(
                        app("app-headless", classPath, headless, database),
                        Program.java(work, "minimal-headless", classPath, headless, MinimalFx.class.getName()),
                        Program.java(work, "controls-headless", classPath, headless, ControlsOnlyFx.class.getName())),
                warmUp,
                runs);
        report.accept(against("startup.headless", h.get(0), h.get(1), WALL, Goal.ratioAtMost(HEADLESS_GUARD)));
        report.accept(against("startup.headless.cpu", h.get(0), h.get(1), CPU, Goal.none()));
        report.accept(against("startup.controls-only", h.get(2), h.get(1), WALL, Goal.none()));
        report.accept(against("memory.peak-rss", h.get(0), h.get(1), RSS, Goal.ratioAtMost(MEMORY_GUARD)));
        report.accept(against("memory.controls-only", h.get(2), h.get(1), RSS, Goal.none()));
        if (!display) {
            System.err.println(
                    "bench: no DISPLAY, so no startup.display and startup.installed (try xvfb-run -a bench/run)");
            return;
        }
        List<Program> programs = new ArrayList<>(List.of(
                Program.java(work, "minimal-display", classPath, SAME_FOR_ALL, MinimalFx.class.getName()),
                app("app-display", classPath, SAME_FOR_ALL, database),
                Program.java(work, "minimal-plain", classPath, List.of(), MinimalFx.class.getName())));
        installed.ifPresent(image -> {
            programs.add(Program.launcher(work, "installed", image.launcher(), "--db", database.toString()));
            programs.add(image.floor(work, testClasses));
        });
        List<Samples[]> d = rotate(programs, warmUp, runs);
        report.accept(against("startup.display", d.get(1), d.get(0), WALL, Goal.ratioAtMost(DISPLAY_GUARD)));
        if (installed.isEmpty()) {
            System.err.println("bench: no installed app at target/installer/Ascent: build it with a JDK 25 "
                    + "(bench/run does when it finds one; see docs/performance.md)");
            report.accept(Figure.notBuilt("startup.installed", "ms", Goal.ratioAtMost(1.3)));
            report.accept(Figure.notBuilt("memory.installed", "MiB", Goal.ratioAtMost(1.3)));
            return;
        }
        report.accept(against("startup.installed", d.get(3), d.get(2), WALL, Goal.ratioAtMost(1.3)));
        report.accept(against("startup.installed.cpu", d.get(3), d.get(2), CPU, Goal.none()));
        report.accept(against("memory.installed", d.get(3), d.get(2), RSS, Goal.ratioAtMost(1.3)));
        report.accept(against("startup.installed-floor", d.get(3), d.get(4), WALL, Goal.none()));
    }

    private Program app(String name, String classPath, List<String> flags, Path database) {
        return Program.java(work, name, classPath, flags, "io.ascent.app.Main", "--db", database.toString());
    }

    private static Figure against(String name, Samples[] value, Samples[] baseline, int what, Goal goal) {
        String unit = what == RSS ? "MiB" : "ms";
        return Figure.against(name, value[what].median(), baseline[what].median(), unit, goal);
    }

    /**
     * Starts every program once to warm the page cache, then {@code runs} rounds of one start each,
     * the order turned by one each round; per program: wall time, peak RSS and CPU time to READY.
     */
    static List<Samples[]> rotate(List<Program> programs, int warmUp, int runs) {
        for (int i = 0; i < warmUp; i++) {
            programs.forEach(Program::launch);
        }
        List<List<Launcher.Launch>> launches = new ArrayList<>();
        programs.forEach(p -> launches.add(new ArrayList<>()));
        for (int round = 0; round < runs; round++) {
            for (int i = 0; i < programs.size(); i++) {
                int p = (round + i) % programs.size();
                launches.get(p).add(programs.get(p).launch());
            }
        }
        return launches.stream()
                .map(l -> new Samples[] {
                    new Samples(l.stream().map(Launcher.Launch::millis).toList()),
                    new Samples(l.stream().map(Launcher.Launch::peakMib).toList()),
                    new Samples(l.stream().map(Launcher.Launch::cpuMillis).toList())
                })
                .toList();
    }

    private static Path monocleJar() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.contains("openjfx-monocle"))
                .map(Path::of)
                .findFirst()
                .orElseThrow(
                        () -> new IllegalStateException("the Monocle jar is not on the class path; run bench/run"));
    }
}
