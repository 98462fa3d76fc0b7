package io.ascent.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentencesTest {

    @Test
    void chineseSentencesFollowEachOtherWithoutASpaceOthersWithOne() {
        assertThat(I18n.sentences("已有另一个密钥。", "如要替换，请加上 --replace。")).isEqualTo("已有另一个密钥。如要替换，请加上 --replace。");
        assertThat(I18n.sentences("Dana Lee（密钥 9b28）", "x")).isEqualTo("Dana Lee（密钥 9b28）x");
        assertThat(I18n.sentences("Another key.", "Add --replace.")).isEqualTo("Another key. Add --replace.");
        assertThat(I18n.sentences("", "Add --replace.")).isEqualTo("Add --replace.");
    }
}
