package io.ascent.domain.text;

import io.ascent.domain.rhythm.Agenda;
import io.ascent.domain.rhythm.Agenda.Item;
import io.ascent.domain.rhythm.Agenda.Kind;
import io.ascent.text.I18n;
import java.time.LocalDate;

/**
 * A 1:1 agenda in the user's language, as Markdown (for a doc or a chat) or as plain text (for
 * the terminal). The window's editable agenda starts from the Markdown.
 */
public final class AgendaWords {

    private AgendaWords() {}

    public static String markdown(Agenda agenda, String planName) {
        return write(agenda, planName, true);
    }

    public static String text(Agenda agenda, String planName) {
        return write(agenda, planName, false);
    }

    private static String write(Agenda agenda, String planName, boolean markdown) {
        StringBuilder out = new StringBuilder();
        String title = I18n.t(
                "rhythm.agenda.title", markdown ? MarkdownText.inline(planName) : planName, I18n.date(agenda.date()));
        out.append(markdown ? "# " + title : title).append('\n');
        String since = agenda.since()
                .map(d -> I18n.t("rhythm.agenda.since", I18n.date(d)))
                .orElse(I18n.t("rhythm.agenda.sinceStart"));
        out.append(markdown ? "_" + since + "_" : since).append('\n');
        if (agenda.sections().isEmpty()) {
            out.append('\n').append(I18n.t("rhythm.agenda.empty")).append('\n');
        }
        for (Agenda.Section section : agenda.sections()) {
            String heading = heading(section.kind());
            out.append('\n').append(markdown ? "## " + heading : heading + ":").append('\n');
            for (Item item : section.items()) {
                String line = line(section.kind(), item, agenda.date());
                out.append(markdown ? "- " : "  - ")
                        .append(markdown ? MarkdownText.inline(line) : line)
                        .append('\n');
            }
        }
        return out.toString();
    }

    public static String heading(Kind kind) {
        return I18n.t(
                switch (kind) {
                    case WINS -> "rhythm.agenda.section.wins";
                    case DONE -> "rhythm.agenda.section.done";
                    case DUE -> "rhythm.agenda.section.due";
                    case NEXT_STEPS -> "rhythm.agenda.section.next_steps";
                    case DISAGREEMENTS -> "rhythm.agenda.section.disagreements";
                    case QUESTIONS -> "rhythm.agenda.section.questions";
                });
    }

    /** One item as a line of its section. */
    public static String line(Kind kind, Item item, LocalDate today) {
        return switch (kind) {
            case DONE ->
                I18n.t("rhythm.agenda.done", item.text(), I18n.date(item.date().orElseThrow()));
            case DUE ->
                item.date().orElseThrow().isBefore(today)
                        ? I18n.t(
                                "rhythm.agenda.overdue",
                                item.text(),
                                I18n.date(item.date().orElseThrow()))
                        : I18n.t(
                                "rhythm.agenda.due",
                                item.text(),
                                I18n.date(item.date().orElseThrow()));
            case NEXT_STEPS ->
                I18n.t("rhythm.agenda.step", item.text(), item.details().get(0));
            case DISAGREEMENTS -> disagreement(item);
            case WINS -> win(item);
            case QUESTIONS -> item.text();
        };
    }

    private static String win(Item item) {
        String impact = item.details().isEmpty() ? "" : item.details().get(0);
        String date = I18n.date(item.date().orElseThrow());
        String line = impact.isEmpty()
                ? I18n.t("rhythm.agenda.win", item.text(), date)
                : I18n.t("rhythm.agenda.winImpact", item.text(), date, impact);
        return item.isPrivate() ? I18n.t("rhythm.agenda.winPrivate", line) : line;
    }

    private static String disagreement(Item item) {
        String line = I18n.t(
                "rhythm.agenda.disagreement",
                item.text(),
                item.details().get(0),
                item.details().get(1));
        String comment = item.details().get(2);
        return comment.isBlank() ? line : line + " " + I18n.t("rhythm.agenda.comment", comment);
    }
}
