package io.ascent.ui.common;

import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The parts the {@link Form} dialogs are built from: a labelled field, its error line, a choice list. */
public final class FormFields {

    private FormFields() {}

    /** {@code control} under its caption. */
    public static VBox field(String caption, Node control) {
        Label label = new Label(caption);
        label.getStyleClass().add("field-label");
        label.setLabelFor(control);
        label.setWrapText(true);
        return new VBox(4, label, control);
    }

    /** A line saying what is wrong, shown only while {@code text} says something. */
    public static Label error(String id, ObservableStringValue text) {
        Label error = new Label();
        error.setId(id);
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setMinHeight(Label.USE_PREF_SIZE);
        error.textProperty().bind(text);
        error.visibleProperty().bind(Bindings.isNotEmpty(error.textProperty()));
        error.managedProperty().bind(error.visibleProperty());
        return error;
    }

    /**
     * The error line of a date field: the field's own refusal of typed text first ("31/02/2020 is
     * not a date"), then {@code rule}, the form's rule about the date (e.g. not in the future).
     */
    public static Label dateError(String id, DateField field, ObservableStringValue rule) {
        return error(
                id,
                Bindings.createStringBinding(
                        () -> field.getProblem().isEmpty() ? rule.get() : field.getProblem(),
                        field.problemProperty(),
                        rule));
    }

    /** A hint in small print. */
    public static Label hint(String id, ObservableStringValue text) {
        Label hint = new Label();
        hint.setId(id);
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.setMinHeight(Label.USE_PREF_SIZE);
        hint.textProperty().bind(text);
        return hint;
    }

    /** A choice of {@code items} shown by {@code text}, bound both ways to {@code value}. */
    public static <T> ComboBox<T> choice(String id, List<T> items, ObjectProperty<T> value, Function<T, String> text) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(items);
        box.setMaxWidth(Double.MAX_VALUE);
        // Never narrower than its longest choice: a field beside it that may grow must not cut it to "Sen...".
        box.setMinWidth(Region.USE_PREF_SIZE);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : text.apply(item);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        });
        box.valueProperty().bindBidirectional(value);
        return box;
    }
}
