package io.ascent.service.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.LadderTexts;
import io.ascent.domain.CheckIn;
import io.ascent.domain.Framework;
import io.ascent.domain.MilestoneProgress;
import io.ascent.domain.MilestoneStatus;
import io.ascent.domain.PlanArchive;
import io.ascent.domain.PlanDraft;
import io.ascent.domain.PlanSnapshot;
import io.ascent.service.PlanFixture;
import io.ascent.text.I18n;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 19: the printed plan (PDF and Markdown) in Chinese or Spanish holds no English text of the
 * default ladder, checked by extracting the text and looking for every English text the translation
 * replaced. What the user wrote stays as typed, and published titles and authors as published.
 */
class LadderLanguageReportTest {

    @TempDir
    Path dir;

    private PlanFixture fixture;
    private final List<Long> plans = new ArrayList<>();

    @BeforeEach
    void open() {
        fixture = PlanFixture.open(dir.resolve("ascent.db"));
        // Each track to its top, and the usual first step, in each specialization, with progress.
        plans.add(fixture.realisticPlan("Road to Senior PM"));
        plans.add(plan("To Principal", "apm", "principal-pm", "user-experience"));
        plans.add(plan("To Director", "apm", "director", "monetization"));
    }

    @AfterEach
    void close() {
        fixture.close();
        I18n.setLocale(Locale.ENGLISH);
    }

    private long plan(String name, String current, String target, String specialization) {
        long id = fixture.plans
                .create(new PlanDraft(name, "pm-default", current, target, specialization, Optional.empty()))
                .id();
        PlanSnapshot view = fixture.plans.open(id);
        for (int i = 0; i < view.items().size(); i += 7) {
            fixture.plans.saveProgress(
                    id,
                    view.progressOf(view.items().get(i).id()),
                    view.progressOf(view.items().get(i).id())
                            .withStatus(MilestoneStatus.DONE, LocalDate.of(2026, 10, 1))
                            .withEvidence("Shipped it, see the review notes (" + i + ")."));
        }
        return id;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"zh-CN", "es"})
    void thePdfOfEveryPlanHoldsNoEnglishLadderText(String language) throws IOException {
        I18n.setLocale(Locale.forLanguageTag(language));
        Framework ladder = fixture.frameworks.defaultFramework();
        assertThat(LadderTexts.replacedIn(ladder, language)).hasSizeGreaterThan(1000);

        for (long plan : plans) {
            byte[] pdf = new PdfPlanWriter().write(fixture.exports.report(plan, true));

            assertThat(LadderTexts.leftInEnglish(text(pdf), ladder, language, written(plan)))
                    .as("English ladder text in the %s PDF of plan %d", language, plan)
                    .isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"zh-CN", "es"})
    void theMarkdownOfEveryPlanHoldsNoEnglishLadderText(String language) {
        I18n.setLocale(Locale.forLanguageTag(language));
        Framework ladder = fixture.frameworks.defaultFramework();

        for (long plan : plans) {
            String md = new MarkdownPlanWriter().write(fixture.exports.report(plan, true));

            assertThat(LadderTexts.leftInEnglish(md, ladder, language, written(plan)))
                    .as("English ladder text in the %s Markdown of plan %d", language, plan)
                    .isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"zh-CN", "es"})
    void theCheckCatchesEnglishLadderTextLeftInAPrintout(String language) throws IOException {
        I18n.setLocale(Locale.forLanguageTag(language));
        Framework ladder = fixture.frameworks.defaultFramework();
        String english = ladder.competency("product-strategy").orElseThrow().title();

        assertThat(LadderTexts.leftInEnglish("Plan: " + english + "\n", ladder, language, List.of()))
                .containsExactly(english);
        // The same plan printed in English is full of the texts the translation replaces.
        I18n.setLocale(Locale.ENGLISH);
        byte[] pdf = new PdfPlanWriter().write(fixture.exports.report(plans.get(2), true));
        assertThat(LadderTexts.leftInEnglish(text(pdf), ladder, language, written(plans.get(2))))
                .hasSizeGreaterThan(100);
    }

    /** What the user wrote into a plan: its name, evidence, notes, links and check-in notes. */
    private List<String> written(long plan) {
        PlanArchive archive = fixture.exports.archive(plan);
        List<String> texts = new ArrayList<>(List.of(archive.plan().name()));
        for (MilestoneProgress p : archive.progress()) {
            texts.add(p.evidence());
            texts.add(p.notes());
            texts.addAll(p.links());
        }
        archive.checkIns().stream().map(CheckIn::note).forEach(texts::add);
        return texts;
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
