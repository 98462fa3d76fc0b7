package io.ascent.persistence.files;

import io.ascent.persistence.PersistenceException;
import io.ascent.text.I18n;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes exported files whole or not at all: the bytes go to a temporary file beside the
 * target, which then replaces it, so a failed export never leaves half a PDF behind.
 */
public final class Exports {

    private Exports() {}

    public static void write(Path target, byte[] bytes) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (Files.isDirectory(absolute)) {
            throw new PersistenceException(I18n.t("export.error.folder", absolute));
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new PersistenceException(I18n.t("export.error.noFolder", absolute, String.valueOf(folder)));
        }
        Path temp = null;
        try {
            temp = Files.createTempFile(folder, "." + absolute.getFileName(), ".part");
            Files.write(temp, bytes);
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new PersistenceException(I18n.t("export.error.write", absolute, reason(e)), e);
        }
    }

    /** A short, readable reason for a file failure (Java's own messages are just the path). */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return I18n.t("export.error.denied");
        }
        if (e instanceof NoSuchFileException) {
            return I18n.t("export.error.noSuchFile");
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return String.valueOf(e.getMessage());
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // The temporary file is hidden and harmless; the export's own error is what matters.
        }
    }
}
