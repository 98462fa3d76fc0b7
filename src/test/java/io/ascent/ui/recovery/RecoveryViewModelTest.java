package io.ascent.ui.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.domain.storage.DatabaseProblem;
import io.ascent.persistence.sqlite.Backups;
import io.ascent.persistence.sqlite.Database;
import io.ascent.service.BackupService;
import io.ascent.text.I18n;
import io.ascent.ui.RecordingDialogs;
import io.ascent.ui.SameThreadTaskRunner;
import io.ascent.ui.common.TaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecoveryViewModelTest {

    private static final TaskRunner SAME_THREAD = new SameThreadTaskRunner();

    @TempDir
    Path dir;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<Path> opened = new ArrayList<>();
    private Path file;

    @BeforeEach
    void english() {
        I18n.setLocale(Locale.ENGLISH);
        file = dir.resolve("ascent.db");
    }

    private RecoveryViewModel model(DatabaseProblem problem) {
        return new RecoveryViewModel(
                file,
                problem,
                "detail",
                BackupService.forUnopened(file, Clock.systemDefaultZone()),
                SAME_THREAD,
                dialogs,
                (path, notice) -> opened.add(path),
                () -> {});
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            CORRUPT,       Your plans file is damaged
            NOT_SQLITE,    This file is not an Ascent database
            FOREIGN,       This file belongs to another program
            NEWER_VERSION, This file needs a newer Ascent
            READ_ONLY,     This file is read-only
            LOCKED,        Another program is using this file
            MISSING,       Your plans file is missing or empty
            UNREADABLE,    You may not read this file
            NOT_FOUND,     Your plans file is not there
            LEFTOVER_JOURNAL, 'Your plans file is missing, but its latest changes are still there'
            LINKED,        This file has more than one name
            BACKUP_FILE,   This file is a backup
            DISK_FULL,     The disk is full
            """)
    void theTitleSaysWhichProblemItIs(DatabaseProblem problem, String title) {
        assertThat(model(problem).title()).isEqualTo(title);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            LOCKED,           true
            LINKED,           true
            LEFTOVER_JOURNAL, true
            DISK_FULL,        true
            CORRUPT,          false
            FOREIGN,          false
            BACKUP_FILE,      false
            """)
    void tryAgainIsOfferedWhereSomethingDoneOutsideAscentCanMakeTheFileOpen(DatabaseProblem problem, boolean offered) {
        assertThat(model(problem).offersTryAgain()).isEqualTo(offered);
    }

    @Test
    void everyProblemHasItsOwnTitleAndAdviceInEveryLanguage() {
        for (Locale language : new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("es"), Locale.SIMPLIFIED_CHINESE}) {
            I18n.setLocale(language);
            for (DatabaseProblem problem : DatabaseProblem.values()) {
                RecoveryViewModel model = model(problem);
                assertThat(model.title()).as("%s in %s", problem, language).doesNotStartWith("recovery.");
                assertThat(model.advice()).as("%s in %s", problem, language).doesNotStartWith("recovery.");
            }
        }
        I18n.setLocale(Locale.ENGLISH);
    }

    @Test
    void aLeftoverWalIsMovedAsideByARestoreNeverDeleted() throws Exception {
        try (Database db = Database.open(file)) {
            Backups.beside(file, Clock.systemDefaultZone()).create(db, "daily");
        }
        Files.delete(file);
        Path wal = Files.writeString(dir.resolve("ascent.db-wal"), "changes of the lost file");
        RecoveryViewModel model = model(DatabaseProblem.LEFTOVER_JOURNAL);

        model.restoreNewest();

        assertThat(opened).containsExactly(file.toAbsolutePath());
        assertThat(wal).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith("-wal")))
                    .singleElement()
                    .satisfies(kept -> assertThat(Files.readString(kept)).isEqualTo("changes of the lost file"));
        }
    }

    @Test
    void theNewestBackupIsOfferedWhenRestoringCanHelp() throws Exception {
        try (Database db = Database.open(file)) {
            Backups.beside(file, Clock.systemDefaultZone()).create(db, "daily");
        }

        assertThat(model(DatabaseProblem.CORRUPT).newestBackupProperty().get()).isNotNull();
        assertThat(model(DatabaseProblem.LOCKED).newestBackupProperty().get()).isNull();
        assertThat(model(DatabaseProblem.READ_ONLY).newestBackupProperty().get())
                .isNull();
    }

    @Test
    void aNewDatabaseIsNeverStartedAtTheProblemFilesPath() throws Exception {
        Files.writeString(file, "damaged");
        dialogs.saveAnswer = Optional.of(file);
        RecoveryViewModel model = model(DatabaseProblem.NOT_SQLITE);

        model.startNew();

        assertThat(opened).isEmpty();
        assertThat(model.errorProperty().get()).contains("must not replace the file");
        assertThat(Files.readString(file)).isEqualTo("damaged");
    }

    @Test
    void aNewDatabaseOpensWhereTheUserChose() {
        Path chosen = dir.resolve("fresh.db");
        dialogs.saveAnswer = Optional.of(chosen);

        model(DatabaseProblem.CORRUPT).startNew();

        assertThat(opened).containsExactly(chosen.toAbsolutePath());
    }

    @Test
    void tryingALockedFileAgainOpensTheSameFile() {
        model(DatabaseProblem.LOCKED).tryAgain();

        assertThat(opened).containsExactly(file.toAbsolutePath());
    }

    @Test
    void noRestoreIsOfferedForAnotherProgramsFileWhichItWouldRename() throws Exception {
        try (Database db = Database.open(file)) {
            Backups.beside(file, Clock.systemDefaultZone()).create(db, "daily");
        }

        RecoveryViewModel model = model(DatabaseProblem.FOREIGN);

        assertThat(model.newestBackupProperty().get()).isNull();
        assertThat(model.advice()).contains("Open your own plans file");
    }

    @Test
    void aMissingFileWithBackupsOffersTheNewest() throws Exception {
        try (Database db = Database.open(file)) {
            Backups.beside(file, Clock.systemDefaultZone()).create(db, "daily");
        }
        Files.delete(file);

        RecoveryViewModel model = model(DatabaseProblem.MISSING);

        assertThat(model.title()).isEqualTo("Your plans file is missing or empty");
        assertThat(model.newestBackupProperty().get()).isNotNull();
        model.restoreNewest();
        assertThat(opened).containsExactly(file.toAbsolutePath());
        assertThat(Files.exists(file)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            en,    Ascent window
            es,    ventana de Ascent
            zh-CN, Ascent 窗口
            """)
    void theLockedAdviceDoesNotBlameAnotherAscentWindowWhichWorksAlongside(String language, String words) {
        I18n.setLocale(Locale.forLanguageTag(language));
        try {
            assertThat(model(DatabaseProblem.LOCKED).advice()).isNotBlank().doesNotContain(words);
        } finally {
            I18n.setLocale(Locale.ENGLISH);
        }
    }

    @Test
    void aBackupIsNotOpenedAsTheWorkingDatabase() throws Exception {
        Path backup;
        try (Database db = Database.open(file)) {
            backup = Backups.beside(file, Clock.systemDefaultZone())
                    .create(db, "daily")
                    .file();
        }
        dialogs.databaseAnswer = Optional.of(backup);
        RecoveryViewModel model = model(DatabaseProblem.CORRUPT);

        model.openOther();

        assertThat(opened).isEmpty();
        assertThat(model.errorProperty().get()).contains("is a backup", "Restore the newest backup");
    }

    @Test
    void aDatabaseOfTheUsersOwnInAFolderCalledBackupsOpens() throws Exception {
        Path own = Files.createDirectories(dir.resolve("backups")).resolve("ascent.db");
        dialogs.databaseAnswer = Optional.of(own);

        model(DatabaseProblem.CORRUPT).openOther();

        assertThat(opened).containsExactly(own);
    }
}
