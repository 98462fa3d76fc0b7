package io.ascent.ui.wins;

import io.ascent.domain.Win;
import java.util.Optional;

/** Shows a win's form and returns the win the user saved, or empty when they cancelled. */
@FunctionalInterface
public interface WinEditor {

    Optional<Win> edit(WinFormModel form);
}
