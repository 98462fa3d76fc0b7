package io.ascent.bench;

import io.ascent.app.StartupProbe;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * The installed app as {@code ./mvnw -Ppackage package} builds it ({@code target/installer/Ascent}:
 * a JDK 25 runtime with JavaFX linked in, the app's AOT cache, the launcher), and the floor of that
 * platform: {@link MinimalFx} on the same runtime with an AOT cache of its own, trained here.
 */
final class InstalledImage {

    /** The options the image's launcher gives Java (packaging/jpackage.sh). */
    static final List<String> RUNTIME_OPTIONS = List.of(
            "--enable-native-access=javafx.graphics,ALL-UNNAMED",
            "--sun-misc-unsafe-memory-access=allow",
            "-XX:TieredStopAtLevel=1",
            "-Xmn16m");

    private final Path image;

    private InstalledImage(Path image) {
        this.image = image;
    }

    /** The image at {@code image}, if there is one built from {@code appJar} or a later jar. */
    static Optional<InstalledImage> at(Path image, Path appJar) {
        Path jar = image.resolve("lib/app/ascent.jar");
        try {
            if (!Files.isExecutable(image.resolve("bin/Ascent")) || !Files.isRegularFile(jar)) {
                return Optional.empty();
            }
            if (Files.exists(appJar)
                    && Files.getLastModifiedTime(jar).compareTo(Files.getLastModifiedTime(appJar)) < 0) {
                System.err.println("bench: " + image + " was built from an older jar; left out");
                return Optional.empty();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(new InstalledImage(image));
    }

    Path launcher() {
        return image.resolve("bin/Ascent");
    }

    boolean hasCache() {
        return Files.isRegularFile(image.resolve("lib/app/ascent.aot"));
    }

    /** MinimalFx on the image's runtime with its own AOT cache, trained by one start closed as a user would. */
    Program floor(Path work, Path testClasses) {
        Path folder = work.resolve("floor").toAbsolutePath();
        Path jar = folder.resolve("minimalfx.jar");
        Path cache = folder.resolve("minimalfx.aot");
        Path java = image.resolve("lib/runtime/bin/java");
        String classPath =
                Program.classPath(jar, image.resolve("lib/app/ascent.jar").toAbsolutePath());
        try {
            Files.createDirectories(folder);
            Files.deleteIfExists(cache);
            writeJar(jar, testClasses);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> training = new ArrayList<>(RUNTIME_OPTIONS);
        training.add("-XX:AOTCacheOutput=" + cache);
        training.add("-D" + StartupProbe.CLOSE_PROPERTY + "=true");
        train(Program.java(work, "floor", java, classPath, training, MinimalFx.class.getName()), cache);
        List<String> flags = new ArrayList<>(RUNTIME_OPTIONS);
        flags.add("-XX:AOTCache=" + cache);
        return Program.java(work, "floor", java, classPath, flags, MinimalFx.class.getName());
    }

    /** A jar of MinimalFx's classes alone: an AOT cache takes jars only, not class folders. */
    private static void writeJar(Path jar, Path testClasses) throws IOException {
        Path folder = testClasses.resolve(MinimalFx.class.getPackageName().replace('.', '/'));
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                Stream<Path> classes = Files.list(folder)) {
            for (Path file : classes.filter(f -> f.getFileName().toString().startsWith("MinimalFx"))
                    .sorted()
                    .toList()) {
                out.putNextEntry(
                        new JarEntry(testClasses.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
    }

    private static void train(Program program, Path cache) {
        ProcessBuilder builder = new ProcessBuilder(program.command()).redirectErrorStream(true);
        builder.environment().putAll(program.environment());
        builder.redirectOutput(cache.resolveSibling("training.txt").toFile());
        try {
            Process process = builder.start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!Files.isRegularFile(cache)) {
            throw new IllegalStateException(
                    "training MinimalFx's AOT cache failed; see " + cache.resolveSibling("training.txt"));
        }
    }
}
