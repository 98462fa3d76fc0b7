package io.ascent.app.boot;

import io.ascent.persistence.files.FrameworkReader;
import io.ascent.persistence.sqlite.Backups;
import io.ascent.persistence.sqlite.Database;
import io.ascent.persistence.sqlite.Opening;
import io.ascent.persistence.sqlite.SqliteAssessmentRepository;
import io.ascent.persistence.sqlite.SqliteCheckInRepository;
import io.ascent.persistence.sqlite.SqliteFrameworkRepository;
import io.ascent.persistence.sqlite.SqlitePlanRepository;
import io.ascent.persistence.sqlite.SqliteReviewRepository;
import io.ascent.persistence.sqlite.SqliteReviewerRepository;
import io.ascent.service.AssessmentService;
import io.ascent.service.BackupService;
import io.ascent.service.CheckInService;
import io.ascent.service.ExportService;
import io.ascent.service.FrameworkService;
import io.ascent.service.PlanService;
import io.ascent.service.ReviewAnswerService;
import io.ascent.service.ReviewImportService;
import io.ascent.service.ReviewRequestService;
import io.ascent.service.ReviewerKeyService;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The wiring: one database, its repositories and the services on top, built by constructors. */
public final class AppContext implements AutoCloseable {

    private final Database database;
    private final FrameworkService frameworks;
    private final PlanService plans;
    private final AssessmentService assessments;
    private final CheckInService checkIns;
    private final ExportService exports;
    private final BackupService backups;
    private final Reviews reviews;
    private final Clock clock;

    /** The review services: the person's (ask, import) and the reviewer's (answer, key). */
    public record Reviews(
            ReviewRequestService requests,
            ReviewImportService imports,
            ReviewAnswerService answers,
            ReviewerKeyService keys) {}

    private AppContext(Database database, FrameworkService frameworks, SqlitePlanRepository repository, Clock clock) {
        this.database = database;
        this.frameworks = frameworks;
        this.plans = new PlanService(repository, frameworks, clock);
        this.assessments = new AssessmentService(new SqliteAssessmentRepository(database), clock);
        this.checkIns = new CheckInService(new SqliteCheckInRepository(database), clock);
        this.reviews = reviews(database, plans, assessments, clock);
        this.exports = new ExportService(
                plans,
                repository,
                frameworks,
                assessments,
                checkIns,
                clock,
                database.ownFiles(),
                reviews.requests()::current);
        this.backups = new BackupService(Backups.beside(database.file(), clock), Optional.of(database), clock);
        this.clock = clock;
    }

    private static Reviews reviews(Database database, PlanService plans, AssessmentService assessments, Clock clock) {
        SqliteReviewRepository repository = new SqliteReviewRepository(database);
        List<Path> keepOut = database.ownFiles();
        ReviewRequestService requests = new ReviewRequestService(plans, assessments, repository, clock, keepOut);
        ReviewerKeyService keys = new ReviewerKeyService(new SqliteReviewerRepository(database), clock, keepOut);
        return new Reviews(
                requests,
                new ReviewImportService(requests, repository, plans, clock),
                new ReviewAnswerService(new SqliteReviewerRepository(database), keys, clock, keepOut),
                keys);
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

    public ExportService exports() {
        return exports;
    }

    public BackupService backups() {
        return backups;
    }

    public Reviews reviews() {
        return reviews;
    }

    public Clock clock() {
        return clock;
    }

    @Override
    public void close() {
        database.close();
    }
}
