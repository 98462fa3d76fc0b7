package io.ascent.persistence;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.Set;

/**
 * Creates files and folders only their owner can read. A plan holds private notes, so the
 * database and its backups are 0600 (folders 0700) on POSIX systems; SQLite gives its -wal and
 * -shm files the mode of the database file, so creating that file first is enough.
 */
public final class PrivateFiles {

    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER = EnumSet.of(
            PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

    private PrivateFiles() {}

    public static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /**
     * Creates an empty file readable by its owner only; does nothing if it exists. True if this
     * call made it, false if it was there (another Ascent may have made it a moment ago).
     */
    public static boolean createFile(Path file) throws IOException {
        try {
            if (posix()) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
                // The umask may only take bits away; set the mode again in case it was unusual.
                Files.setPosixFilePermissions(file, FILE);
            } else {
                Files.createFile(file);
            }
            return true;
        } catch (FileAlreadyExistsException e) {
            // Someone else (another Ascent window) created it first: that file is used as it is.
            return false;
        }
    }

    /**
     * Takes group and other access away from a database made before files were created private
     * (or copied in with a loose mode), with its -wal and -shm. Only files of the user running
     * Ascent, only on POSIX systems, and best effort: opening never fails because of it.
     */
    public static void tighten(Path file) {
        if (!posix()) {
            return;
        }
        UserPrincipal me;
        try {
            me = file.getFileSystem()
                    .getUserPrincipalLookupService()
                    .lookupPrincipalByName(System.getProperty("user.name"));
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return;
        }
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Path f = file.resolveSibling(file.getFileName() + suffix);
            try {
                // A missing -wal or -shm throws NoSuchFileException here and is skipped below.
                if (!Files.getOwner(f).equals(me)) {
                    continue;
                }
                Set<PosixFilePermission> mode = EnumSet.noneOf(PosixFilePermission.class);
                mode.addAll(Files.getPosixFilePermissions(f));
                if (mode.retainAll(OWNER)) {
                    Files.setPosixFilePermissions(f, mode);
                }
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                // Left as it was: the file still opens, and a later start tries again.
            }
        }
    }

    /** Creates a folder (and missing parents) readable by its owner only; leaves existing ones alone. */
    public static void createFolder(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        Path parent = folder.getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try {
            if (posix()) {
                Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(FOLDER));
                Files.setPosixFilePermissions(folder, FOLDER);
            } else {
                Files.createDirectory(folder);
            }
        } catch (FileAlreadyExistsException e) {
            // Created meanwhile by another process: fine.
        }
    }
}
