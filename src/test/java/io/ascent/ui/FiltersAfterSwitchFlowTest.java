package io.ascent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.app.AscentApp;
import io.ascent.domain.Plan;
import io.ascent.domain.PlanDraft;
import io.ascent.persistence.sqlite.Database;
import io.ascent.persistence.sqlite.SqlitePlanRepository;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** After switching plans the milestone filters hold the new plan's choices, not blanks. */
class FiltersAfterSwitchFlowTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final RunningApp running = new RunningApp();

    private final FxRobot robot = new FxRobot();

    @SuppressWarnings("unchecked")
    private ComboBox<Object> combo(String id) {
        return robot.lookup(id).queryAs(ComboBox.class);
    }

    /** What the closed drop-down shows. */
    private String chosen(String id) {
        return String.valueOf(combo(id).getValue());
    }

    private String shown(String id) {
        return combo(id).lookupAll(".text").stream()
                .filter(n -> n instanceof Text)
                .map(n -> ((Text) n).getText())
                .filter(t -> t != null && !t.isBlank())
                .findFirst()
                .orElse("");
    }

    private void choose(String name) {
        @SuppressWarnings("unchecked")
        ChoiceBox<Plan> chooser = robot.lookup("#planChooser").queryAs(ChoiceBox.class);
        robot.interact(() -> chooser.setValue(chooser.getItems().stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElseThrow()));
    }

    @Test
    void filtersHoldTheNewPlansChoicesAfterASwitch() throws Exception {
        Path db = dir.resolve("ascent.db");
        try (Database database = Database.open(db)) {
            var repo = new SqlitePlanRepository(database);
            repo.create(
                    new PlanDraft("Alpha plan", "pm-default", "pm", "senior-pm", "growth", Optional.empty()),
                    Instant.now());
            repo.create(
                    new PlanDraft("Beta plan", "pm-default", "senior-pm", "director", "monetization", Optional.empty()),
                    Instant.now());
        }
        Stage stage = running.start(() -> new AscentApp(db));
        Waits.until(() -> stage.getTitle().equals("Ascent \u2014 Alpha plan"));
        robot.clickOn("#nav-milestones");
        Waits.until(() ->
                robot.lookup("#milestoneTree").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(shown("#statusFilter")).isEqualTo("Any status");
        assertThat(shown("#competencyFilter")).isEqualTo("All competencies");
        // a filter in use before the switch
        robot.interact(() -> combo("#levelFilter").getSelectionModel().select(1));

        // when: the other plan is chosen, then the first again, then the other
        for (String name : List.of("Beta plan", "Alpha plan", "Beta plan")) {
            choose(name);
            Waits.until(() -> stage.getTitle().equals("Ascent \u2014 " + name));
        }

        // then: every filter shows a choice, and the choices are the new plan's
        assertThat(chosen("#statusFilter")).isEqualTo("Any status");
        assertThat(chosen("#competencyFilter")).isEqualTo("All competencies");
        assertThat(chosen("#levelFilter")).isEqualTo("Any level");
        assertThat(chosen("#specializationFilter")).isEqualTo("Core + specialization");
        for (String id : List.of("#statusFilter", "#competencyFilter", "#levelFilter", "#specializationFilter")) {
            assertThat(shown(id)).as("what %s shows", id).isNotBlank();
        }
        assertThat(combo("#levelFilter").getItems())
                .extracting(Object::toString)
                .contains("Director of Product")
                .doesNotContain("Senior PM");
        assertThat(combo("#specializationFilter").getItems())
                .extracting(Object::toString)
                .anyMatch(s -> s.contains("Monetization"));
        robot.interact(() -> Screenshots.save(stage.getScene(), "milestones-after-switch"));
    }
}
