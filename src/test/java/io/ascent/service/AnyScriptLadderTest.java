package io.ascent.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.domain.Competency;
import io.ascent.domain.Framework;
import io.ascent.domain.Level;
import io.ascent.domain.Milestone;
import io.ascent.domain.MilestoneStatus;
import io.ascent.domain.PlanDraft;
import io.ascent.persistence.files.FrameworkCsvReader;
import io.ascent.persistence.files.FrameworkReader;
import io.ascent.service.report.PdfPlanWriter;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A ladder written in Chinese, Russian, Arabic and Hebrew, imported into a real database, printed. */
class AnyScriptLadderTest {

    static final String LADDER = "any-script-ladder.csv";
    static final String MILESTONES = "any-script-milestones.csv";
    static final String ARABIC_MILESTONE = "thlyl-albyanat.gao-ji-chan-pin-jing-li.atlq-tjrbt-a-b-wqdm-alqrar";
    static final String RUSSIAN_MILESTONE =
            "strategia-produkta.gao-ji-chan-pin-jing-li.strategia-na-god-utverzdena-rukovo";

    @TempDir
    Path dir;

    private PlanFixture fixture;

    @BeforeEach
    void open() {
        fixture = PlanFixture.open(dir.resolve("ascent.db"));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    static byte[] resource(String name) {
        try (InputStream in = AnyScriptLadderTest.class.getResourceAsStream("/frameworks/csv/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private FrameworkImportResult importLadder(byte[] matrix, byte[] milestones) {
        return fixture.frameworks.importCsv(matrix, LADDER, Optional.of(milestones), MILESTONES);
    }

    private long planWithTheArabicMilestoneDone() {
        importLadder(resource(LADDER), resource(MILESTONES));
        long id = fixture.plans
                .create(new PlanDraft(
                        "طريق المدير",
                        "any-script-ladder",
                        "menedzer-produkta",
                        "gao-ji-chan-pin-jing-li",
                        "alnmw",
                        Optional.empty()))
                .id();
        var done =
                fixture.plans.setStatus(id, fixture.plans.open(id).progressOf(ARABIC_MILESTONE), MilestoneStatus.DONE);
        fixture.plans.saveProgress(id, done, done.withEvidence("تم إطلاق التجربة، والنتيجة موثقة."));
        return id;
    }

    @Test
    void aLadderInChineseRussianArabicAndHebrewImportsWithIdsMadeFromItsNames() {
        FrameworkImportResult result = importLadder(resource(LADDER), resource(MILESTONES));

        Framework stored = fixture.frameworks.frameworks().get(1);
        assertThat(result.summary())
                .isEqualTo("Imported \"Any script ladder\" (version 1): 3 levels, 4 competencies, 6 milestones.");
        assertThat(stored.levels())
                .extracting(Level::id)
                .containsExactly("menedzer-produkta", "gao-ji-chan-pin-jing-li", "mdyr-almntj");
        assertThat(stored.competencies())
                .extracting(Competency::title)
                .containsExactly("Стратегия продукта", "用户研究", "تحليل البيانات", "ניהול מוצר");
    }

    @Test
    void reimportingTheSameLadderKeepsEveryIdAndTheProgress() {
        long plan = planWithTheArabicMilestoneDone();
        Framework first = fixture.frameworks.framework("any-script-ladder").orElseThrow();

        FrameworkImportResult again = importLadder(resource(LADDER), resource(MILESTONES));

        assertThat(again.framework()).isEqualTo(first);
        assertThat(again.added()).isEmpty();
        assertThat(again.removed()).isEmpty();
        assertThat(fixture.plans.open(plan).progressOf(ARABIC_MILESTONE).isDone())
                .isTrue();
    }

    @Test
    void reimportAfterARenamedRowChangesOnlyThatRowsIds() {
        long plan = planWithTheArabicMilestoneDone();
        Framework first = fixture.frameworks.framework("any-script-ladder").orElseThrow();

        FrameworkImportResult again = importLadder(renamed(LADDER), renamed(MILESTONES));

        assertThat(again.framework().competencies())
                .extracting(Competency::id)
                .containsExactly("produktovaa-strategia", "yong-hu-yan-jiu", "thlyl-albyanat", "nyhwl-mwzr");
        assertThat(again.removed()).extracting(Milestone::id).containsExactly(RUSSIAN_MILESTONE);
        assertThat(again.added())
                .singleElement()
                .satisfies(m -> assertThat(m.id()).startsWith("produktovaa-strategia.gao-ji-chan-pin-jing-li."));
        assertThat(again.framework().levels()).isEqualTo(first.levels());
        assertThat(fixture.plans.open(plan).progressOf(ARABIC_MILESTONE).isDone())
                .isTrue();
    }

    @Test
    void idsGivenAtTheFirstImportOutliveAChangeInHowNamesAreSpelt() {
        // The ladder as an older Ascent (other transliteration rules) stored it.
        String older = new FrameworkReader()
                .write(new FrameworkCsvReader()
                        .parse(resource(LADDER), LADDER, Optional.of(resource(MILESTONES)), MILESTONES))
                .replace("yong-hu-yan-jiu", "yong-hu-yan-jiu-old")
                .replace("mdyr-almntj", "mudir-al-muntaj");
        fixture.frameworks.importJson(older.getBytes(StandardCharsets.UTF_8), "older.json");

        FrameworkImportResult again = importLadder(resource(LADDER), resource(MILESTONES));

        assertThat(again.isUpdate()).isTrue();
        assertThat(again.added()).isEmpty();
        assertThat(again.removed()).isEmpty();
        assertThat(again.framework().competency("yong-hu-yan-jiu-old")).isPresent();
        assertThat(again.framework().level("mudir-al-muntaj")).isPresent();
    }

    @Test
    void aLadderNamedInChineseIsUpdatedByNameWhenItsIdWasSpeltOtherwise() {
        byte[] matrix = "area,competency,初级,高级\n产品,市场,了解,主导\n".getBytes(StandardCharsets.UTF_8);
        String older = new FrameworkReader()
                .write(new FrameworkCsvReader().parse(matrix, "产品阶梯.csv", Optional.empty(), ""))
                .replace("\"chan-pin-jie-ti\"", "\"older-spelling\"");
        fixture.frameworks.importJson(older.getBytes(StandardCharsets.UTF_8), "older.json");

        FrameworkImportResult again = fixture.frameworks.importCsv(matrix, "产品阶梯.csv", Optional.empty(), "");

        assertThat(again.isUpdate()).isTrue();
        assertThat(fixture.frameworks.frameworks())
                .extracting(Framework::id)
                .containsExactly("pm-default", "older-spelling");
    }

    @Test
    void thePrintedPlanHasTheNamesInEveryScript() throws IOException {
        long plan = planWithTheArabicMilestoneDone();

        byte[] pdf = new PdfPlanWriter().write(fixture.exports.report(plan, false));

        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // PDFBox reads the shaped forms back as letters and right-to-left lines in logical order.
            text = Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC);
            render(document);
        }
        assertThat(text)
                .contains("Стратегия продукта", "用户研究", "تحليل البيانات", "ניהול מוצר", "طريق المدير")
                .contains("أطلق تجربة A/B وقدّم القرار")
                .doesNotContain("?");
    }

    /** Page 2 (summary and gaps) as a picture under target/screenshots, to be looked at. */
    private static void render(PDDocument document) throws IOException {
        BufferedImage image = new PDFRenderer(document).renderImageWithDPI(1, 110);
        Path folder = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        Files.createDirectories(folder);
        ImageIO.write(image, "png", folder.resolve("any-script-plan-page2.png").toFile());
    }

    private static byte[] renamed(String file) {
        return new String(resource(file), StandardCharsets.UTF_8)
                .replace("Стратегия продукта", "Продуктовая стратегия")
                .getBytes(StandardCharsets.UTF_8);
    }
}
