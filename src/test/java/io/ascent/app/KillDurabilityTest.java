package io.ascent.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.domain.MilestoneStatus;
import io.ascent.persistence.sqlite.Database;
import io.ascent.persistence.sqlite.SqlitePlanRepository;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 at any moment loses at most the tick in flight: a child JVM ticks in a loop and
 * reports each tick its save returned for; it is killed at random points, again and again,
 * and afterwards the file is intact and holds every reported tick.
 */
class KillDurabilityTest {

    private static final int KILLS = 20;

    @TempDir
    Path dir;

    @Test
    void everyReportedTickSurvivesRepeatedSigkill() throws Exception {
        Path file = dir.resolve("ascent.db");
        Random random = new Random();
        List<String> reported = Collections.synchronizedList(new ArrayList<>());
        int killedWhileTicking = 0;
        for (int run = 0; run < KILLS; run++) {
            Process child = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-Xshare:auto",
                            "-XX:TieredStopAtLevel=1",
                            "-cp",
                            System.getProperty("java.class.path"),
                            TickLoop.class.getName(),
                            file.toString(),
                            String.valueOf(run))
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            List<String> lines = Collections.synchronizedList(new ArrayList<>());
            Thread reader = new Thread(() -> read(child, lines));
            reader.start();
            if (run % 4 == 3) {
                // Now and then while it is still starting: opening, migrating, creating the plan.
                Thread.sleep(random.nextInt(900));
            } else {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                while (lines.isEmpty() && child.isAlive() && System.nanoTime() < deadline) {
                    Thread.sleep(5);
                }
                Thread.sleep(random.nextInt(120));
            }
            boolean wasTicking = !lines.isEmpty();
            child.destroyForcibly();
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue())
                    .as("killed by SIGKILL, not ended on its own")
                    .isEqualTo(137);
            reader.join(5000);
            reported.addAll(lines);
            killedWhileTicking += wasTicking ? 1 : 0;
        }

        System.out.printf(
                "KillDurabilityTest: %d kills (%d while ticking), %d committed ticks reported%n",
                KILLS, killedWhileTicking, reported.size());
        assertThat(killedWhileTicking).isGreaterThanOrEqualTo(KILLS / 2);
        assertThat(reported).hasSizeGreaterThan(KILLS);
        try (Database db = Database.open(file)) {
            db.withConnection(c -> {
                try (var rs = c.createStatement().executeQuery("PRAGMA integrity_check")) {
                    assertThat(rs.getString(1)).isEqualTo("ok");
                }
                return null;
            });
            SqlitePlanRepository repo = new SqlitePlanRepository(db);
            Map<Long, List<String>> byPlan = reported.stream()
                    .map(l -> l.split(" "))
                    .collect(Collectors.groupingBy(
                            p -> Long.parseLong(p[1]), Collectors.mapping(p -> p[2], Collectors.toList())));
            byPlan.forEach((planId, milestones) -> {
                var progress = repo.progress(planId);
                for (String milestone : milestones) {
                    assertThat(progress.get(milestone))
                            .as("plan %d, milestone %s", planId, milestone)
                            .isNotNull()
                            .satisfies(p -> assertThat(p.status()).isEqualTo(MilestoneStatus.DONE));
                }
            });
        }
    }

    private static void read(Process child, List<String> lines) {
        try (BufferedReader in =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("TICK ")) {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            // The pipe closes when the child is killed; what was read so far counts.
        }
    }
}
