package io.ascent.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ascent.domain.ActionItem;
import io.ascent.domain.Cadence;
import io.ascent.domain.MilestoneStatus;
import io.ascent.persistence.files.PlanFormatException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanFileRoundTripTest {

    @TempDir
    Path dir;

    private PlanFixture source;
    private PlanFixture target;
    private long planId;

    @BeforeEach
    void open() {
        source = PlanFixture.open(dir.resolve("source.db"));
        target = PlanFixture.open(dir.resolve("target.db"));
        planId = source.realisticPlan("Road to Senior PM");
    }

    @AfterEach
    void close() {
        source.close();
        target.close();
    }

    private String json(PlanFixture fixture, long id, boolean notes) {
        return new String(fixture.exports.render(id, ExportFormat.JSON, notes), StandardCharsets.UTF_8);
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void exportImportExportGivesIdenticalJson() throws IOException {
        String first = json(source, planId, true);

        long imported = target.exports
                .importPlan(file("plan.json", first), Optional.empty())
                .id();

        assertThat(json(target, imported, true)).isEqualTo(first);
        assertThat(target.exports.archive(imported).ratings())
                .isEqualTo(source.exports.archive(planId).ratings())
                .hasSize(4);
        assertThat(target.checkIns.history(imported))
                .singleElement()
                .satisfies(c -> assertThat(c.note()).isEqualTo(PlanFixture.CHECK_IN_NOTE));
        assertThat(target.plans.open(imported).readiness())
                .isEqualTo(source.plans.open(planId).readiness());
    }

    @Test
    void aPlansCadenceTravelsInThePlanFileAndADefaultOneIsLeftOut() throws IOException {
        assertThat(json(source, planId, false)).doesNotContain("rhythm");
        source.rhythms.setCadence(planId, new Cadence(6, Optional.empty(), 12));
        String first = json(source, planId, false);

        long imported = target.exports
                .importPlan(file("plan.json", first), Optional.empty())
                .id();

        assertThat(first).contains("\"checkInWeeks\" : 6").doesNotContain("oneOnOneWeeks");
        assertThat(target.rhythms.cadence(imported)).isEqualTo(new Cadence(6, Optional.empty(), 12));
        assertThat(json(target, imported, false)).isEqualTo(first);
    }

    @Test
    void the1on1LogTravelsWithItsTextOnlyWhenPrivateNotesAreIncluded() throws IOException {
        source.oneOnOnes.addQuestion(planId, "Promotion timing?");
        source.oneOnOnes.record(
                planId,
                LocalDate.of(2026, 11, 20),
                "# My agenda",
                List.of("I lead the pricing test"),
                List.of(new ActionItem(
                        "Draft the test plan", Optional.of(LocalDate.of(2026, 12, 1)), Optional.empty())),
                List.of());
        String withNotes = json(source, planId, true);
        String without = json(source, planId, false);

        long imported = target.exports
                .importPlan(file("plan.json", withNotes), Optional.empty())
                .id();

        assertThat(json(target, imported, true)).isEqualTo(withNotes);
        assertThat(target.oneOnOnes.log(imported))
                .singleElement()
                .satisfies(m -> assertThat(m.actionItems())
                        .extracting(ActionItem::text)
                        .containsExactly("Draft the test plan"));
        assertThat(target.oneOnOnes.questions(imported))
                .extracting(q -> q.text())
                .containsExactly("Promotion timing?");
        assertThat(withNotes).contains("\"formatVersion\" : 2").contains("I lead the pricing test");
        assertThat(without)
                .contains("\"heldOn\" : \"2026-11-20\"")
                .doesNotContain("I lead the pricing test")
                .doesNotContain("Draft the test plan")
                .doesNotContain("Promotion timing?")
                .doesNotContain("My agenda");
    }

    @Test
    void aRhythmInAVersion1FileIsRefused() throws IOException {
        source.rhythms.setCadence(planId, new Cadence(6, Optional.empty(), 12));
        String old = json(source, planId, false).replace("\"formatVersion\" : 2", "\"formatVersion\" : 1");

        assertThatThrownBy(() -> target.exports.importPlan(file("old.json", old), Optional.empty()))
                .isInstanceOf(PlanFormatException.class)
                .hasMessageContaining("$.rhythm");
        assertThat(target.plans.plans()).isEmpty();
    }

    @Test
    void winsAndTheRhythmTravelTogetherInOneFileExactly() throws IOException {
        source.addWins(planId);
        source.rhythms.setCadence(planId, new Cadence(6, Optional.of(1), 12));
        source.oneOnOnes.addQuestion(planId, "Promotion timing?");
        source.oneOnOnes.record(
                planId,
                LocalDate.of(2026, 11, 20),
                "# agenda",
                List.of("I lead the pricing test"),
                List.of(),
                List.of());
        String first = json(source, planId, true);

        long imported = target.exports
                .importPlan(file("plan.json", first), Optional.empty())
                .id();

        assertThat(json(target, imported, true)).isEqualTo(first);
        assertThat(first).contains("\"formatVersion\" : 2").contains(PlanFixture.SECRET_WIN);
        assertThat(first.indexOf("\"wins\" :")).isPositive().isLessThan(first.indexOf("\"rhythm\" :"));
        assertThat(target.wins.wins(imported)).hasSize(4);
        assertThat(target.rhythms.cadence(imported)).isEqualTo(new Cadence(6, Optional.of(1), 12));
        assertThat(target.oneOnOnes.log(imported))
                .singleElement()
                .satisfies(m -> assertThat(m.decisions()).containsExactly("I lead the pricing test"));
        assertThat(target.oneOnOnes.questions(imported)).hasSize(1);
    }

    @Test
    void winsInAVersion1FileAreRefused() throws IOException {
        source.addWins(planId);
        String old = json(source, planId, false).replace("\"formatVersion\" : 2", "\"formatVersion\" : 1");

        assertThatThrownBy(() -> target.exports.importPlan(file("old.json", old), Optional.empty()))
                .isInstanceOf(PlanFormatException.class)
                .hasMessageContaining("$.wins");
        assertThat(target.plans.plans()).isEmpty();
    }

    @Test
    void aCadenceOutOfRangeInAPlanFileIsRefusedWithItsReason() throws IOException {
        source.rhythms.setCadence(planId, new Cadence(6, Optional.of(3), 12));
        String bad = json(source, planId, false).replace("\"oneOnOneWeeks\" : 3", "\"oneOnOneWeeks\" : 40");

        assertThatThrownBy(() -> target.exports.importPlan(file("bad.json", bad), Optional.empty()))
                .isInstanceOf(PlanFormatException.class)
                .hasMessageContaining("A 1:1 every 40 weeks cannot be kept");
        assertThat(target.plans.plans()).isEmpty();
    }

    @Test
    void notesStayOutOfTheFileUnlessIncluded() {
        assertThat(json(source, planId, false))
                .doesNotContain(PlanFixture.SECRET_NOTE)
                .doesNotContain(PlanFixture.CHECK_IN_NOTE)
                .contains("\"privateNotesIncluded\" : false");
        assertThat(json(source, planId, true)).contains(PlanFixture.SECRET_NOTE);
    }

    @Test
    void fileHasTheDocumentedShape() {
        String json = json(source, planId, false);

        assertThat(json)
                .startsWith("{\n  \"formatVersion\" : 1,\n  \"kind\" : \"ascent-plan\"")
                .contains(
                        "\"framework\" : \"pm-default\"",
                        "\"targetDate\" : \"2027-06-30\"",
                        "\"createdAt\" : \"2026-11-28T10:00:00Z\"",
                        "\"status\" : \"DONE\"",
                        "\"doneDate\" : \"2026-09-01\"",
                        "\"competency\" : \"performance-metrics\"",
                        "\"justification\" : \"Owns the area's vision\"",
                        "\"takenAt\" : \"2026-11-28T10:00:00Z\"",
                        "\"doneMilestones\" : [ \"",
                        "\"links\" : [ \"" + PlanFixture.EVIDENCE_LINK + "\" ]");
    }

    @Test
    void aNameThatIsTakenIsRefusedAndNothingChanges() throws IOException {
        Path file = file("plan.json", json(source, planId, true));

        assertThatThrownBy(() -> source.exports.importPlan(file, Optional.empty()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("already exists");
        assertThat(source.plans.plans()).hasSize(1);
        assertThat(source.exports
                        .importPlan(file, Optional.of("Copy of the road"))
                        .name())
                .isEqualTo("Copy of the road");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            malformed     | {"formatVersion": 1, "kind": "ascent-plan", "plan": {                                    | not valid JSON
            newer version | {"formatVersion": 3, "kind": "ascent-plan", "future": true}                             | written by a newer Ascent (plan format version 3
            not a plan    | {"formatVersion": 1, "id": "pm-default", "levels": []}                                    | not an Ascent plan file ("kind" should be
            other kind    | {"formatVersion": 1, "kind": "ascent-framework"}                                          | not an Ascent plan file
            no version    | [1, 2, 3]                                                                                 | expected a JSON object
            bad status    | {"formatVersion": 1, "kind": "ascent-plan", "plan": null, "progress": [{"milestone": "x", "status": "FINISHED"}]} | at $.progress[0].status
            bad date      | {"formatVersion": 1, "kind": "ascent-plan", "plan": {"targetDate": "next year"}}          | "next year" is not a date
            no plan       | {"formatVersion": 1, "kind": "ascent-plan"}                                               | the file has no "plan"
            """)
    void aBrokenFileIsExplainedAndNothingChanges(String what, String content, String says) throws IOException {
        Path file = file("broken.json", content);

        assertThatThrownBy(() -> target.exports.importPlan(file, Optional.empty()))
                .isInstanceOf(PlanFormatException.class)
                .hasMessageContaining("broken.json")
                .hasMessageContaining(says);
        assertThat(target.plans.plans()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            framework not installed | "framework" : "pm-default"        | "framework" : "acme-ladder"      | 'acme-ladder', which is not installed
            unknown level           | "currentLevel" : "pm"             | "currentLevel" : "cto"           | the level 'cto' is not in the framework
            unknown specialization  | "specialization" : "growth"       | "specialization" : "sales"       | is not a specialization of Product Management ladder
            unknown milestone       | "status" : "DONE"                 | "status" : "DONE", "milestone2" : 1 | unknown field "milestone2"
            done date but not done  | "status" : "DONE"                 | "status" : "TODO"                | has a done date but is not done
            rating at unknown level | "level" : "apm"                   | "level" : "cto"                  | the rating of 'performance-metrics' at 'cto' does not fit
            """)
    void aFileThatDoesNotFitThisDatabaseIsRefused(String what, String from, String to, String says) throws IOException {
        Path file = file(
                "plan.json",
                json(source, planId, false).replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to)));

        assertThatThrownBy(() -> target.exports.importPlan(file, Optional.empty()))
                .hasMessageContaining(says);
        assertThat(target.plans.plans()).isEmpty();
    }

    @Test
    void aMilestoneTheFrameworkDoesNotKnowIsRefused() throws IOException {
        String json = json(source, planId, false);
        String firstId = source.plans.open(planId).items().get(0).id();
        Path file = file("plan.json", json.replace("\"" + firstId + "\"", "\"retired.milestone\""));

        assertThatThrownBy(() -> target.exports.importPlan(file, Optional.empty()))
                .hasMessageContaining("the milestone 'retired.milestone' is not in the framework");
        assertThat(target.plans.plans()).isEmpty();
    }

    /**
     * fixtures/round1-plan-a.json was written by the first round's build, on the first edition of
     * the default ladder: its progress on a milestone the second edition retired moves to the
     * milestone that replaced it, and its check-ins keep the ids they were taken with.
     */
    @Test
    void aPlanFileWrittenOnTheFirstEditionImportsWithItsProgressMoved() throws IOException {
        Path file = dir.resolve("round1-plan-a.json");
        try (var in = PlanFileRoundTripTest.class.getResourceAsStream("/fixtures/round1-plan-a.json")) {
            Files.copy(in, file);
        }

        long id = target.exports.importPlan(file, Optional.empty()).id();

        var view = target.plans.open(id);
        // id-map.md: people-leadership.senior-pm.1 "replaced by people-leadership.senior-pm.4".
        assertThat(view.progress()).doesNotContainKey("people-leadership.senior-pm.1");
        assertThat(view.progressOf("people-leadership.senior-pm.4").status()).isEqualTo(MilestoneStatus.IN_PROGRESS);
        assertThat(view.progressOf("people-leadership.senior-pm.4").evidence())
                .isEqualTo("Mentoring one APM since September");
        assertThat(view.progressOf("product-strategy.senior-pm.1").isDone()).isTrue();
        assertThat(target.checkIns.history(id))
                .extracting(c -> c.readiness().required())
                .containsOnly(54);
    }
}
