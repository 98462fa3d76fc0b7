package io.ascent.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.domain.storage.DatabaseFailure;
import io.ascent.domain.storage.DatabaseProblem;
import org.junit.jupiter.api.Test;

/** Each front end words the way out of a database problem itself: the window names its own menu. */
class MessagesTest {

    /** A database failure as the persistence layer reports it: the fact, no way out. */
    private static final class Failure extends RuntimeException implements DatabaseFailure {
        private final DatabaseProblem problem;

        Failure(DatabaseProblem problem, String message) {
            super(message);
            this.problem = problem;
        }

        @Override
        public DatabaseProblem problem() {
            return problem;
        }
    }

    @Test
    void damageFoundWhileWorkingPointsToTheWindowsRestore() {
        String message = Messages.of(new Failure(DatabaseProblem.CORRUPT, "ascent.db is damaged."));

        assertThat(message)
                .isEqualTo("ascent.db is damaged. Choose File > Restore from backup... to put a backup in its place; "
                        + "the damaged file is kept beside it.");
    }

    @Test
    void aScreenThatOffersItsOwnWayOutGetsTheFactAlone() {
        assertThat(Messages.fact(new Failure(DatabaseProblem.CORRUPT, "ascent.db is damaged.")))
                .isEqualTo("ascent.db is damaged.");
    }

    @Test
    void otherProblemsNeedNoMenu() {
        assertThat(Messages.of(new Failure(DatabaseProblem.DISK_FULL, "The disk is full.")))
                .isEqualTo("The disk is full.");
    }
}
