package io.ascent.ui.shell;

import io.ascent.domain.Framework;
import io.ascent.domain.Plan;
import io.ascent.domain.PlanName;
import io.ascent.domain.PlanSnapshot;
import io.ascent.text.I18n;
import io.ascent.ui.common.DialogService;
import io.ascent.ui.session.EditHistory;
import io.ascent.ui.session.PlanSession;
import io.ascent.ui.session.StatusLine;
import io.ascent.ui.setup.SetupViewModel;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The main window's state: which screen it shows (the plan, the guided setup, a plan that cannot
 * be opened), the window title, the readiness in the top bar and the status line, and the
 * plan-level commands (new, rename, delete with confirmation, undo, redo).
 */
public class MainViewModel {

    private final PlanSession session;
    private final StatusLine status;
    private final EditHistory history;
    private final DialogService dialogs;
    private final Supplier<List<Framework>> frameworks;
    private final Supplier<LocalDate> today;

    // Properties
    private final ReadOnlyObjectWrapper<Screen> screen =
            new ReadOnlyObjectWrapper<>(new Screen(Screen.Kind.LOADING, Optional.empty(), Optional.empty()));
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("Ascent");
    private final ReadOnlyObjectWrapper<Plan> chosen = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ReadinessWords> readiness = new ReadOnlyObjectWrapper<>(ReadinessWords.NONE);
    private final ReadOnlyStringWrapper reached = new ReadOnlyStringWrapper("");
    private final StringBinding statusText;
    private final BooleanBinding failed;
    private final BooleanBinding noPlan;

    /**
     * {@code frameworks} lists those a new plan can follow, the shipped default first; it must
     * answer without I/O (it is asked on the JavaFX thread). {@code today} is the app's clock.
     */
    public MainViewModel(
            PlanSession session,
            StatusLine status,
            EditHistory history,
            DialogService dialogs,
            Supplier<List<Framework>> frameworks,
            Supplier<LocalDate> today) {
        this.session = session;
        this.status = status;
        this.history = history;
        this.dialogs = dialogs;
        this.frameworks = frameworks;
        this.today = today;
        failed = status.errorProperty().isNotEmpty();
        statusText = Bindings.when(failed).then(status.errorProperty()).otherwise(status.statusProperty());
        noPlan = session.currentProperty().isNull();
        session.currentProperty().addListener((obs, old, view) -> showPlan());
        session.loadedProperty().addListener((obs, old, loaded) -> showPlan());
        session.unopenedProperty().addListener((obs, old, plan) -> {
            if (plan != null) {
                showUnopened(plan);
            }
        });
        session.plans().addListener((ListChangeListener<Plan>)
                c -> chosen.set(openPlan().orElse(null)));
        // The session may have loaded already (it starts reading before the window is built).
        showPlan();
    }

    public ReadOnlyObjectProperty<Screen> screenProperty() {
        return screen.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The open plan's readiness in words, for the top bar. */
    public ReadOnlyObjectProperty<ReadinessWords> readinessProperty() {
        return readiness.getReadOnlyProperty();
    }

    /** For a reached plan, that it is kept as it was ("Reached on ..."); empty for a plan under way. */
    public ReadOnlyStringProperty reachedProperty() {
        return reached.getReadOnlyProperty();
    }

    /** How the plan chooser names {@code plan}: a reached plan says so. */
    public static String chooserName(Plan plan) {
        return plan.isReached() ? I18n.t("shell.plan.reached", plan.name()) : plan.name();
    }

    /** What the status line says: the last failure if there is one, else the last success. */
    public StringBinding statusTextProperty() {
        return statusText;
    }

    /** True while the status line shows a failure. */
    public BooleanBinding failedProperty() {
        return failed;
    }

    /** The last failure in words (e.g. why a plan cannot be opened). */
    public ReadOnlyStringProperty errorProperty() {
        return status.errorProperty();
    }

    /** True while no plan is open: plan commands are disabled. */
    public BooleanBinding noPlanProperty() {
        return noPlan;
    }

    public ObservableList<Plan> plans() {
        return session.plans();
    }

    /** The plan the chooser shows: the open one, or the one that cannot be opened when none is. */
    public ReadOnlyObjectProperty<Plan> chosenPlanProperty() {
        return chosen.getReadOnlyProperty();
    }

    /** The open plan as listed in {@link #plans()}. */
    private Optional<Plan> openPlan() {
        return session.current()
                .flatMap(view -> session.plans().stream()
                        .filter(p -> p.id() == view.plan().id())
                        .findFirst());
    }

    /** "“Road to Senior PM” cannot be opened". */
    public String unopenedTitle(Plan plan) {
        return I18n.t("shell.unopened.title", plan.name());
    }

    // Commands

    /** Opens another plan of the database (the chooser). */
    public void open(Plan plan) {
        chosen.set(plan);
        session.open(plan.id());
    }

    /** New plan: the setup, which can be cancelled if there is a plan to go back to. */
    public void newPlan() {
        if (session.loadedProperty().get()) {
            showSetup(!session.plans().isEmpty());
        }
    }

    /** Creates the plan the setup describes; the service's refusal goes back to the form. */
    public void create(SetupViewModel setup) {
        if (!setup.submittingProperty().get()) {
            session.create(setup.submit(), plan -> {}, setup::rejected);
        }
    }

    /** Leaves the setup for the open plan. */
    public void cancelSetup() {
        showPlan();
    }

    public void renameCurrent() {
        PlanSnapshot view = session.current().orElse(null);
        if (view == null) {
            return;
        }
        dialogs.askText(
                        I18n.t("shell.rename.title"),
                        I18n.t("shell.rename.prompt"),
                        view.plan().name(),
                        name -> renameProblem(view.plan().id(), name))
                .filter(name -> !name.strip().equals(view.plan().name()))
                .ifPresent(name -> session.rename(view.plan().id(), name));
    }

    /**
     * Why {@code name} cannot be the new name of plan {@code planId}, said in the rename dialog:
     * the name rules, or another plan of this database has it. The service checks again.
     */
    public String renameProblem(long planId, String name) {
        String problem = PlanName.problem(name);
        if (!problem.isEmpty()) {
            return problem;
        }
        String wanted = name.strip();
        return session.plans().stream()
                .filter(p -> p.id() != planId && p.name().equals(wanted))
                .findFirst()
                .map(p -> I18n.t("plan.error.nameTaken", p.name()))
                .orElse("");
    }

    public void deleteCurrent() {
        session.current().ifPresent(view -> delete(view.plan()));
    }

    /** Deletes {@code plan} after the user confirms. */
    public void delete(Plan plan) {
        if (dialogs.confirm(
                I18n.t("shell.delete.title", plan.name()),
                I18n.t("shell.delete.message"),
                I18n.t("shell.delete.confirm"))) {
            session.delete(plan.id());
        }
    }

    public void undo() {
        history.undo();
    }

    public void redo() {
        history.redo();
    }

    public void showShortcuts(List<String[]> rows) {
        dialogs.showShortcuts(rows);
    }

    /** Help > How Ascent works: readiness, the estimate, pace, check-ins, what is printed. */
    public void showHowItWorks() {
        dialogs.showDocument(HelpTopics.howItWorksTitle(), HelpTopics.howItWorks());
    }

    /** Help > About: the version, where the data lives, the fonts' and libraries' licenses. */
    public void showAbout(HelpTopics.AboutFacts facts) {
        dialogs.showDocument(HelpTopics.aboutTitle(), HelpTopics.about(facts));
    }

    private void showPlan() {
        if (!session.loadedProperty().get()) {
            return;
        }
        PlanSnapshot view = session.current().orElse(null);
        if (view == null) {
            if (session.plans().isEmpty()) {
                showSetup(false);
            }
            return;
        }
        chosen.set(openPlan().orElse(null));
        readiness.set(ReadinessWords.of(view));
        reached.set(view.plan()
                .reachedOn()
                .map(d -> I18n.t("shell.reached.banner", I18n.date(d)))
                .orElse(""));
        title.set(I18n.t("app.title.plan", view.plan().name()));
        screen.set(new Screen(Screen.Kind.PLAN, Optional.empty(), Optional.empty()));
    }

    /** A chosen plan could not be opened: stay on the open one, or explain and offer a way out. */
    private void showUnopened(Plan plan) {
        if (session.current().isPresent()) {
            chosen.set(openPlan().orElse(null));
            return;
        }
        chosen.set(plan);
        readiness.set(ReadinessWords.NONE);
        title.set(I18n.t("app.title.plan", plan.name()));
        screen.set(new Screen(Screen.Kind.UNOPENED, Optional.empty(), Optional.of(plan)));
    }

    private void showSetup(boolean cancellable) {
        List<Framework> choices = frameworks.get();
        SetupViewModel setup = new SetupViewModel(choices, today);
        title.set(I18n.t(cancellable ? "app.title.newPlan" : "app.title.welcome"));
        screen.set(new Screen(
                cancellable ? Screen.Kind.NEW_PLAN : Screen.Kind.WELCOME, Optional.of(setup), Optional.empty()));
    }
}
