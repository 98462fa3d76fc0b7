package io.ascent.app.boot;

import io.ascent.persistence.files.FrameworkReader;
import io.ascent.persistence.sqlite.Backups;
import io.ascent.persistence.sqlite.Database;
import io.ascent.persistence.sqlite.Opening;
import io.ascent.persistence.sqlite.SqliteAssessmentRepository;
import io.ascent.persistence.sqlite.SqliteCheckInRepository;
import io.ascent.persistence.sqlite.SqliteFrameworkRepository;
import io.ascent.persistence.sqlite.SqlitePlanRepository;
import io.ascent.persistence.sqlite.SqliteRhythmRepository;
import io.ascent.service.AssessmentService;
import io.ascent.service.BackupService;
import io.ascent.service.CheckInService;
import io.ascent.service.ExportService;
import io.ascent.service.FrameworkService;
import io.ascent.service.PlanService;
import io.ascent.service.RhythmService;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/** The wiring: one database, its repositories and the services on top, built by constructors. */
public final class AppContext implements AutoCloseable {

    private final Database database;
    private final FrameworkService frameworks;
    private final PlanService plans;
    private final AssessmentService assessments;
    private final CheckInService checkIns;
    private final RhythmService rhythms;
    private final ExportService exports;
    private final BackupService backups;
    private final Clock clock;

    private AppContext(Database database, FrameworkService frameworks, SqlitePlanRepository repository, Clock clock) {
        this.database = database;
        this.frameworks = frameworks;
        this.plans = new PlanService(repository, frameworks, clock);
        this.assessments = new AssessmentService(new SqliteAssessmentRepository(database), clock);
        SqliteRhythmRepository rhythmRows = new SqliteRhythmRepository(database);
        this.checkIns = new CheckInService(new SqliteCheckInRepository(database), rhythmRows, clock);
        this.rhythms = new RhythmService(rhythmRows, plans, checkIns, clock);
        this.exports = new ExportService(
                plans, repository, frameworks, assessments, checkIns, rhythms, clock, database.ownFiles());
        this.backups = new BackupService(Backups.beside(database.file(), clock), Optional.of(database), clock);
        this.clock = clock;
    }

    /** Opens (creating or migrating) the database as the window does and reads the default framework. */
    public static AppContext open(Path databaseFile, Clock clock) {
        return open(databaseFile, clock, Opening.WINDOW);
    }

    /** Opens the database as {@code how} says (see {@link Opening}) and reads the default framework. */
    public static AppContext open(Path databaseFile, Clock clock, Opening how) {
        Database database = Database.open(databaseFile, clock, how);
        try {
            SqlitePlanRepository planRepository = new SqlitePlanRepository(database);
            FrameworkService frameworks = new FrameworkService(
                    new FrameworkReader(), new SqliteFrameworkRepository(database), planRepository, clock);
            frameworks.frameworks();
            return new AppContext(database, frameworks, planRepository, clock);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    public Database database() {
        return database;
    }

    public FrameworkService frameworks() {
        return frameworks;
    }

    public PlanService plans() {
        return plans;
    }

    public AssessmentService assessments() {
        return assessments;
    }

    public CheckInService checkIns() {
        return checkIns;
    }

    public RhythmService rhythms() {
        return rhythms;
    }

    public ExportService exports() {
        return exports;
    }

    public BackupService backups() {
        return backups;
    }

    public Clock clock() {
        return clock;
    }

    @Override
    public void close() {
        database.close();
    }
}
