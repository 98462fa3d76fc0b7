package io.ascent.bench;

import io.ascent.app.boot.AppContext;
import io.ascent.domain.Framework;
import io.ascent.service.ExportFormat;
import io.ascent.text.I18n;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * PDF: the development plan exported through the export service, as File > Export does: the
 * 5,000-milestone plan of the scale database, and {@link StartupDatabase}'s plan used for a year
 * (300 milestones, ratings, check-ins, evidence), in English and, on the same ladder written in
 * Chinese, in Chinese (the font fallback path). The bytes are produced in memory; the file
 * write after them is the same for every size.
 */
final class PdfFigures {

    private PdfFigures() {}

    static void run(Path work, Path largeDatabase, Timer timer, Consumer<Figure> report) {
        Framework typical = FrameworkGenerator.generate(FrameworkGenerator.TYPICAL);
        Path english = StartupDatabase.rebuild(work.resolve("typical.db"), typical, Instant.now());
        Path chinese = StartupDatabase.rebuild(
                work.resolve("typical-zh.db"), FrameworkGenerator.inChinese(typical), Instant.now());
        report.accept(Figure.of("pdf.5000-milestones", export(largeDatabase, timer), "ms", Goal.atMost(2000)));
        report.accept(Figure.of("pdf.300-milestones", export(english, timer), "ms", Goal.atMost(300)));
        Locale before = I18n.locale();
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        try {
            report.accept(Figure.of("pdf.300-milestones-zh", export(chinese, timer), "ms", Goal.atMost(300)));
        } finally {
            I18n.setLocale(before);
        }
    }

    private static double export(Path database, Timer timer) {
        if (!Files.exists(database)) {
            throw new IllegalStateException("no database " + database);
        }
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
