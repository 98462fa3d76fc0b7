package io.ascent.ui.wins;

import io.ascent.domain.Competency;
import io.ascent.domain.Impact;
import io.ascent.domain.Milestone;
import io.ascent.domain.PlanSnapshot;
import io.ascent.domain.Win;
import io.ascent.text.I18n;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The form of one win being logged or edited: every field as typed, the competencies and
 * milestones to tick ("counts for..."), and why the form cannot be saved yet. The domain record
 * decides what is valid; this model only turns its refusal into the line under the form.
 */
public class WinFormModel {

    private final long id;

    // Properties
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final BooleanProperty dateUnreadable = new SimpleBooleanProperty(false);
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty story = new SimpleStringProperty("");
    private final StringProperty metric = new SimpleStringProperty("");
    private final StringProperty before = new SimpleStringProperty("");
    private final StringProperty after = new SimpleStringProperty("");
    private final StringProperty share = new SimpleStringProperty("");
    private final StringProperty links = new SimpleStringProperty("");
    private final BooleanProperty privateWin = new SimpleBooleanProperty();
    private final List<Tag> competencies;
    private final List<Tag> milestones;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    private WinFormModel(PlanSnapshot plan, LocalDate day, Optional<Win> original) {
        this.id = original.map(Win::id).orElse(0L);
        date.set(day);
        List<String> taggedCompetencies = original.map(Win::competencyIds).orElse(List.of());
        List<String> taggedMilestones = original.map(Win::milestoneIds).orElse(List.of());
        original.ifPresent(w -> {
            title.set(w.title());
            story.set(w.story());
            metric.set(w.impact().metric());
            before.set(w.impact().before());
            after.set(w.impact().after());
            share.set(w.impact().share());
            links.set(String.join("\n", w.links()));
            privateWin.set(!w.shareable());
        });
        competencies = plan.framework().competenciesFor(plan.plan().specializationId()).stream()
                .map((Competency c) -> new Tag(c.id(), c.title(), taggedCompetencies.contains(c.id())))
                .toList();
        milestones = plan.items().stream()
                .map((Milestone m) -> new Tag(m.id(), label(plan, m), taggedMilestones.contains(m.id())))
                .toList();
    }

    /** The form of a new win dated {@code today}. */
    public static WinFormModel forNew(PlanSnapshot plan, LocalDate today) {
        return new WinFormModel(plan, today, Optional.empty());
    }

    /** The form of a new win that already counts for {@code milestoneId}. */
    public static WinFormModel forNewEvidence(PlanSnapshot plan, LocalDate today, String milestoneId) {
        WinFormModel form = forNew(plan, today);
        form.milestones.stream()
                .filter(t -> t.id().equals(milestoneId))
                .forEach(t -> t.selectedProperty().set(true));
        plan.item(milestoneId)
                .ifPresent(m -> form.competencies.stream()
                        .filter(t -> t.id().equals(m.competencyId()))
                        .forEach(t -> t.selectedProperty().set(true)));
        return form;
    }

    public static WinFormModel forEdit(PlanSnapshot plan, Win win) {
        return new WinFormModel(plan, win.date(), Optional.of(win));
    }

    private static String label(PlanSnapshot plan, Milestone m) {
        String competency = plan.framework()
                .competency(m.competencyId())
                .map(Competency::title)
                .orElse(m.competencyId());
        return m.title() + " \u2014 " + competency;
    }

    public boolean isNew() {
        return id == 0;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty storyProperty() {
        return story;
    }

    public StringProperty metricProperty() {
        return metric;
    }

    public StringProperty beforeProperty() {
        return before;
    }

    public StringProperty afterProperty() {
        return after;
    }

    public StringProperty shareProperty() {
        return share;
    }

    /** Links, one per line. */
    public StringProperty linksProperty() {
        return links;
    }

    public BooleanProperty privateProperty() {
        return privateWin;
    }

    public List<Tag> competencies() {
        return competencies;
    }

    public List<Tag> milestones() {
        return milestones;
    }

    /** True while the date field holds text that is no date; the field says so beside itself. */
    public BooleanProperty dateUnreadableProperty() {
        return dateUnreadable;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    // Commands

    /** The win as the form says, or empty with {@link #problemProperty()} saying why not. */
    public Optional<Win> toWin() {
        if (dateUnreadable.get()) {
            // Never save the date the field had before: the typed text is refused beside the field.
            problem.set("");
            return Optional.empty();
        }
        if (date.get() == null) {
            problem.set(I18n.t("win.form.noDate"));
            return Optional.empty();
        }
        try {
            Win win = new Win(
                    id,
                    date.get(),
                    title.get(),
                    story.get(),
                    new Impact(metric.get(), before.get(), after.get(), share.get()),
                    Arrays.stream(links.get().split("\\R"))
                            .filter(l -> !l.isBlank())
                            .toList(),
                    selected(competencies),
                    selected(milestones),
                    !privateWin.get());
            problem.set("");
            return Optional.of(win);
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            return Optional.empty();
        }
    }

    private static List<String> selected(List<Tag> tags) {
        return tags.stream().filter(Tag::isSelected).map(Tag::id).toList();
    }
}
