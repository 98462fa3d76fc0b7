package io.ascent.app;

import io.ascent.persistence.Database;
import io.ascent.persistence.FrameworkReader;
import io.ascent.persistence.SqlitePlanRepository;
import io.ascent.service.ExportService;
import io.ascent.service.FrameworkService;
import io.ascent.service.PlanService;
import java.nio.file.Path;
import java.time.Clock;

/** The wiring: one database, its repositories and the services on top, built by constructors. */
public final class AppContext implements AutoCloseable {

    private final Database database;
    private final FrameworkService frameworks;
    private final PlanService plans;
    private final ExportService exports;

    private AppContext(Database database, FrameworkService frameworks, PlanService plans, ExportService exports) {
        this.database = database;
        this.frameworks = frameworks;
        this.plans = plans;
        this.exports = exports;
    }

    /** Opens (creating or migrating) the database and reads the default framework. */
    public static AppContext open(Path databaseFile, Clock clock) {
        Database database = Database.open(databaseFile);
        try {
            FrameworkService frameworks = new FrameworkService(new FrameworkReader());
            frameworks.defaultFramework();
            SqlitePlanRepository repository = new SqlitePlanRepository(database);
            PlanService plans = new PlanService(repository, frameworks, clock);
            ExportService exports = new ExportService(plans, repository, frameworks, clock);
            return new AppContext(database, frameworks, plans, exports);
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

    public ExportService exports() {
        return exports;
    }

    @Override
    public void close() {
        database.close();
    }
}
