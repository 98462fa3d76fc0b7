package io.ascent.ui;

import io.ascent.ui.common.TaskRunner;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work and its callbacks on the calling thread, so view models can be tested without a screen.
 * Only exceptions go to {@code onFailure}: an {@link Error} (a failed assertion inside the work)
 * reaches the test instead of becoming a status message.
 */
public final class SameThreadTaskRunner implements TaskRunner {

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }
}
