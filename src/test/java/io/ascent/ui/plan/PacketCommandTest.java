package io.ascent.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.app.boot.AppContext;
import io.ascent.domain.PlanDraft;
import io.ascent.service.PlanFixture;
import io.ascent.ui.RecordingDialogs;
import io.ascent.ui.SameThreadTaskRunner;
import io.ascent.ui.session.PlanSession;
import io.ascent.ui.session.StatusLine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PacketCommandTest {

    @TempDir
    Path dir;

    private AppContext app;
    private PlanSession session;
    private final StatusLine status = new StatusLine();
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @BeforeEach
    void open() {
        app = AppContext.open(dir.resolve("a.db"), PlanFixture.CLOCK);
        long id = app.plans()
                .create(new PlanDraft("Road", "pm-default", "pm", "senior-pm", "growth", Optional.empty()))
                .id();
        session = new PlanSession(app.plans(), new SameThreadTaskRunner(), status);
        session.load(Optional.of(id));
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void theMenuWritesMarkdownWhereTheUserChoseAndAsksBeforeReplacing() throws Exception {
        Path md = dir.resolve("packet.md");
        dialogs.askAnswer = false;
        dialogs.saveAnswer = Optional.of(md);
        PacketCommand command = new PacketCommand(session, app.packets(), new SameThreadTaskRunner(), dialogs, status);

        command.run();

        assertThat(Files.readString(md)).startsWith("# Promotion packet: Road");
        assertThat(status.statusProperty().get()).isEqualTo("Promotion packet saved to " + md + ".");
        assertThat(dialogs.asked).contains("save Road promotion packet.md");

        Files.writeString(md, "mine");
        dialogs.confirmAnswer = false;
        command.run();
        assertThat(Files.readString(md)).isEqualTo("mine");
    }
}
