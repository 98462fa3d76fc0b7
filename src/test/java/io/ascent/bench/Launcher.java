package io.ascent.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts a JVM, waits for its {@code READY <epoch microseconds>} line and reports the time from
 * just before the process was created to that line, plus its peak resident size (VmHWM) at that
 * moment; then stops it. Wall-clock microseconds are used because a monotonic clock is per process.
 */
public final class Launcher {

    /** One start: milliseconds to READY, peak resident size in MiB, CPU time (user + system) to READY. */
    public record Launch(double millis, double peakMib, double cpuMillis) {}

    private static final long TIMEOUT_SECONDS = 90;

    private Launcher() {}

    public static Launch launch(List<String> command) {
        return launch(command, Map.of());
    }

    /** Starts {@code command} with {@code environment} added to this process's. */
    public static Launch launch(List<String> command, Map<String, String> environment) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        long before = epochMicros();
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("could not start " + command.get(0) + ": " + e.getMessage(), e);
        }
        Thread watchdog = new Thread(() -> {
            try {
                if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        watchdog.setDaemon(true);
        watchdog.start();
        List<String> output = new ArrayList<>();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("READY ")) {
                    long ready =
                            Long.parseLong(line.substring("READY ".length()).strip());
                    double peak = peakMib(process.pid());
                    double cpu = cpuMillis(process.pid());
                    return new Launch((ready - before) / 1000.0, peak, cpu);
                }
                output.add(line);
            }
            throw new IllegalStateException("the program ended or hung without READY: " + String.join("\n", output));
        } catch (IOException e) {
            throw new IllegalStateException("could not read the program's output: " + e.getMessage(), e);
        } finally {
            stop(process);
        }
    }

    private static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static long epochMicros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
    }

    private static double peakMib(long pid) {
        try {
            return vmHwmKib(Files.readString(Path.of("/proc", Long.toString(pid), "status"))) / 1024.0;
        } catch (IOException e) {
            throw new IllegalStateException(
                    "cannot read the peak memory of process " + pid + " (the memory figure needs Linux /proc): "
                            + e.getMessage(),
                    e);
        }
    }

    /** CPU time of all the process's threads so far; needs Linux /proc and a 100 Hz clock tick. */
    private static double cpuMillis(long pid) {
        try {
            return cpuTicks(Files.readString(Path.of("/proc", Long.toString(pid), "stat"))) * 10.0;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the CPU time of process " + pid + ": " + e.getMessage(), e);
        }
    }

    /** utime + stime of a /proc/PID/stat line (fields 14 and 15, counted after the command's closing parenthesis). */
    static long cpuTicks(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).strip().split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** The VmHWM line of a /proc/PID/status text, in KiB. */
    static long vmHwmKib(String status) {
        for (String line : status.split("\n")) {
            if (line.startsWith("VmHWM:")) {
                String[] parts = line.substring("VmHWM:".length()).strip().split("\\s+");
                if (parts.length == 2 && parts[1].equals("kB")) {
                    return Long.parseLong(parts[0]);
                }
            }
        }
        throw new IllegalArgumentException("no VmHWM line in the process status");
    }
}
