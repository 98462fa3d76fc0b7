package io.ascent.persistence.files;

import io.ascent.persistence.PersistenceException;
import io.ascent.text.I18n;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * The one writer of every file Ascent exports (PDF, Markdown, plan files, and any later export),
 * with the rules of what it may write over:
 *
 * <ul>
 *   <li>never over the open database, its {@code -wal}, {@code -shm} or {@code -journal}, or
 *       anything in its {@code backups/} folder ({@code keepOut}), by any name (hard link, link);
 *   <li>never over anything that is not a regular file: a folder, a device ({@code /dev/null}),
 *       a pipe, a socket;
 *   <li>never over a file with other names (hard links): it would be replaced under this name
 *       only, and the other names would keep the old content;
 *   <li>through a symbolic link, the file it points to is written and the link kept; a link to
 *       nothing is refused;
 *   <li>over an existing regular file only when the caller says so (the window asked, or the
 *       command line got {@code --force}).
 * </ul>
 *
 * The bytes go to a temporary file beside the target, which then replaces it, so a failed export
 * never leaves half a PDF behind.
 */
public final class Exports {

    private Exports() {}

    /**
     * Refuses a target no export may write (see the class comment); true if a regular file is
     * there that writing would replace.
     */
    public static boolean check(Path target, List<Path> keepOut) {
        Path real = resolve(target);
        refuseOwnFiles(target.toAbsolutePath(), real, keepOut);
        if (!Files.exists(real, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw new PersistenceException(I18n.t("export.error.write", real, reason(e)), e);
        }
        if (attributes.isDirectory()) {
            throw new PersistenceException(I18n.t("export.error.folder", real));
        }
        if (!attributes.isRegularFile()) {
            throw new PersistenceException(I18n.t("export.error.notRegular", real));
        }
        int links = links(real);
        if (links > 1) {
            throw new PersistenceException(I18n.t("export.error.linked", real, links));
        }
        return true;
    }

    /** Writes {@code bytes} to {@code target} whole, replacing an existing file only if {@code replace}. */
    public static void write(Path target, byte[] bytes, boolean replace, List<Path> keepOut) {
        boolean exists = check(target, keepOut);
        Path real = resolve(target);
        if (exists && !replace) {
            throw new PersistenceException(I18n.t("export.error.exists", real));
        }
        Path temp = null;
        try {
            temp = Files.createTempFile(real.getParent(), "." + real.getFileName(), ".part");
            Files.write(temp, bytes);
            if (exists) {
                keepMode(real, temp);
            }
            move(temp, real, replace);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new PersistenceException(I18n.t("export.error.write", real, reason(e)), e);
        }
    }

    /** The file that would be written: a link's target, else the path in its folder's real place. */
    private static Path resolve(Path target) {
        Path absolute = target.toAbsolutePath();
        try {
            if (Files.isSymbolicLink(absolute)) {
                if (!Files.exists(absolute)) {
                    throw new PersistenceException(
                            I18n.t("export.error.danglingLink", absolute, Files.readSymbolicLink(absolute)));
                }
                return absolute.toRealPath();
            }
            Path folder = absolute.getParent();
            if (folder == null || !Files.isDirectory(folder)) {
                throw new PersistenceException(I18n.t("export.error.noFolder", absolute, String.valueOf(folder)));
            }
            return folder.toRealPath().resolve(absolute.getFileName());
        } catch (IOException e) {
            throw new PersistenceException(I18n.t("export.error.write", absolute, reason(e)), e);
        }
    }

    private static void refuseOwnFiles(Path asGiven, Path real, List<Path> keepOut) {
        for (Path own : keepOut) {
            Path ownReal = realOrSelf(own);
            boolean same = real.startsWith(ownReal) || asGiven.startsWith(own.toAbsolutePath());
            try {
                same = same || Files.exists(real) && Files.exists(own) && Files.isSameFile(real, own);
            } catch (IOException e) {
                // Cannot tell: the paths compared above decide.
            }
            if (same) {
                throw new PersistenceException(I18n.t("export.error.ownFile", real));
            }
        }
    }

    private static Path realOrSelf(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    private static int links(Path file) {
        try {
            return (Integer) Files.getAttribute(file, "unix:nlink");
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return 1;
        }
    }

    /** The replaced file's permissions go to its replacement (best effort: a report shared 0644 stays so). */
    private static void keepMode(Path existing, Path replacement) {
        try {
            Files.setPosixFilePermissions(replacement, Files.getPosixFilePermissions(existing));
        } catch (IOException | UnsupportedOperationException e) {
            // The new file keeps the owner-only mode it was created with.
        }
    }

    private static void move(Path temp, Path target, boolean replace) throws IOException {
        if (!replace) {
            // Not atomic, so a file created meanwhile is not replaced unasked.
            Files.move(temp, target);
            return;
        }
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
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
