package io.ascent.service.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.service.PlanFixture;
import io.ascent.text.I18n;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The printed plan in the user's language: headings, labels, dates and the page footer. */
class LocalizedPlanReportTest {

    @TempDir
    Path dir;

    private PlanFixture fixture;
    private long planId;

    @BeforeEach
    void open() {
        fixture = PlanFixture.open(dir.resolve("ascent.db"));
        planId = fixture.realisticPlan("Road to Senior PM");
    }

    @AfterEach
    void close() {
        fixture.close();
        I18n.setLocale(Locale.ENGLISH);
    }

    private byte[] pdf(String languageTag) {
        I18n.setLocale(Locale.forLanguageTag(languageTag));
        return new PdfPlanWriter().write(fixture.exports.report(planId, true));
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static Set<String> fontNames(byte[] pdf) throws IOException {
        Set<String> names = new HashSet<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    names.add(page.getResources().getFont(name).getName());
                }
            }
        }
        return names;
    }

    @Test
    void chinesePdfHasChineseHeadingsLabelsAndFooter() throws IOException {
        byte[] pdf = pdf("zh-CN");
        render(pdf, "plan-zh", 0, 1, 2, 4);

        String text = text(pdf);

        assertThat(text)
                .contains(
                        "\u53d1\u5c55\u8ba1\u5212",
                        "\u672c\u6587\u6863\u5185\u5bb9",
                        "\u6982\u8981",
                        "\u5dee\u8ddd",
                        "\u672a\u6765 30\u300160 \u548c 90 \u5929",
                        "\u91cc\u7a0b\u7891\u6e05\u5355",
                        "\u8bc1\u636e",
                        "\u79c1\u4eba\u7b14\u8bb0",
                        "\u5b66\u4e60\u8d44\u6e90",
                        "\u7b2c 1 \u9875",
                        "\u4f30\u8ba1\u7ea7\u522b",
                        "2027\u5e746\u670830\u65e5");
        assertThat(text)
                .as("the default ladder's words are in Chinese too")
                .contains("指标与数据分析", "迈向高级产品经理的就绪度")
                .doesNotContain("Performance metrics and analysis", "Product strategy and vision");
        assertThat(text).doesNotContain("Milestone checklist", "Development plan", "??");
    }

    @Test
    void spanishPdfAndMarkdownUseSpanishWordsAndDates() throws IOException {
        byte[] pdf = pdf("es");
        render(pdf, "plan-es", 0, 1, 2);

        String text = text(pdf);
        String md = new MarkdownPlanWriter().write(fixture.exports.report(planId, false));

        assertThat(text)
                .contains(
                        "PLAN DE DESARROLLO",
                        "Resumen",
                        "Brechas",
                        "Lista de hitos",
                        "Evidencias",
                        "COMPETENCIA",
                        "P\u00e1gina 1 de".toLowerCase(Locale.ROOT),
                        "30 jun 2027");
        assertThat(md)
                .contains(
                        "## Resumen",
                        "| Competencia | Actual | Objetivo | Brecha | Preparaci\u00f3n |",
                        "- Fecha objetivo: 30 jun 2027",
                        "### Pr\u00f3ximos 30 d\u00edas");
    }

    @Test
    void anEnglishPlanNeverLoadsTheChineseFont() throws IOException {
        byte[] pdf = pdf("en");
        render(pdf, "plan-en", 0, 1);

        assertThat(fontNames(pdf)).isNotEmpty().noneMatch(name -> name.contains("DroidSansFallback"));
        assertThat(fontNames(pdf("zh-CN"))).anyMatch(name -> name.contains("DroidSansFallback"));
    }

    private static void render(byte[] pdf, String name, int... pages) throws IOException {
        Path folder = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        Files.createDirectories(folder);
        for (int page : pages) {
            BufferedImage image = PdfPages.render(pdf, page, 110);
            ImageIO.write(
                    image,
                    "png",
                    folder.resolve(name + "-page" + (page + 1) + ".png").toFile());
        }
        Files.write(folder.resolve(name + ".pdf"), pdf);
    }

    @ParameterizedTest(name = "{0} {1} prints as \"{2}\"")
    @CsvSource(textBlock = """
            en,    book,       Book
            es,    Course,     Curso
            zh-CN, article,    文章
            en,    newsletter, Newsletter
            en,    '',         ''
            """)
    void usualResourceKindsAreTranslatedAndOthersKeptAsWritten(String tag, String kind, String expected) {
        I18n.setLocale(Locale.forLanguageTag(tag));

        assertThat(PlanReport.kind(kind)).isEqualTo(expected);
    }
}
