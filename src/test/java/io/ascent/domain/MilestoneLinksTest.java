package io.ascent.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MilestoneLinksTest {

    @ParameterizedTest(name = "{0} -> \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            https://docs.example.com/strategy?v=2#goals | ''
            http://intranet/wiki/Roadmap                | ''
            HTTPS://EXAMPLE.COM                         | ''
            mailto:manager@example.com                  | ''
            https://例え.jp/ページ                        | ''
            our roadmap doc                             | cannot contain spaces
            docs.example.com/strategy                   | is not a link. Start it with https://
            ftp://files.example.com/deck.pdf            | is not a link
            javascript:alert(1)                         | is not a link
            https://                                    | not a valid link
            mailto:                                     | not a valid link
            http:/nohost                                | has no address
            """)
    void linksAreWebOrMailAddresses(String link, String problem) {
        if (problem.isEmpty()) {
            assertThat(MilestoneLinks.problem(link)).isEmpty();
        } else {
            assertThat(MilestoneLinks.problem(link)).contains(problem);
        }
    }

    @Test
    void progressRefusesABadLinkAndKeepsGoodOnesStripped() {
        MilestoneProgress p = MilestoneProgress.todo("m1");

        assertThat(p.withLinks(List.of("  https://a.example  ")).links()).containsExactly("https://a.example");
        assertThatThrownBy(() -> p.withLinks(List.of("https://a.example", "notes.txt")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("notes.txt");
    }

    @Test
    void anEmptyLinkAsksForOne() {
        assertThat(MilestoneLinks.problem("   ")).startsWith("Paste a link first");
    }
}
