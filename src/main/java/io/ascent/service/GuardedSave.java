package io.ascent.service;

import io.ascent.domain.storage.EditConflict;
import io.ascent.domain.storage.FieldMerge;
import io.ascent.domain.storage.SaveResult;
import io.ascent.persistence.PersistenceException;
import io.ascent.text.I18n;
import java.util.function.Predicate;

/**
 * How every edit is saved, so that no save overwrites a change it has not seen: the repository
 * writes only if the stored value is still the one the editor showed ({@code CompareAndSet});
 * if another window or the command line saved something else meanwhile, the edit is merged with
 * it field by field ({@link FieldMerge}) and saved on top of it, and when both changed the same
 * field nothing is saved and an {@link EditConflictException} says what is stored. Callers that
 * read just before they write (the command line) simply succeed.
 */
final class GuardedSave {

    /** Writes {@code wanted} if {@code expected} is stored, else returns what is stored (see {@code CompareAndSet}). */
    @FunctionalInterface
    interface Write<T> {
        SaveResult<T> write(T expected, T wanted);
    }

    // Each round loses only to a writer that saved between two of our transactions.
    private static final int ROUNDS = 8;

    private GuardedSave() {}

    /**
     * Saves {@code mine}, edited from {@code shown}; returns what is stored afterwards. A stored value
     * for which {@code satisfied} holds already is what the user asked for: nothing is written
     * and nothing is asked.
     */
    static <T> T save(T shown, T mine, FieldMerge<T> fields, Predicate<T> satisfied, Write<T> write) {
        T expected = shown;
        T wanted = mine;
        for (int round = 0; round < ROUNDS; round++) {
            SaveResult<T> result = write.write(expected, wanted);
            if (result.saved()) {
                return result.stored();
            }
            T stored = result.stored();
            if (satisfied.test(stored)) {
                return stored;
            }
            FieldMerge.Merged<T> merged = fields.merge(shown, mine, stored);
            if (merged.conflict().isPresent()) {
                EditConflict<T> conflict = merged.conflict().get();
                throw new EditConflictException(conflict);
            }
            expected = stored;
            wanted = merged.value().orElseThrow();
        }
        throw new PersistenceException(I18n.t("conflict.busy"));
    }
}
