package io.ascent.service.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.domain.Framework;
import io.ascent.domain.Impact;
import io.ascent.domain.Win;
import io.ascent.domain.packet.CommitteeQuestion;
import io.ascent.domain.packet.CommitteeRules;
import io.ascent.persistence.files.FrameworkReader;
import io.ascent.text.I18n;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The committee's question on an impact claim names what the claim lacks, and asks for that. */
class PacketQuestionsTest {

    private static final Framework LADDER = new FrameworkReader().readDefault();

    @AfterEach
    void english() {
        I18n.setLocale(Locale.ENGLISH);
    }

    private static String question(String title, Impact impact) {
        Win win = new Win(
                7,
                LocalDate.of(2026, 10, 2),
                title,
                "",
                impact,
                List.of(),
                List.of("product-strategy"),
                List.of(),
                true);
        List<CommitteeQuestion> asked = CommitteeRules.claimsWithoutBaseline(List.of(win));
        assertThat(asked).hasSize(1);
        return PacketQuestions.words(asked.get(0), LADDER, List.of(win));
    }

    @Test
    void eachQuestionSaysWhatTheClaimLacks() {
        I18n.setLocale(Locale.ENGLISH);

        assertThat(question("Launched usage-based pricing pilot", new Impact("Net revenue retention", "104%", "", "")))
                .isEqualTo("“Launched usage-based pricing pilot”: the impact has no value after. Came to what?");
        assertThat(question("Sped up checkout", new Impact("Checkout time", "", "9 s", "led")))
                .isEqualTo("“Sped up checkout”: the impact has no value before. Moved from what?");
        assertThat(question("Grew signups", new Impact("", "1,200", "1,900", "")))
                .isEqualTo("“Grew signups”: the impact has no metric. Which number moved?");
        assertThat(question("Signed early", new Impact("", "", "Signed 3 weeks early", "led")))
                .isEqualTo("“Signed early”: the impact has no metric and no value before."
                        + " Which number moved, from what, to what?");
    }

    @Test
    void theQuestionIsAskedInTheUsersLanguage() {
        I18n.setLocale(Locale.forLanguageTag("es"));
        assertThat(question("Piloto", new Impact("NRR", "", "", "")))
                .isEqualTo("“Piloto”: el impacto no tiene valor de partida ni valor final."
                        + " ¿Qué cifra cambió, de cuánto a cuánto?");

        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(question("试点", new Impact("NRR", "104%", "", ""))).isEqualTo("“试点”：影响缺少结果值。最后达到多少？");
    }
}
