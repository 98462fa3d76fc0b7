package io.ascent.app.cli;

import io.ascent.app.boot.AppContext;
import io.ascent.domain.storage.Backup;
import io.ascent.persistence.sqlite.Database;
import io.ascent.persistence.sqlite.DatabaseUnusableException;
import io.ascent.persistence.sqlite.Opening;
import io.ascent.service.BackupService;
import io.ascent.service.ValidationException;
import io.ascent.text.I18n;
import io.ascent.ui.recovery.BackupText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code ascent backup list|restore}: the backups beside the database, and putting one in its
 * place with the window's safe restores. A database that opens is restored as File > Restore does
 * (its plans backed up first); one that cannot be opened (damaged, missing, not a database) as the
 * recovery screen does (restored beside it, then swapped in, the problem file kept).
 */
@Command(name = "backup", mixinStandardHelpOptions = true, description = "List backups, or restore one.")
final class BackupCommand {

    @ParentCommand
    private AscentCommand root;

    @Spec
    private CommandSpec spec;

    private BackupService backups() {
        return BackupService.forUnopened(Database.realPath(root.databaseFile()), Clock.systemDefaultZone());
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The backups of the database, newest first.")
    int list() {
        BackupService service = backups();
        List<Backup> all = service.backups();
        PrintWriter out = spec.commandLine().getOut();
        if (all.isEmpty()) {
            out.println(I18n.t("cli.backup.none", Database.realPath(root.databaseFile()), service.folder()));
            return 0;
        }
        List<List<String>> rows = new ArrayList<>();
        for (Backup b : all) {
            rows.add(List.of(
                    BackupText.date(b),
                    BackupText.size(b),
                    BackupText.reason(b),
                    b.file().getFileName().toString()));
        }
        Columns.table("", rows).forEach(out::println);
        out.println(I18n.t("cli.backup.hint", "ascent backup restore FILE"));
        return 0;
    }

    @Command(
            name = "restore",
            mixinStandardHelpOptions = true,
            description = "Puts a backup (default: the newest) in place of the database; what it replaces is kept.")
    int restore(
            @Parameters(
                            arity = "0..1",
                            paramLabel = "FILE",
                            descriptionKey = "cli.param.backupFile",
                            description = "A backup from 'ascent backup list' (its name or path).")
                    Path file) {
        BackupService unopened = backups();
        Backup backup = chosen(unopened, Optional.ofNullable(file));
        PrintWriter out = spec.commandLine().getOut();
        String date = BackupText.date(backup);
        AppContext app;
        try {
            app = root.open(Opening.WRITE);
        } catch (DatabaseUnusableException e) {
            if (!e.problem().restoreHelps()) {
                throw e;
            }
            Optional<Path> aside = unopened.restoreInPlaceOfDamaged(backup, progress -> {});
            out.println(aside.map(a -> I18n.t("recovery.restored", date, a.getFileName()))
                    .orElseGet(() -> I18n.t("backup.restored", date)));
            return 0;
        }
        try (app) {
            Backup before = app.backups().restore(backup, progress -> {});
            out.println(I18n.t("cli.backup.restored", date, before.file().getFileName()));
            return 0;
        }
    }

    private static Backup chosen(BackupService service, Optional<Path> file) {
        List<Backup> all = service.backups();
        if (all.isEmpty()) {
            throw new ValidationException(I18n.t("cli.backup.noneToRestore", service.folder()));
        }
        if (file.isEmpty()) {
            return all.get(0);
        }
        Path wanted = file.get();
        return all.stream()
                .filter(b -> sameFile(b.file(), wanted)
                        || wanted.getNameCount() == 1 && b.file().getFileName().equals(wanted.getFileName()))
                .findFirst()
                .orElseThrow(() -> new ValidationException(
                        I18n.t("cli.backup.notOne", wanted, service.folder(), "ascent backup list")));
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
