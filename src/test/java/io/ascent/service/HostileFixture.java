package io.ascent.service;

import io.ascent.domain.Framework;
import io.ascent.domain.MilestoneStatus;
import io.ascent.domain.PlanDraft;
import io.ascent.domain.PlanSnapshot;
import io.ascent.persistence.files.FrameworkReader;
import io.ascent.persistence.sqlite.Database;
import io.ascent.persistence.sqlite.SqliteAssessmentRepository;
import io.ascent.persistence.sqlite.SqliteCheckInRepository;
import io.ascent.persistence.sqlite.SqliteFrameworkRepository;
import io.ascent.persistence.sqlite.SqlitePlanRepository;
import io.ascent.persistence.sqlite.SqliteRhythmRepository;
import io.ascent.persistence.sqlite.SqliteWinRepository;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A real database file with every service on it, as the app wires them, holding an imported
 * framework and a plan with progress, a rating and a check-in: the data hostile input must not
 * touch. Imports go the way the app's screens send them.
 */
public final class HostileFixture implements AutoCloseable {

    final Path file;
    final Database database;
    final FrameworkService frameworks;
    final PlanService plans;
    final AssessmentService assessments;
    final CheckInService checkIns;
    final ExportService exports;
    final WinService wins;

    private HostileFixture(Path file) {
        this.file = file;
        database = Database.open(file);
        SqlitePlanRepository repository = new SqlitePlanRepository(database);
        frameworks = new FrameworkService(
                new FrameworkReader(), new SqliteFrameworkRepository(database), repository, PlanFixture.CLOCK);
        plans = new PlanService(repository, frameworks, PlanFixture.CLOCK);
        assessments = new AssessmentService(new SqliteAssessmentRepository(database), PlanFixture.CLOCK);
        SqliteRhythmRepository rhythmRows = new SqliteRhythmRepository(database);
        checkIns = new CheckInService(new SqliteCheckInRepository(database), rhythmRows, PlanFixture.CLOCK);
        wins = new WinService(new SqliteWinRepository(database), PlanFixture.CLOCK);
        exports = new ExportService(
                plans,
                repository,
                frameworks,
                assessments,
                checkIns,
                wins,
                new RhythmService(rhythmRows, plans, checkIns, id -> Optional.empty(), PlanFixture.CLOCK),
                PlanFixture.CLOCK,
                database.ownFiles());
    }

    static HostileFixture open(Path file) {
        return new HostileFixture(file);
    }

    /** A fresh database with a CSV-imported framework and a plan that has been worked on; closed again. */
    static void seed(Path file) {
        try (HostileFixture app = open(file)) {
            app.frameworks.importCsv(
                    FrameworkImportTest.resource("csv/acme-pm-ladder.csv"),
                    "acme-pm-ladder.csv",
                    Optional.of(FrameworkImportTest.resource("csv/acme-pm-milestones.csv")),
                    "acme-pm-milestones.csv");
            long id = app.plans
                    .create(new PlanDraft(
                            "Road to Senior PM",
                            "pm-default",
                            "pm",
                            "senior-pm",
                            "growth",
                            Optional.of(LocalDate.of(2027, 6, 30))))
                    .id();
            PlanSnapshot view = app.plans.open(id);
            app.plans.saveProgress(
                    id,
                    view.progressOf(view.items().get(0).id()),
                    view.progressOf(view.items().get(0).id())
                            .withStatus(MilestoneStatus.DONE, LocalDate.of(2026, 9, 1))
                            .withEvidence("Shipped the vision doc"));
            app.checkIns.checkIn(app.plans.open(id), app.assessments.ratings(id), "First check-in");
        }
    }

    /** Imports a framework file the way the Framework screen does: read and check, preview, install. */
    Framework importFramework(Path file, Optional<Path> milestones) {
        Framework framework = frameworks.read(file, milestones);
        frameworks.preview(framework);
        return frameworks.install(framework).framework();
    }

    /** SHA-256 of the database file and its WAL; call on a closed database so the WAL is checkpointed. */
    public static String checksum(Path file) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (Path part : new Path[] {file, Path.of(file + "-wal")}) {
            digest.update(part.getFileName().toString().getBytes(StandardCharsets.UTF_8));
            if (Files.exists(part)) {
                digest.update(Files.readAllBytes(part));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    @Override
    public void close() {
        database.close();
    }
}
