package io.ascent.ui.common;

import java.util.Optional;

/** Every dialog the app shows goes through here, so view models can be tested without windows. */
public interface DialogService {

    boolean confirm(String title, String message, String confirmLabel);

    void showError(String title, String message);

    Optional<String> askText(String title, String message, String initialValue);
}
