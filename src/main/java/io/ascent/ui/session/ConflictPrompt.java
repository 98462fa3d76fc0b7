package io.ascent.ui.session;

import io.ascent.domain.Framework;
import io.ascent.domain.MilestoneProgress;
import io.ascent.domain.Rating;
import io.ascent.domain.storage.EditConflict;
import io.ascent.domain.text.StatusText;
import io.ascent.text.I18n;
import io.ascent.ui.common.DialogService;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

/**
 * Asks the user which of two versions to keep when an edit met a change saved meanwhile in another
 * window or on the command line: theirs and the one saved there, field by field, in words. Text
 * being typed is not asked about here: its field shows the saved version beside it.
 */
public class ConflictPrompt {

    // Long text is cut in the question; the field itself shows all of it.
    private static final int SHOWN_TEXT = 120;

    private final DialogService dialogs;

    public ConflictPrompt(DialogService dialogs) {
        this.dialogs = dialogs;
    }

    /** True to keep the user's change of milestone {@code title}, false to take the saved one. */
    public boolean keepMine(String title, EditConflict<MilestoneProgress> conflict) {
        return ask(title, conflict, ConflictPrompt::progressField);
    }

    /** True to keep the user's rating of competency {@code title}, false to take the saved one. */
    public boolean keepMyRating(String title, EditConflict<Optional<Rating>> conflict, Framework framework) {
        return ask(title, conflict, field -> rating -> ratingField(field, rating, framework));
    }

    private <T> boolean ask(String title, EditConflict<T> conflict, Function<String, Function<T, String>> words) {
        StringBuilder differences = new StringBuilder();
        for (String field : conflict.fields()) {
            Function<T, String> word = words.apply(field);
            String mine = word.apply(conflict.keepMine());
            String theirs = word.apply(conflict.stored());
            if (!mine.equals(theirs)) {
                differences
                        .append(I18n.t("conflict.difference", label(field), mine, theirs))
                        .append('\n');
            }
        }
        return dialogs.ask(
                I18n.t("conflict.title"),
                I18n.t("conflict.message", title, differences.toString().strip()),
                I18n.t("conflict.keepMine"),
                I18n.t("conflict.takeTheirs"));
    }

    private static String label(String field) {
        return switch (field) {
            case "status" -> I18n.t("conflict.field.status");
            case "dueDate" -> I18n.t("conflict.field.dueDate");
            case "evidence" -> I18n.t("conflict.field.evidence");
            case "notes" -> I18n.t("conflict.field.notes");
            case "links" -> I18n.t("conflict.field.links");
            case "level" -> I18n.t("conflict.field.level");
            case "justification" -> I18n.t("conflict.field.justification");
            default -> field;
        };
    }

    private static Function<MilestoneProgress, String> progressField(String field) {
        return p -> switch (field) {
            case "status" ->
                p.doneDate()
                        .map(d -> I18n.t("conflict.doneOn", StatusText.of(p.status()), I18n.date(d)))
                        .orElse(StatusText.of(p.status()));
            case "dueDate" -> date(p.dueDate());
            case "evidence" -> text(p.evidence());
            case "notes" -> text(p.notes());
            case "links" -> p.links().isEmpty() ? I18n.t("conflict.none") : text(String.join(", ", p.links()));
            default -> throw new IllegalArgumentException(field);
        };
    }

    private static String ratingField(String field, Optional<Rating> rating, Framework framework) {
        return switch (field) {
            case "level" ->
                rating.map(r -> framework.level(r.levelId()).map(l -> l.title()).orElse(r.levelId()))
                        .orElse(I18n.t("conflict.unrated"));
            case "justification" -> text(rating.map(Rating::justification).orElse(""));
            default -> throw new IllegalArgumentException(field);
        };
    }

    private static String date(Optional<LocalDate> date) {
        return date.map(I18n::date).orElse(I18n.t("conflict.none"));
    }

    /** Text as the questions show it: quoted, on one line, long text cut; "empty" for none. */
    public static String text(String text) {
        if (text.isBlank()) {
            return I18n.t("conflict.empty");
        }
        String flat = text.strip().replaceAll("\\s+", " ");
        return I18n.t(
                "conflict.quoted",
                flat.codePointCount(0, flat.length()) > SHOWN_TEXT
                        ? flat.substring(0, flat.offsetByCodePoints(0, SHOWN_TEXT - 3)) + "..."
                        : flat);
    }
}
