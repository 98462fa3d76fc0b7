package io.ascent.ui.wins;

import io.ascent.domain.Competency;
import io.ascent.domain.PlanSnapshot;
import io.ascent.domain.Win;
import io.ascent.domain.WinFilter;
import io.ascent.text.I18n;
import io.ascent.ui.common.DialogService;
import io.ascent.ui.milestones.Choice;
import io.ascent.ui.session.PlanSession;
import io.ascent.ui.session.WinsSession;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The Wins page: the open plan's wins filtered by dates, competency and text as the user types,
 * and the commands to log (also Ctrl+Shift+W from anywhere), edit and remove one.
 */
public class WinsViewModel {

    private final PlanSession session;
    private final WinsSession wins;
    private final WinEditor editor;
    private final DialogService dialogs;
    private Consumer<Win> onAsk = win -> {};

    // Properties
    /** How many wins the import preview lists by title. */
    static final int PREVIEWED = 8;

    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice> competency = new SimpleObjectProperty<>(any());
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<Choice> competencies = FXCollections.observableArrayList();
    // Replaced whole on each keystroke: one change for the list view, not one per run of hidden wins.
    private final ObservableList<Win> shown = FXCollections.observableArrayList();
    // Each win's lower-cased text, kept while the list lasts: a keystroke searches 10,000 wins.
    private final Map<Win, String> haystacks = new IdentityHashMap<>();

    public WinsViewModel(PlanSession session, WinsSession wins, WinEditor editor, DialogService dialogs) {
        this.session = session;
        this.wins = wins;
        this.editor = editor;
        this.dialogs = dialogs;
        // A changed list is searched afresh: the texts are computed again as the next keystroke needs them.
        wins.wins().addListener((ListChangeListener<Win>) c -> {
            haystacks.clear();
            refilter();
        });
        from.addListener((obs, old, v) -> refilter());
        to.addListener((obs, old, v) -> refilter());
        competency.addListener((obs, old, v) -> refilter());
        search.addListener((obs, old, v) -> refilter());
        session.currentProperty().addListener((obs, old, view) -> fillCompetencies(view));
        fillCompetencies(session.current().orElse(null));
        refilter();
    }

    private static Choice any() {
        return new Choice("", I18n.t("wins.filter.anyCompetency"));
    }

    private void fillCompetencies(PlanSnapshot view) {
        List<Choice> choices = new ArrayList<>();
        choices.add(any());
        if (view != null) {
            for (Competency c : view.framework().competenciesFor(view.plan().specializationId())) {
                choices.add(new Choice(c.id(), c.title()));
            }
        }
        competencies.setAll(choices);
        if (competency.get() == null || !choices.contains(competency.get())) {
            competency.set(choices.get(0));
        }
    }

    private void refilter() {
        WinFilter filter = filter();
        shown.setAll(wins.wins().stream()
                .filter(w -> filter.matches(w, haystacks.computeIfAbsent(w, WinFilter::haystack)))
                .toList());
    }

    /** The filter the page's controls describe. */
    public WinFilter filter() {
        Choice c = competency.get();
        return new WinFilter(
                Optional.ofNullable(from.get()),
                Optional.ofNullable(to.get()),
                c == null || c.isAny() ? Optional.empty() : Optional.of(c.key()),
                search.get());
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<Choice> competencyProperty() {
        return competency;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableList<Choice> competencies() {
        return competencies;
    }

    /** The wins the filter lets through, newest first. */
    public ObservableList<Win> shown() {
        return shown;
    }

    /** "12 wins" or "3 of 12 wins". */
    public StringBinding countText() {
        return Bindings.createStringBinding(
                () -> shown.size() == wins.wins().size()
                        ? I18n.t("wins.count", wins.wins().size())
                        : I18n.t("wins.countFiltered", shown.size(), wins.wins().size()),
                shown,
                wins.wins());
    }

    /** What the empty list says: no wins yet, or none that the filter lets through. */
    public StringBinding emptyText() {
        return Bindings.createStringBinding(
                () -> wins.wins().isEmpty() ? I18n.t("wins.empty") : I18n.t("wins.noMatch"), wins.wins());
    }

    /** The competency titles of a win, for its row. */
    public String competencyTitles(Win win) {
        PlanSnapshot view = session.current().orElse(null);
        if (view == null) {
            return "";
        }
        return String.join(
                I18n.t("common.listSeparator"),
                win.competencyIds().stream()
                        .map(id -> view.framework()
                                .competency(id)
                                .map(Competency::title)
                                .orElse(id))
                        .toList());
    }

    // Commands

    /** Asks for a new win and logs it. */
    public void add() {
        session.editable()
                .ifPresent(view ->
                        editor.edit(WinFormModel.forNew(view, wins.today())).ifPresent(wins::add));
    }

    public void edit(Win win) {
        session.editable()
                .ifPresent(view ->
                        editor.edit(WinFormModel.forEdit(view, win)).ifPresent(edited -> wins.update(win, edited)));
    }

    /** What "Bring it up at my next 1:1..." does with a win: keeps a question about it for the next agenda. */
    public void setOnAsk(Consumer<Win> onAsk) {
        this.onAsk = onAsk;
    }

    /** Asks for a question about {@code win} for the next 1:1. */
    public void ask(Win win) {
        if (win != null) {
            onAsk.accept(win);
        }
    }

    /** Removes {@code win} once the user confirms; Ctrl+Z brings it back. */
    public void remove(Win win) {
        if (dialogs.confirm(
                I18n.t("wins.remove.title"), I18n.t("wins.remove.message", win.title()), I18n.t("wins.remove"))) {
            wins.remove(win);
        }
    }

    /** Asks for a brag document, shows what it would add, and adds it once the user agrees. */
    public void importBrag() {
        dialogs.chooseOpenFile(
                        I18n.t("brag.dialog.title"),
                        I18n.t("brag.dialog.files"),
                        List.of("*.csv", "*.md", "*.markdown", "*.txt"))
                .ifPresent(file -> wins.previewImport(file, preview -> {
                    String titles = String.join(
                            "\n",
                            preview.wins().stream()
                                    .limit(PREVIEWED)
                                    .map(w -> "\u2022 " + I18n.date(w.date()) + " \u2014 " + w.title())
                                    .toList());
                    String more = preview.wins().size() > PREVIEWED
                            ? "\n" + I18n.t("brag.preview.more", preview.wins().size() - PREVIEWED)
                            : "";
                    if (dialogs.confirm(
                            I18n.t("brag.dialog.title"),
                            preview.summary() + "\n\n" + titles + more,
                            I18n.t("brag.dialog.import", preview.wins().size()))) {
                        wins.importWins(preview);
                    }
                }));
    }

    public void clearFilters() {
        from.set(null);
        to.set(null);
        competency.set(competencies.get(0));
        search.set("");
    }
}
