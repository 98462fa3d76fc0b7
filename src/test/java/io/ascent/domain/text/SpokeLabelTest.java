package io.ascent.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpokeLabelTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Analytical skills                         | Analytical skills    |
            Product strategy and vision               | Product strategy     | and vision
            Roadmap development and prioritization    | Roadmap              | development and p…
            Communication and stakeholder negotiation | Communication and    | stakeholder negot…
            用户研究与反馈                            | 用户研究与反馈       |
            跨职能协作与利益相关方沟通谈判能力         | 跨职能协作与利益相   | 关方沟通谈判能力
            产品战略与愿景规划以及路线图制定和优先级排序 | 产品战略与愿景规划   | 以及路线图制定和…
            """)
    void aNameTakesAtMostTwoShortLinesBrokenBetweenWords(String title, String first, String second) {
        assertThat(SpokeLabel.lines(title))
                .containsExactlyElementsOf(second == null ? List.of(first) : List.of(first, second));
    }
}
