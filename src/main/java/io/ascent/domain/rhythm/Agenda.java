package io.ascent.domain.rhythm;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The agenda of the next 1:1, built by {@link AgendaBuilder}: sections in a fixed order, each
 * with its items; an empty section is left out. {@code since} is the last 1:1 (absent before the
 * first): nothing dated on or before it is listed.
 */
public record Agenda(LocalDate date, Optional<LocalDate> since, List<Section> sections) {

    /** The sections, in the order they are listed. */
    public enum Kind {
        WINS,
        DONE,
        DUE,
        NEXT_STEPS,
        DISAGREEMENTS,
        QUESTIONS
    }

    /**
     * One line of the agenda: what (a win's, milestone's or competency's title, a question), its
     * date if it has one, details by kind (a win's impact; a next step's competency; a
     * disagreement's own level, the manager's level and comment), and whether it is private (a
     * private win: the agenda is the user's own, so it is listed, and marked).
     */
    public record Item(String text, Optional<LocalDate> date, List<String> details, boolean isPrivate) {
        public Item {
            Objects.requireNonNull(text, "text");
            date = date == null ? Optional.empty() : date;
            details = List.copyOf(details == null ? List.of() : details);
        }

        public Item(String text, Optional<LocalDate> date, List<String> details) {
            this(text, date, details, false);
        }
    }

    public record Section(Kind kind, List<Item> items) {
        public Section {
            Objects.requireNonNull(kind, "kind");
            items = List.copyOf(items);
        }
    }

    public Agenda {
        Objects.requireNonNull(date, "date");
        since = since == null ? Optional.empty() : since;
        sections = List.copyOf(sections);
    }

    public Optional<Section> section(Kind kind) {
        return sections.stream().filter(s -> s.kind() == kind).findFirst();
    }
}
