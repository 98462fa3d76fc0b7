package io.ascent.ui.history;

import io.ascent.text.I18n;
import javafx.geometry.Pos;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/** Shows the gentle "time to check in" reminder as a notification that fades on its own. */
public final class CheckInReminder {

    private final Window owner;

    public CheckInReminder(Window owner) {
        this.owner = owner;
    }

    public void show(String message) {
        Notifications.create()
                .owner(owner)
                .title(I18n.t("checkIn.reminder.title"))
                .text(message)
                .position(Pos.BOTTOM_RIGHT)
                .hideAfter(Duration.seconds(12))
                .showInformation();
    }
}
