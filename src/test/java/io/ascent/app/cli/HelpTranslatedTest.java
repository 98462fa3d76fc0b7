package io.ascent.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every command's help is in the chosen language: each command has its description in all three
 * bundles, and each of its options and parameters names a key that all three bundles hold.
 * (picocli falls back to the English text in the annotation, so a missing key shows as English
 * help under {@code --lang es}.)
 */
class HelpTranslatedTest {

    @ParameterizedTest
    @ValueSource(strings = {"en", "es", "zh-CN"})
    void everyCommandOptionAndParameterHasItsText(String tag) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                "i18n.messages",
                Locale.forLanguageTag(tag),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        CommandLine root = Cli.create(
                (file, how) -> {
                    throw new AssertionError("no command runs here");
                },
                args -> {});
        List<String> missing = new ArrayList<>();
        collect(root, bundle, missing);
        assertThat(missing).as("keys missing from the %s bundle", tag).isEmpty();
    }

    private static void collect(CommandLine command, ResourceBundle bundle, List<String> missing) {
        String name = command.getCommandSpec().qualifiedName(".");
        boolean described =
                bundle.containsKey(name + ".usage.description") || bundle.containsKey(name + ".usage.description.0");
        if (!described) {
            missing.add(name + ".usage.description");
        }
        for (ArgSpec arg : command.getCommandSpec().args()) {
            if (arg instanceof OptionSpec option && (option.usageHelp() || option.versionHelp())) {
                continue;
            }
            String key = arg.descriptionKey();
            if (key == null || key.isEmpty()) {
                missing.add(name + " " + label(arg) + " (no descriptionKey)");
            } else if (!bundle.containsKey(key)) {
                missing.add(key + " (" + name + " " + label(arg) + ")");
            }
        }
        for (CommandLine sub : new LinkedHashSet<>(command.getSubcommands().values())) {
            if (!sub.getCommandSpec().usageMessage().hidden()) {
                collect(sub, bundle, missing);
            }
        }
    }

    private static String label(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }
}
