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
import io.ascent.persistence.sqlite.SqliteRhythmRepository;
import io.ascent.persistence.sqlite.SqliteWinRepository;
import io.ascent.service.AssessmentService;
import io.ascent.service.BackupService;
import io.ascent.service.CalendarService;
import io.ascent.service.CheckInService;
import io.ascent.service.ExportService;
import io.ascent.service.FrameworkService;
import io.ascent.service.OneOnOneService;
import io.ascent.service.OutsideChanges;
import io.ascent.service.OwnMilestoneService;
import io.ascent.service.PacketService;
import io.ascent.service.PlanService;
import io.ascent.service.ProgressCarryOver;
import io.ascent.service.PromotionService;
import io.ascent.service.ReviewAnswerService;
import io.ascent.service.ReviewImportService;
import io.ascent.service.ReviewRequestService;
import io.ascent.service.ReviewerKeyService;
import io.ascent.service.RhythmService;
import io.ascent.service.WinService;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The wiring: one database, its repositories and the services on top, built by constructors. */
public final class AppContext implements AutoCloseable {

    private final Database database;
    private final FrameworkService frameworks;
    private final PlanService plans;
    private final OwnMilestoneService ownMilestones;
    private final PromotionService promotions;
    private final AssessmentService assessments;
    private final CheckInService checkIns;
    private final RhythmService rhythms;
    private final CalendarService calendars;
    private final OneOnOneService oneOnOnes;
    private final WinService wins;
    private final ExportService exports;
    private final PacketService packets;
    private final BackupService backups;
    private final ProgressCarryOver carryOver;
    private final Reviews reviews;
    private final OutsideChanges outsideChanges;
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
        this.ownMilestones = new OwnMilestoneService(plans, repository, clock, new SecureRandom());
        this.wins = new WinService(new SqliteWinRepository(database), clock);
        this.promotions = new PromotionService(plans, repository, assessments, wins, clock);
        this.reviews = reviews(database, plans, assessments, wins, clock);
        SqliteRhythmRepository rhythmRows = new SqliteRhythmRepository(database);
        this.checkIns = new CheckInService(new SqliteCheckInRepository(database), rhythmRows, clock);
        this.rhythms = new RhythmService(
                rhythmRows,
                plans,
                checkIns,
                id -> reviews.requests().current(id).map(r -> r.answer().answeredAt()),
                clock);
        this.calendars = new CalendarService(
                plans, checkIns, rhythms, new SqliteReviewRepository(database)::planUuid, database.ownFiles());
        this.oneOnOnes = new OneOnOneService(
                rhythmRows,
                plans,
                checkIns,
                assessments,
                rhythms,
                ownMilestones,
                wins,
                reviews.requests()::current,
                clock);
        this.exports = new ExportService(
                plans,
                repository,
                frameworks,
                assessments,
                checkIns,
                wins,
                rhythms,
                clock,
                database.ownFiles(),
                reviews.requests()::current);
        this.packets =
                new PacketService(plans, assessments, wins, reviews.requests()::current, clock, database.ownFiles());
        this.backups = new BackupService(Backups.beside(database.file(), clock), Optional.of(database), clock);
        this.carryOver = new ProgressCarryOver(repository, frameworks, backups, clock);
        frameworks.afterInstall(carryOver::run);
        this.outsideChanges = new OutsideChanges(database);
        this.clock = clock;
    }

    private static Reviews reviews(
            Database database, PlanService plans, AssessmentService assessments, WinService wins, Clock clock) {
        SqliteReviewRepository repository = new SqliteReviewRepository(database);
        List<Path> keepOut = database.ownFiles();
        ReviewRequestService requests =
                new ReviewRequestService(plans, assessments, repository, clock, keepOut, wins::wins);
        ReviewerKeyService keys = new ReviewerKeyService(new SqliteReviewerRepository(database), clock, keepOut);
        return new Reviews(
                requests,
                new ReviewImportService(requests, repository, plans, clock),
                new ReviewAnswerService(new SqliteReviewerRepository(database), keys, clock, keepOut),
                keys);
    }

    /**
     * Opens (creating or migrating) the database as the window does, reads the frameworks and moves
     * progress stored under milestone ids that a newer edition of a ladder replaced (docs/decisions/0006).
     */
    public static AppContext open(Path databaseFile, Clock clock) {
        return open(databaseFile, clock, Opening.WINDOW);
    }

    /**
     * Opens the database as {@code how} says (see {@link Opening}) and reads the frameworks; a
     * database that can be written gets its progress moved to the current editions of its ladders.
     */
    public static AppContext open(Path databaseFile, Clock clock, Opening how) {
        Database database = Database.open(databaseFile, clock, how);
        try {
            SqlitePlanRepository planRepository = new SqlitePlanRepository(database);
            FrameworkService frameworks = new FrameworkService(
                    new FrameworkReader(), new SqliteFrameworkRepository(database), planRepository, clock);
            frameworks.frameworks();
            AppContext app = new AppContext(database, frameworks, planRepository, clock);
            if (database.readOnlyReason().isEmpty()) {
                app.carryOver.run();
            }
            return app;
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

    public OwnMilestoneService ownMilestones() {
        return ownMilestones;
    }

    public PromotionService promotions() {
        return promotions;
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

    public CalendarService calendars() {
        return calendars;
    }

    public OneOnOneService oneOnOnes() {
        return oneOnOnes;
    }

    public WinService wins() {
        return wins;
    }

    public PacketService packets() {
        return packets;
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

    /** Whether another window or the command line changed the database since the window last looked. */
    public OutsideChanges outsideChanges() {
        return outsideChanges;
    }

    public Clock clock() {
        return clock;
    }

    @Override
    public void close() {
        database.close();
    }
}
