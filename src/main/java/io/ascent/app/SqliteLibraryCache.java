package io.ascent.app;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.jar.JarEntry;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * On every start, sqlite-jdbc copies its native library to the temp folder under a new name and
 * compares the copy with the original one byte at a time: about half a second of CPU, most of
 * the database's share of start-up. Ascent keeps one copy per library build (named by its CRC)
 * in its cache folder and points the driver at it. If anything fails, the driver's own way is used.
 */
final class SqliteLibraryCache {

    static final String PATH_PROPERTY = "org.sqlite.lib.path";
    static final String NAME_PROPERTY = "org.sqlite.lib.name";

    private SqliteLibraryCache() {}

    /** Sets the driver's library properties to a cached copy, unless they are already set. */
    static void use(Path cacheFolder) {
        if (System.getProperty(PATH_PROPERTY) != null) {
            return;
        }
        cachedCopy(cacheFolder).ifPresent(library -> {
            System.setProperty(PATH_PROPERTY, library.getParent().toString());
            System.setProperty(NAME_PROPERTY, library.getFileName().toString());
        });
    }

    static Optional<Path> cachedCopy(Path cacheFolder) {
        String name = LibraryLoaderUtil.getNativeLibName();
        URL resource = LibraryLoaderUtil.class.getResource(LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name);
        if (resource == null) {
            return Optional.empty();
        }
        try {
            URLConnection connection = resource.openConnection();
            if (!(connection instanceof JarURLConnection jar)) {
                return Optional.empty();
            }
            JarEntry entry = jar.getJarEntry();
            if (entry.getCrc() < 0 || entry.getSize() < 0) {
                return Optional.empty();
            }
            Path folder = cacheFolder.resolve("native").resolve("sqlite-" + Long.toHexString(entry.getCrc()));
            Path library = folder.resolve(name);
            if (Files.isRegularFile(library) && Files.size(library) == entry.getSize()) {
                return Optional.of(library);
            }
            Files.createDirectories(folder);
            // Copy under a temporary name and rename, so a half-written library is never loaded.
            Path partial = Files.createTempFile(folder, name, ".partial");
            try (InputStream in = jar.getInputStream()) {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                Files.move(partial, library, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(partial);
            }
            return Files.size(library) == entry.getSize() ? Optional.of(library) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            // A read-only or full disk only costs the speed-up: the driver extracts to the temp folder as before.
            return Optional.empty();
        }
    }
}
