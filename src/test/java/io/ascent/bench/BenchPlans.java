package io.ascent.bench;

import io.ascent.domain.Framework;
import io.ascent.persistence.Database;
import io.ascent.persistence.FrameworkReader;
import io.ascent.persistence.SqlitePlanRepository;
import io.ascent.service.FrameworkService;
import io.ascent.service.PlanService;
import java.time.Clock;

/** The real services, wired as the app wires them, on a generated framework instead of the shipped one. */
final class BenchPlans {

    private BenchPlans() {
    }

    static FrameworkService frameworks(Framework framework) {
        return new FrameworkService(new FrameworkReader()) {
            @Override
            public Framework defaultFramework() {
                return framework;
            }
        };
    }

    static PlanService service(Database database, Framework framework) {
        return new PlanService(new SqlitePlanRepository(database), frameworks(framework), Clock.systemDefaultZone());
    }
}
