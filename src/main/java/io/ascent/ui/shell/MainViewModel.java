package io.ascent.ui.shell;

import io.ascent.domain.Framework;
import io.ascent.domain.Plan;
import io.ascent.domain.PlanSnapshot;
import io.ascent.text.I18n;
import io.ascent.ui.common.DialogService;
import io.ascent.ui.session.PlanSession;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Plan-level commands of the main window: rename and delete with confirmation, the window title. */
public class MainViewModel {

    private final PlanSession session;
    private final DialogService dialogs;
    private final Framework framework;
    private final Supplier<List<Framework>> installed;

    // Properties
    private final StringProperty title = new SimpleStringProperty("Ascent");

    public MainViewModel(PlanSession session, DialogService dialogs, Framework framework) {
        this(session, dialogs, framework, () -> List.of(framework));
    }

    /** {@code installed} must answer without I/O: it is asked on the JavaFX thread. */
    public MainViewModel(
            PlanSession session, DialogService dialogs, Framework framework, Supplier<List<Framework>> installed) {
        this.session = session;
        this.dialogs = dialogs;
        this.framework = framework;
        this.installed = installed;
    }

    /** The frameworks a new plan can follow, the shipped default first. */
    public List<Framework> frameworks() {
        List<Framework> list = installed.get();
        return list.isEmpty() ? List.of(framework) : list;
    }

    public PlanSession session() {
        return session;
    }

    public Framework framework() {
        return framework;
    }

    public StringProperty titleProperty() {
        return title;
    }

    // Commands

    public void renameCurrent() {
        PlanSnapshot view = session.current().orElse(null);
        if (view == null) {
            return;
        }
        dialogs.askText(
                        I18n.t("shell.rename.title"),
                        I18n.t("shell.rename.prompt"),
                        view.plan().name())
                .filter(name -> !name.strip().equals(view.plan().name()))
                .ifPresent(name -> session.rename(view.plan().id(), name));
    }

    public void showShortcuts(List<String[]> rows) {
        dialogs.showShortcuts(rows);
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
}
