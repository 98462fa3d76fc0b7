package io.ascent.service;

import io.ascent.text.I18n;
import java.util.Locale;

/** The file formats a plan can be exported to, with the file extension each uses. */
public enum ExportFormat {
    PDF("pdf"),
    MD("md"),
    JSON("json");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** "PDF document", "Markdown text", "Ascent plan file (JSON)" in the user's language. */
    public String description() {
        return switch (this) {
            case PDF -> I18n.t("plan.format.pdf");
            case MD -> I18n.t("plan.format.md");
            case JSON -> I18n.t("plan.format.json");
        };
    }

    /** A file name for {@code planName} in this format, safe on every platform. */
    public String fileNameFor(String planName) {
        return fileNameFor(planName, extension);
    }

    /** A file name for {@code planName} with {@code extension} (any export: a calendar too), safe on every platform. */
    public static String fileNameFor(String planName, String extension) {
        String safe =
                planName.strip().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", "-").replaceAll("\\s+", " ");
        if (safe.isBlank() || safe.chars().allMatch(ch -> ch == '.' || ch == '-')) {
            safe = "plan";
        }
        return safe + "." + extension.toLowerCase(Locale.ROOT);
    }
}
