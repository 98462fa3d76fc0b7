package io.ascent.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlanNameTest {

    @Test
    void acceptsEmojiAndNonLatinNames() {
        assertThat(PlanName.problem("Путь к Senior PM 🚀")).isEmpty();
        assertThat(PlanName.check("  Ζωή PM  ")).isEqualTo("Ζωή PM");
    }

    @Test
    void explainsAnEmptyName() {
        assertThat(PlanName.problem("   ")).contains("Give the plan a name");
    }

    @Test
    void explainsAHugeName() {
        assertThat(PlanName.problem("x".repeat(10_000)))
                .contains("120 characters or fewer")
                .contains("10,000");
    }

    @Test
    void countsAnEmojiAsOneCharacter() {
        assertThat(PlanName.problem("\uD83D\uDE80".repeat(120))).isEmpty();
        assertThat(PlanName.problem("\uD83D\uDE80".repeat(121))).contains("(it has 121)");
    }

    @Test
    void rejectsLineBreaks() {
        assertThat(PlanName.problem("two\nlines")).contains("line breaks");
    }
}
