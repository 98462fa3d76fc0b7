package io.ascent.ui.session;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a window's saves of one thing (a milestone's progress, a competency's rating) are based on.
 * The screen shows each edit at once and the next edit is made on top of it, before the first is
 * saved. If that save did not happen (it failed, or met a change saved elsewhere), the next one
 * must be based on what is really stored, and carry both edits: based on the first edit's value,
 * the merge would take that edit's fields for unchanged and drop them. Used on the worker, in the
 * order of the saves.
 */
final class SaveChain<T> {

    private record Unsaved<T>(T edited, T base) {}

    private final Map<String, Unsaved<T>> unsaved = new ConcurrentHashMap<>();

    /** What an edit made on top of {@code replaced} is based on: {@code replaced}, unless that was never saved. */
    T base(String key, T replaced) {
        Unsaved<T> earlier = unsaved.get(key);
        return earlier != null && earlier.edited().equals(replaced) ? earlier.base() : replaced;
    }

    void saved(String key) {
        unsaved.remove(key);
    }

    /** {@code edited}, made on top of {@code base}, was not saved. */
    void notSaved(String key, T edited, T base) {
        unsaved.put(key, new Unsaved<>(edited, base));
    }
}
