package io.ascent.app.cli;

import io.ascent.app.boot.AppContext;
import io.ascent.persistence.sqlite.Opening;
import io.ascent.service.ReviewerKeyExistsException;
import io.ascent.service.ValidationException;
import io.ascent.text.I18n;
import java.io.Console;
import java.nio.file.Path;
import java.util.Arrays;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code ascent review key export|import}: the reviewer's signing key to and from a file
 * encrypted with a passphrase, typed at the prompt or read from the first line of a file.
 */
@Command(name = "key", mixinStandardHelpOptions = true, description = "Move your reviewer key to another computer.")
final class ReviewKeyCommand {

    @ParentCommand
    private ReviewCommand review;

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--passphrase-file",
            paramLabel = "FILE",
            scope = picocli.CommandLine.ScopeType.INHERIT,
            descriptionKey = "cli.option.passphraseFile",
            description = "Read the passphrase from the first line of this file instead of asking.")
    private Path passphraseFile;

    @Command(
            name = "export",
            mixinStandardHelpOptions = true,
            description = "Writes your reviewer key, encrypted with a passphrase.")
    int export(
            @Option(
                            names = "--out",
                            required = true,
                            paramLabel = "FILE",
                            descriptionKey = "cli.option.out",
                            description = "File to write.")
                    Path out,
            @Option(names = "--force", descriptionKey = "cli.option.force", description = "Replace FILE if it exists.")
                    boolean force) {
        try (AppContext app = review.root.open(Opening.READ)) {
            ReviewCommand.refuseExisting(app, out, force);
            char[] passphrase = passphrase();
            try {
                var identity = app.reviews().keys().exportKey(out, passphrase, force);
                spec.commandLine()
                        .getOut()
                        .println(I18n.t(
                                "cli.review.keyExported",
                                out.toAbsolutePath(),
                                identity.name(),
                                identity.fingerprint()));
            } finally {
                Arrays.fill(passphrase, '\0');
            }
            return 0;
        }
    }

    @Command(
            name = "import",
            mixinStandardHelpOptions = true,
            description = "Makes the key in a key file the one you sign reviews with.")
    int importKey(
            @Parameters(
                            paramLabel = "FILE",
                            descriptionKey = "cli.param.keyFile",
                            description = "A key file written by 'review key export'.")
                    Path file,
            @Option(
                            names = "--replace",
                            descriptionKey = "cli.option.replaceKey",
                            description = "Replace the key this database already signs with.")
                    boolean replace) {
        // Asked first: a passphrase that cannot be read leaves no new database behind.
        char[] passphrase = passphrase();
        // A new computer's database is made by importing the key into it.
        try (AppContext app = review.root.open(Opening.CREATE)) {
            try {
                var identity = app.reviews().keys().importKey(file, passphrase, replace);
                spec.commandLine()
                        .getOut()
                        .println(I18n.t("cli.review.keyImported", identity.name(), identity.fingerprint()));
            } catch (ReviewerKeyExistsException e) {
                throw new ValidationException(
                        I18n.sentences(e.getMessage(), I18n.t("cli.review.replaceHint", "--replace")));
            } finally {
                Arrays.fill(passphrase, '\0');
            }
            return 0;
        }
    }

    private char[] passphrase() {
        if (passphraseFile != null) {
            return PassphraseFile.read(passphraseFile);
        }
        Console console = System.console();
        if (console == null) {
            throw new ValidationException(I18n.t("cli.review.noConsole", "--passphrase-file"));
        }
        char[] typed = console.readPassword("%s", I18n.t("cli.review.passphrasePrompt"));
        return typed == null ? new char[0] : typed;
    }
}
