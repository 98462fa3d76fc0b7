package io.ascent.app;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs Ascent's command line ({@link Main}) in a child JVM: as the current user, as an
 * unprivileged user, or inside a command that sets up its surroundings (a mount namespace with a
 * full or read-only disk). Permission checks cannot be seen as root, and CI runs as root: there the
 * child runs as {@code nobody} through {@code setpriv}, from a copy of the class path that
 * {@code nobody} may read (the clone and {@code ~/.m2} under root's home are not readable to it).
 */
public final class ChildCli {

    /** What the child printed and how it ended. */
    public record Result(int code, String out, String err) {}

    private static Path readableClassPath;

    private ChildCli() {}

    /** Whether the JVM runs as root, where files of any mode can be read and written. */
    public static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** Whether a child can run as a user without privileges: as nobody when root (needs setpriv), else as itself. */
    public static boolean unprivilegedAvailable() {
        return !root() || Files.isExecutable(Path.of("/usr/bin/setpriv"));
    }

    /** The command line as the current user. */
    public static Result run(List<String> args) {
        return start(List.of(), System.getProperty("java.class.path"), args, "");
    }

    /**
     * The command line as a user without privileges (nobody, when this JVM is root). Files it
     * should reach must be in folders others may enter: see {@link #sharedFolder}.
     */
    public static Result unprivileged(List<String> args) {
        if (!root()) {
            return run(args);
        }
        List<String> prefix = List.of("setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups");
        return start(prefix, readableClassPath(), args, "");
    }

    /**
     * The command line run by {@code sh -c SCRIPT}, where {@code SCRIPT} is {@code setup} followed by
     * the java command: e.g. a mount namespace ({@code unshare -rm}) with a small tmpfs.
     */
    public static Result inShell(List<String> wrapper, String setup, List<String> args) {
        return start(wrapper, System.getProperty("java.class.path"), args, setup);
    }

    /** A new folder under the system's temporary folder that every user may enter and read. */
    public static Path sharedFolder(String prefix) throws IOException {
        Path folder = Files.createTempDirectory(Path.of("/tmp"), prefix);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        return folder;
    }

    private static Result start(List<String> prefix, String classPath, List<String> args, String setup) {
        List<String> java = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto",
                "-XX:TieredStopAtLevel=1",
                "-Duser.language=en",
                "-Duser.country=US",
                "-Djava.io.tmpdir=/tmp",
                "-cp",
                classPath,
                Main.class.getName()));
        java.addAll(args);
        List<String> command = new ArrayList<>(prefix);
        if (setup.isEmpty()) {
            command.addAll(java);
        } else {
            command.addAll(List.of("sh", "-c", setup + " && exec \"$@\"", "sh"));
            command.addAll(java);
        }
        try {
            Process child = new ProcessBuilder(command).start();
            CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(child.getInputStream()));
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(child.getErrorStream()));
            if (!child.waitFor(60, TimeUnit.SECONDS)) {
                child.destroyForcibly();
                throw new IllegalStateException("the command line did not end: " + command);
            }
            return new Result(child.exitValue(), out.join(), err.join());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /** The class path copied once into a folder every user may read; removed when the JVM ends. */
    private static synchronized String readableClassPath() {
        try {
            if (readableClassPath == null) {
                readableClassPath = sharedFolder("ascent-classpath");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(readableClassPath)));
            }
            List<String> copies = new ArrayList<>();
            int n = 0;
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                Path source = Path.of(entry);
                if (!Files.exists(source)) {
                    continue;
                }
                Path copy = readableClassPath.resolve(n++ + "-" + source.getFileName());
                if (!Files.exists(copy)) {
                    copyReadable(source, copy);
                }
                copies.add(copy.toString());
            }
            return String.join(File.pathSeparator, copies);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyReadable(Path source, Path target) throws IOException {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path to = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                    Files.setPosixFilePermissions(to, PosixFilePermissions.fromString("rwxr-xr-x"));
                } else {
                    Files.copy(file, to);
                    Files.setPosixFilePermissions(to, PosixFilePermissions.fromString("rw-r--r--"));
                }
            }
        }
    }

    /** Deletes a folder and everything in it, making read-only folders writable first. */
    public static void deleteTree(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            List<Path> all = files.toList();
            for (Path file : all) {
                if (Files.isDirectory(file)) {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
                }
            }
            for (Path file : all.stream().sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException ignored) {
            // Left for the system's temporary-file cleaning.
        }
    }

    /** The arguments as a list, for readable calls. */
    public static List<String> args(String... args) {
        return Arrays.asList(args);
    }
}
