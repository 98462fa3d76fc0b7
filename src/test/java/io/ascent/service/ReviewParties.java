package io.ascent.service;

import io.ascent.app.boot.AppContext;
import io.ascent.domain.review.EvidenceChoice;
import io.ascent.domain.review.RequestContents;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Consumer;
import org.assertj.core.api.Assertions;

/**
 * The two sides of a review in a test folder, each with its own real database: a person with a
 * realistic plan ({@link PlanFixture#realisticPlan}) and a reviewer who has never made a plan.
 * Each call opens the database and closes it again, so files can be compared byte for byte.
 */
final class ReviewParties {

    static final String PLAN = "Road to Senior PM";

    final Path dir;
    final Path person;
    final Path reviewer;

    ReviewParties(Path dir) {
        this.dir = dir;
        this.person = dir.resolve("person.db");
        this.reviewer = dir.resolve("reviewer.db");
        try (PlanFixture fixture = PlanFixture.open(person)) {
            fixture.realisticPlan(PLAN);
        }
    }

    static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    static RequestContents.Choices choices(boolean blind) {
        return new RequestContents.Choices(Optional.of("Alex Kim"), blind, EvidenceChoice.DONE);
    }

    interface Work<T> {
        T run(AppContext app);
    }

    static <T> T with(Path db, Clock clock, Work<T> work) {
        try (AppContext app = AppContext.open(db, clock)) {
            return work.run(app);
        }
    }

    /** What {@code work} throws on the database, or null when it succeeds. */
    static Throwable failure(Path db, Clock clock, Consumer<AppContext> work) {
        try (AppContext app = AppContext.open(db, clock)) {
            return Assertions.catchThrowable(() -> work.accept(app));
        }
    }

    /** The person asks for a review of their plan on {@code clock}; returns the request file. */
    Path request(String fileName, boolean blind, Clock clock) {
        Path file = dir.resolve(fileName);
        with(person, clock, app -> {
            long planId = app.plans().plans().get(0).id();
            return app.reviews().requests().request(planId, choices(blind), file, false);
        });
        return file;
    }
}
