package io.ascent.ui.common;

import io.ascent.text.I18n;
import java.time.LocalDate;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.DatePicker;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;

/**
 * A date picker that speaks the chosen language: it shows and takes dates in the language's
 * numeric form (and ISO {@code 2027-06-30}), says that form in its prompt, and refuses text that
 * is no date with a message for the label beside it, keeping the text as typed. Its value only
 * ever holds a date that was typed or picked whole; the rule itself is {@link I18n#parseDate}.
 */
public class DateField extends DatePicker {

    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper unreadable = new ReadOnlyBooleanWrapper(false);

    public DateField() {
        getStyleClass().add("date-field");
        setPromptText(I18n.dateHint());
        setConverter(new Converter());
        getEditor().textProperty().addListener((obs, old, text) -> {
            boolean bad = !text.isBlank() && I18n.parseDate(text).isEmpty();
            unreadable.set(bad);
            if (!bad) {
                // Mended while typing: the message goes at once; a new one waits for the field to be left.
                problem.set("");
            }
        });
        // A picked (or newly shown) date replaces refused text; this runs before the skin redraws it.
        valueProperty().addListener((obs, old, date) -> unreadable.set(false));
        getEditor().focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                judge();
            }
        });
        getEditor().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                judge();
            }
        });
    }

    /** Why the typed text is refused (empty while it is a date, empty, or still being typed). */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public String getProblem() {
        return problem.get();
    }

    /** True while the field holds text that is no date, even before it is left. */
    public ReadOnlyBooleanProperty unreadableProperty() {
        return unreadable.getReadOnlyProperty();
    }

    /** Takes the typed text now, as leaving the field would; e.g. before the form it is in is sent. */
    public void commit() {
        commitValue();
        judge();
    }

    /** Forgets refused text and shows the value again, e.g. when the form shows another item. */
    public void clearTyping() {
        unreadable.set(false);
        problem.set("");
        getEditor().setText(getConverter().toString(getValue()));
    }

    private void judge() {
        String text = getEditor().getText();
        problem.set(unreadable.get() ? I18n.t("date.invalid", text.strip(), I18n.dateHint()) : "");
    }

    /** Never throws: text that is no date keeps the value as it was, and the text stays in the field. */
    private final class Converter extends StringConverter<LocalDate> {
        @Override
        public String toString(LocalDate date) {
            if (unreadable.get()) {
                // Refused text stays in the field when the picker redraws it from an unchanged value.
                return getEditor().getText();
            }
            return date == null ? "" : I18n.fieldDate(date);
        }

        @Override
        public LocalDate fromString(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            return I18n.parseDate(text).orElse(getValue());
        }
    }
}
