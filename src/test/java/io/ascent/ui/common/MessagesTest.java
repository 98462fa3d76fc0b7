package io.ascent.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.domain.storage.DatabaseFailure;
import io.ascent.domain.storage.DatabaseProblem;
import io.ascent.text.I18n;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Failures reach the user as sentences in their language, even those without a message of their
 * own; for a damaged database the window adds its own way out.
 */
class MessagesTest {

    @AfterEach
    void english() {
        I18n.setLocale(Locale.ENGLISH);
    }

    @Test
    void aFailureWithoutWordsIsNamedInTheUsersLanguage() {
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);

        assertThat(Messages.of(new IllegalStateException())).isEqualTo("出了点问题（IllegalStateException）。");
    }

    @Test
    void aFailureWithoutWordsIsToldByItsCause() {
        assertThat(Messages.of(new IllegalStateException(null, new IllegalArgumentException("The name is empty."))))
                .isEqualTo("The name is empty.");
    }

    @Test
    void aSaveQueuedWhileAscentClosesIsReportedInTheUsersLanguage() {
        I18n.setLocale(Locale.forLanguageTag("es"));
        FxTaskRunner runner = new FxTaskRunner();
        runner.close();
        List<String> failures = new ArrayList<>();

        runner.run(() -> "saved", saved -> {}, e -> failures.add(Messages.of(e)));

        assertThat(failures).containsExactly("Ascent se est\u00e1 cerrando; el \u00faltimo cambio no se guard\u00f3.");
    }

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
