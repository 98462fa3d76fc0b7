package io.ascent.bench;

import io.ascent.app.boot.AppContext;
import io.ascent.service.ExportFormat;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;

/**
 * PDF: the development plan exported through the export service, as File > Export does, of the
 * 5,000-milestone plan and of a typical 300-milestone one. The bytes are produced in memory; the
 * file write after them is the same for every size.
 */
final class PdfFigures {

    private PdfFigures() {}

    static void run(Path largeDatabase, Path typicalDatabase, Timer timer, Consumer<Figure> report) {
        report.accept(Figure.of("pdf.5000-milestones", export(largeDatabase, timer), "ms", Goal.atMost(2000)));
        report.accept(Figure.of("pdf.300-milestones", export(typicalDatabase, timer), "ms", Goal.atMost(300)));
    }

    private static double export(Path database, Timer timer) {
        try (AppContext context = AppContext.open(database, Clock.systemDefaultZone())) {
            return timer.measure(() -> {
                        byte[] pdf = context.exports().render(1, ExportFormat.PDF, false);
                        if (pdf.length < 1000 || pdf[0] != '%') {
                            throw new IllegalStateException("the export did not produce a PDF");
                        }
                    })
                    .median();
        }
    }
}
