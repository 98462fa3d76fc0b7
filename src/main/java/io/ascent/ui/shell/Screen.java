package io.ascent.ui.shell;

import io.ascent.domain.Plan;
import io.ascent.ui.setup.SetupViewModel;
import java.util.Optional;

/** What fills the window: its kind, the setup's model on the setup screens, the plan that cannot be opened. */
public record Screen(Kind kind, Optional<SetupViewModel> setup, Optional<Plan> unopened) {

    public enum Kind {
        /** The plan list is still being read. */
        LOADING,
        /** First start, no plan yet: the setup fills the window. */
        WELCOME,
        /** The setup of another plan, which can be cancelled. */
        NEW_PLAN,
        /** The open plan's pages. */
        PLAN,
        /** The chosen plan cannot be opened, and no other is open. */
        UNOPENED
    }
}
