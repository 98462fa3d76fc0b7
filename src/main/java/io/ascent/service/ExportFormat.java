package io.ascent.service;

import java.util.Locale;

/** The file formats a plan can be exported to, with the file extension each uses. */
public enum ExportFormat {
    PDF("pdf", "PDF document"),
    MD("md", "Markdown text"),
    JSON("json", "Ascent plan file (JSON)");

    private final String extension;
    private final String description;

    ExportFormat(String extension, String description) {
        this.extension = extension;
        this.description = description;
    }

    public String extension() {
        return extension;
    }

    public String description() {
        return description;
    }

    /** A file name for {@code planName} in this format, safe on every platform. */
    public String fileNameFor(String planName) {
        String safe = planName.strip().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", "-").replaceAll("\\s+", " ");
        if (safe.isBlank() || safe.chars().allMatch(ch -> ch == '.' || ch == '-')) {
            safe = "plan";
        }
        return safe + "." + extension.toLowerCase(Locale.ROOT);
    }
}
