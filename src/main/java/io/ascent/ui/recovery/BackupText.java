package io.ascent.ui.recovery;

import io.ascent.domain.storage.Backup;
import io.ascent.text.I18n;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** A backup's date, size and reason in the user's language. */
public final class BackupText {

    private BackupText() {}

    public static String date(Backup backup) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(I18n.locale())
                .withZone(ZoneId.systemDefault())
                .format(backup.createdAt());
    }

    public static String size(Backup backup) {
        NumberFormat format = NumberFormat.getNumberInstance(I18n.locale());
        format.setMaximumFractionDigits(backup.sizeBytes() < 1024 * 1024 ? 0 : 1);
        return backup.sizeBytes() < 1024 * 1024
                ? I18n.t("backup.sizeKb", format.format(Math.max(1, backup.sizeBytes() / 1024)))
                : I18n.t("backup.sizeMb", format.format(backup.sizeBytes() / (1024.0 * 1024.0)));
    }

    public static String reason(Backup backup) {
        if (backup.beforeMigration()) {
            return I18n.t("backup.reason.migration");
        }
        String reason = backup.reason();
        return switch (reason) {
            case Backup.DAILY -> I18n.t("backup.reason.daily");
            case Backup.MANUAL -> I18n.t("backup.reason.manual");
            case Backup.BEFORE_RESTORE -> I18n.t("backup.reason.before-restore");
            case Backup.BEFORE_LADDER_UPDATE -> I18n.t("backup.reason.before-ladder-update");
            default -> reason;
        };
    }
}
