package io.ascent.app.cli;

import io.ascent.persistence.sqlite.Backups;
import io.ascent.persistence.sqlite.DatabaseUnusableException;
import io.ascent.text.I18n;

/**
 * What the command line can do about a database problem: every way out it names is a command
 * it has (the window's recovery screen words its own, with its own buttons and menus).
 */
final class CliAdvice {

    private CliAdvice() {}

    /** The advice to add after the problem's message, with a leading space; empty if there is none. */
    static String of(DatabaseUnusableException e) {
        String advice = switch (e.problem()) {
            case CORRUPT, NOT_SQLITE, MISSING, LEFTOVER_JOURNAL -> I18n.t("cli.advice.restore", e.file());
            case NOT_FOUND -> I18n.t("cli.advice.NOT_FOUND");
            case BACKUP_FILE -> I18n.t("cli.advice.BACKUP_FILE", Backups.databaseOf(e.file()), e.file());
            case LINKED -> I18n.t("cli.advice.LINKED", e.file());
            case READ_ONLY, DISK_FULL -> I18n.t("cli.advice.readsWork");
            default -> "";
        };
        return advice.isEmpty() ? "" : " " + advice;
    }
}
