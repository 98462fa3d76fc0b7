package io.ascent.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.text.I18n;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The exit-code convention of the README ("0 done, 1 refused, 2 misuse: an unknown option, a
 * missing value, a date that is not a date") held by every command, and a date that is not a date
 * refused in plain words: which option, what was given, the form expected, in the chosen language.
 */
class CliUsageTest {

    @TempDir
    Path dir;

    private CliRunner cli;
    private String checksum;

    @BeforeEach
    void plan() {
        cli = new CliRunner(dir.resolve("ascent.db"));
        CliRunner.Result created = cli.createPlan("Alpha", "--target-date", "2027-06-30");
        assertThat(created.code()).as(created.err()).isZero();
        checksum = cli.checksum();
    }

    @AfterEach
    void englishAgain() {
        I18n.setLocale(Locale.ENGLISH);
    }

    private CliRunner.Result run(String tag, String command) {
        String[] words = command.split(" ");
        for (int i = 0; i < words.length; i++) {
            words[i] = words[i].equals("''") ? "" : words[i];
        }
        String[] args = new String[words.length + 2];
        args[0] = "--lang";
        args[1] = tag;
        System.arraycopy(words, 0, args, 2, words.length);
        return cli.cmd(args);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en    | plan reached Alpha --date 2027-02-31 | --date needs a date written YYYY-MM-DD (such as 2027-06-30); '2027-02-31' is not one
            es    | plan reached Alpha --date 2027-02-31 | --date necesita una fecha escrita AAAA-MM-DD (como 2027-06-30); '2027-02-31' no lo es
            zh-CN | plan reached Alpha --date 2027-02-31 | --date 需要 YYYY-MM-DD 格式的日期（如 2027-06-30）；'2027-02-31' 不是有效日期
            en    | plan create --name Beta --level pm --target senior-pm --specialization growth --target-date 31/02/2027 | --target-date needs a date written YYYY-MM-DD (such as 2027-06-30); '31/02/2027' is not one
            en    | plan edit Alpha --target-date 31/02/2027 | --target-date needs a date written YYYY-MM-DD (such as 2027-06-30), or 'none' for no target date; '31/02/2027' is not one
            en    | win add Alpha --title Shipped --date 2027-13-01 | --date needs a date written YYYY-MM-DD (such as 2027-06-30); '2027-13-01' is not one
            en    | win list Alpha --from yesterday | --from needs a date written YYYY-MM-DD (such as 2027-06-30); 'yesterday' is not one
            en    | milestone add Alpha --competency product-strategy --level senior-pm --title Led --due 2027-02-30 | --due needs a date written YYYY-MM-DD (such as 2027-06-30); '2027-02-30' is not one
            """)
    void aDateThatIsNoDateSaysWhichOptionWhatWasGivenAndTheFormExpected(String tag, String command, String says) {
        CliRunner.Result result = run(tag, command);

        assertThat(result.code()).isEqualTo(Cli.USAGE);
        assertThat(result.errLine()).contains(says).doesNotContain("Exception", "java.", "Invalid value");
        assertThat(cli.checksum()).isEqualTo(checksum);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            win add Alpha --title ''                                                            | 2 | --title is empty
            milestone add Alpha --competency product-strategy --level senior-pm --title ''       | 2 | --title is empty
            plan create --name '' --level pm --target senior-pm --specialization growth          | 2 | --name is empty
            plan export Alpha --format md --out ''                                               | 2 | --out is empty
            plan create --name Beta --level pm --target senior-pm --specialization growth --target-date 2020-01-01 | 1 | The target date
            plan edit Alpha --target-date 2020-01-01                                             | 1 | The target date
            plan edit Alpha --level director                                                     | 1 | Director
            plan show Nobody                                                                     | 1 | No plan named "Nobody"
            """)
    void everyCommandFollowsTheExitCodeConvention(String command, int code, String says) {
        CliRunner.Result result = run("en", command);

        assertThat(result.code()).as(result.err()).isEqualTo(code);
        assertThat(result.errLine()).contains(says);
        assertThat(cli.checksum()).isEqualTo(checksum);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            zh-CN, 产品总监,           高级产品经理
            es,    Director de Producto, Senior PM
            """)
    void aLevelOrderRefusalNamesTheLevelsInTheChosenLanguage(String tag, String director, String senior) {
        CliRunner.Result result = run(tag, "plan edit Alpha --level director");

        assertThat(result.code()).isEqualTo(Cli.FAILED);
        assertThat(result.errLine()).contains(director, senior).doesNotContain("Director of Product");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            zh-CN | ， | ', '
            en    | ', '  | ，
            """)
    void planListJoinsTheReachedDayWithTheLanguagesComma(String tag, String comma, String notThis) {
        assertThat(cli.cmd("plan", "reached", "Alpha", "--date", "2026-11-01").code())
                .isZero();

        CliRunner.Result list = run(tag, "plan list");

        String alpha = list.out()
                .lines()
                .filter(l -> l.startsWith("Alpha"))
                .findFirst()
                .orElseThrow();
        assertThat(alpha).contains(comma).doesNotContain(notThis);
    }
}
