package io.ascent.service;

import io.ascent.domain.Win;
import io.ascent.text.I18n;
import java.util.Optional;

/**
 * A win was not changed because another window or the command line changed or removed it after
 * it was shown; {@link #stored()} is what is stored now (empty when it was removed).
 */
public class WinChangedException extends ValidationException {

    private final transient Optional<Win> stored;

    public WinChangedException(Optional<Win> stored) {
        super(stored.isPresent() ? I18n.t("win.error.changed") : I18n.t("win.error.gone"));
        this.stored = stored;
    }

    public Optional<Win> stored() {
        return stored;
    }
}
