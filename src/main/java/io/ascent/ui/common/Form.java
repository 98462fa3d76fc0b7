package io.ascent.ui.common;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;

/**
 * A dialog's content with its own view model ("Edit plan", "I got promoted", a milestone of your
 * own), shown by {@link DialogService#showForm}. The view model holds the choices and says when
 * they may be applied; whoever asked reads the choices from it once the user applied them.
 */
public interface Form {

    String title();

    /** The word on the button that applies the form, e.g. "Apply" or "Add milestone". */
    String applyLabel();

    /** The form's controls, built when the dialog is shown. */
    Node content();

    /** True while the choices can be applied; the apply button is disabled otherwise. */
    ObservableBooleanValue applicable();
}
