package io.ascent.bench;

import io.ascent.app.boot.AppContext;
import io.ascent.domain.Impact;
import io.ascent.domain.PlanDraft;
import io.ascent.domain.PlanSnapshot;
import io.ascent.domain.Win;
import io.ascent.domain.packet.PacketPeriod;
import io.ascent.persistence.sqlite.SqliteWinRepository;
import io.ascent.service.ExportFormat;
import io.ascent.ui.RecordingDialogs;
import io.ascent.ui.SameThreadTaskRunner;
import io.ascent.ui.session.EditHistory;
import io.ascent.ui.session.PlanSession;
import io.ascent.ui.session.StatusLine;
import io.ascent.ui.session.WinsSession;
import io.ascent.ui.wins.WinsView;
import io.ascent.ui.wins.WinsViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

/**
 * Wins: the promotion packet of a plan with 2,000 wins over five years (PDF, in memory, as
 * Plan > Promotion packet... makes it), and one character typed into the Wins page's search over
 * 10,000 wins (the real {@link WinsView} on the headless toolkit: filter, restyle, layout).
 */
final class WinFigures {

    static final int PACKET_WINS = 2_000;
    static final int FILTER_WINS = 10_000;
    /** Narrows with each keystroke, like a user looking for one launch. */
    static final String TYPED = "launch 7";

    private WinFigures() {}

    static void run(Path work, Timer timer, boolean quick, Consumer<Figure> report) {
        Path packetDb = work.resolve("wins-2000.db");
        Path filterDb = work.resolve("wins-10000.db");
        BenchDatabase.deleteWithBackups(packetDb);
        BenchDatabase.deleteWithBackups(filterDb);
        try (AppContext context = AppContext.open(packetDb, Clock.systemDefaultZone())) {
            long planId = planWithWins(context, PACKET_WINS);
            LocalDate today = LocalDate.now();
            PacketPeriod fiveYears = new PacketPeriod(today.minusYears(5), today);
            double millis = timer.measure(() -> {
                        byte[] pdf = context.packets().render(planId, ExportFormat.PDF, fiveYears);
                        if (pdf.length < 1000 || pdf[0] != '%') {
                            throw new IllegalStateException("the packet is not a PDF");
                        }
                    })
                    .median();
            report.accept(Figure.of("pdf.packet", millis, "ms", Goal.atMost(1000)));
        }
        try (AppContext context = AppContext.open(filterDb, Clock.systemDefaultZone())) {
            long planId = planWithWins(context, FILTER_WINS);
            Samples keystrokes = typeIntoSearch(context, planId, quick ? 1 : 3, quick ? 2 : 5);
            report.accept(Figure.of("wins.filter-keystroke", keystrokes.median(), "ms", Goal.atMost(16)));
        }
    }

    /** A Growth plan on the default ladder with {@code count} wins spread over five years, one transaction each. */
    private static long planWithWins(AppContext context, int count) {
        long planId = context.plans()
                .create(new PlanDraft("Bench", "pm-default", "pm", "senior-pm", "growth", Optional.empty()))
                .id();
        PlanSnapshot view = context.plans().open(planId);
        List<String> competencies = view.framework().competenciesFor("growth").stream()
                .map(c -> c.id())
                .toList();
        List<String> items = view.items().stream().map(m -> m.id()).toList();
        SqliteWinRepository repository = new SqliteWinRepository(context.database());
        LocalDate today = LocalDate.now();
        for (int i = 0; i < count; i++) {
            repository.insert(
                    planId,
                    new Win(
                            0,
                            today.minusDays(i * 1826L / count),
                            (i % 3 == 0 ? "Shipped launch " : "Ran review ") + i,
                            "Worked with design, data science and engineering for six weeks; the result held.",
                            i % 4 == 0
                                    ? Impact.NONE
                                    : new Impact("Metric " + i % 17, i % 50 + "%", i % 50 + 4 + "%", "led"),
                            List.of(),
                            List.of(competencies.get(i % competencies.size())),
                            i % 5 == 0 ? List.of(items.get(i % items.size())) : List.of(),
                            i % 10 != 0),
                    Instant.now());
        }
        return planId;
    }

    private static Samples typeIntoSearch(AppContext context, long planId, int warmUp, int rounds) {
        return KeystrokeFigure.onFxThread(() -> typeOnFxThread(context, planId, warmUp, rounds));
    }

    private static Samples typeOnFxThread(AppContext context, long planId, int warmUp, int rounds) {
        SameThreadTaskRunner runner = new SameThreadTaskRunner();
        StatusLine status = new StatusLine();
        PlanSession session = new PlanSession(context.plans(), runner, status);
        EditHistory history = new EditHistory(session, runner, status);
        WinsSession wins = new WinsSession(session, context.wins(), runner, status, history);
        WinsView view =
                new WinsView(new WinsViewModel(session, wins, form -> Optional.empty(), new RecordingDialogs()));
        Stage stage = new Stage();
        stage.setScene(new Scene(view, 1120, 760));
        stage.show();
        session.load(Optional.of(planId));
        Parent root = stage.getScene().getRoot();
        TextField search = (TextField) root.lookup("#winSearch");
        if (wins.wins().size() != FILTER_WINS || search == null) {
            throw new IllegalStateException("the Wins page did not load " + FILTER_WINS + " wins");
        }
        Samples samples = KeystrokeFigure.typeEach(search, root, TYPED, warmUp, rounds);
        stage.close();
        return samples;
    }
}
