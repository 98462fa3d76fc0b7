package io.ascent.app;

import io.ascent.app.boot.AppContext;
import io.ascent.app.boot.AppPaths;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Opens the database and reads the framework while JavaFX starts. Main begins it before
 * launching the toolkit, and the app takes the result instead of opening its own: SQLite and
 * Jackson warm up on another core while the first window is being built, which is most of
 * start-up. Held statically because {@code Application.launch} passes no objects to the app.
 */
final class EarlyContext {

    private static Path file;
    private static Clock clock;
    private static CompletableFuture<AppContext> pending;

    private EarlyContext() {}

    static synchronized void begin(Path databaseFile, Clock appClock) {
        file = databaseFile;
        clock = appClock;
        pending = new CompletableFuture<>();
        CompletableFuture<AppContext> result = pending;
        Thread thread = new Thread(
                () -> {
                    try {
                        SqliteLibraryCache.use(AppPaths.cacheFolder());
                        result.complete(AppContext.open(databaseFile, appClock));
                    } catch (RuntimeException | Error e) {
                        result.completeExceptionally(e);
                    }
                },
                "ascent-early-open");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * The context begun for {@code databaseFile} on {@code appClock}, waiting for it if needed;
     * empty if none was begun for that file and clock (tests construct the app directly). A
     * failure is rethrown as it happened.
     */
    static Optional<AppContext> take(Path databaseFile, Clock appClock) {
        CompletableFuture<AppContext> future;
        synchronized (EarlyContext.class) {
            if (pending == null || !databaseFile.equals(file) || !appClock.equals(clock)) {
                return Optional.empty();
            }
            future = pending;
            pending = null;
            file = null;
            clock = null;
        }
        try {
            return Optional.of(future.join());
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
