package io.ascent.bench;

import io.ascent.app.StartupProbe;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A program the start-up figures start, with a home of its own: its settings file, data folder,
 * caches and Java's {@code user.home} are under {@code work/home/NAME}, never the user's (a bench
 * run once added {@code lastPlan} lines to the user's own settings).
 */
record Program(String name, List<String> command, Map<String, String> environment) {

    Launcher.Launch launch() {
        return Launcher.launch(command, environment);
    }

    /** {@code java FLAGS MAIN ARGS} on the JDK running the benchmark, on {@code classPath}. */
    static Program java(
            Path work, String name, String classPath, List<String> flags, String mainClass, String... args) {
        return java(
                work, name, Path.of(System.getProperty("java.home"), "bin", "java"), classPath, flags, mainClass, args);
    }

    /** {@code JAVA FLAGS MAIN ARGS} on {@code classPath}. */
    static Program java(
            Path work, String name, Path java, String classPath, List<String> flags, String mainClass, String... args) {
        Path home = home(work, name);
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.add("-cp");
        command.add(classPath);
        command.addAll(flags);
        command.add("-Duser.home=" + home);
        command.add("-D" + StartupProbe.PROPERTY + "=true");
        command.add(mainClass);
        command.addAll(Arrays.asList(args));
        return new Program(name, command, environment(home, ""));
    }

    /** A launcher that takes no JVM options on its command line: they go in JAVA_TOOL_OPTIONS. */
    static Program launcher(Path work, String name, Path launcher, String... args) {
        Path home = home(work, name);
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(Arrays.asList(args));
        return new Program(
                name, command, environment(home, "-Duser.home=" + home + " -D" + StartupProbe.PROPERTY + "=true"));
    }

    static String classPath(Path... entries) {
        return String.join(
                File.pathSeparator, Arrays.stream(entries).map(Path::toString).toList());
    }

    static Path home(Path work, String name) {
        return work.resolve("home").resolve(name).toAbsolutePath();
    }

    /** Where Ascent and the toolkit keep files on Linux (AppPaths, Settings, GTK, fontconfig). */
    static Map<String, String> environment(Path home, String javaToolOptions) {
        Map<String, String> environment = new HashMap<>(Map.of(
                "XDG_DATA_HOME", home.resolve("data").toString(),
                "XDG_CACHE_HOME", home.resolve("cache").toString(),
                "XDG_CONFIG_HOME", home.resolve("config").toString()));
        if (!javaToolOptions.isEmpty()) {
            environment.put("JAVA_TOOL_OPTIONS", javaToolOptions);
        }
        return environment;
    }
}
