package io.ascent.app.cli;

import io.ascent.app.boot.AppContext;
import io.ascent.domain.Assessment;
import io.ascent.domain.Plan;
import io.ascent.domain.PlanSnapshot;
import io.ascent.domain.review.EvidenceChoice;
import io.ascent.domain.review.GivenReview;
import io.ascent.domain.review.RequestContents;
import io.ascent.domain.review.ReviewComparison;
import io.ascent.domain.review.ReviewRequest;
import io.ascent.persistence.sqlite.Opening;
import io.ascent.service.ReviewImportService.Imported;
import io.ascent.service.ReviewerKeyChangedException;
import io.ascent.service.ValidationException;
import io.ascent.text.I18n;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code ascent review ...}: ask for a review, answer one, bring the answer back, and show it
 * beside your own ratings. The person runs request, import and show; the reviewer runs answer
 * (and key, to move their signing key to another computer).
 */
@Command(
        name = "review",
        mixinStandardHelpOptions = true,
        description = "Ask for a manager review, answer one, import the answer and show it.",
        subcommands = {ReviewAnswerCommand.class, ReviewKeyCommand.class})
final class ReviewCommand {

    @ParentCommand
    AscentCommand root;

    @Spec
    private CommandSpec spec;

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** An existing file is replaced only with --force, as every command that writes a file does. */
    static void refuseExisting(AppContext app, Path file, boolean force) {
        if (app.exports().targetExists(file) && !force) {
            throw new ValidationException(I18n.t("cli.error.exists", file.toAbsolutePath()));
        }
    }

    @Command(name = "request", mixinStandardHelpOptions = true, description = "Writes a review request for a plan.")
    int request(
            @Parameters(paramLabel = "NAME", descriptionKey = "cli.param.planName", description = "Name of the plan.")
                    String name,
            @Option(
                            names = "--out",
                            required = true,
                            paramLabel = "FILE",
                            descriptionKey = "cli.option.out",
                            description = "File to write.")
                    Path file,
            @Option(
                            names = "--blind",
                            descriptionKey = "cli.option.blind",
                            description = "Leave your own ratings and justifications out of the request.")
                    boolean blind,
            @Option(
                            names = "--include-evidence",
                            paramLabel = "WHICH",
                            descriptionKey = "cli.option.includeEvidence",
                            description = "all, done (default) or none.",
                            converter = EvidenceChoiceConverter.class)
                    EvidenceChoice evidence,
            @Option(
                            names = "--from",
                            paramLabel = "YOUR_NAME",
                            descriptionKey = "cli.option.from",
                            description = "Your name, as your reviewer knows you.")
                    String from,
            @Option(names = "--force", descriptionKey = "cli.option.force", description = "Replace FILE if it exists.")
                    boolean force) {
        try (AppContext app = root.open(Opening.WRITE)) {
            Plan plan = Plans.named(app.plans(), name, err());
            refuseExisting(app, file, force);
            ReviewRequest request = app.reviews()
                    .requests()
                    .request(
                            plan.id(),
                            new RequestContents.Choices(
                                    Optional.ofNullable(from),
                                    blind,
                                    evidence == null ? EvidenceChoice.DONE : evidence),
                            file,
                            force);
            out().println(I18n.t(
                    blind ? "cli.review.requestedBlind" : "cli.review.requested",
                    file.toAbsolutePath(),
                    request.competencies().size(),
                    request.evidence().size()));
            return 0;
        }
    }

    @Command(
            name = "import",
            mixinStandardHelpOptions = true,
            description = "Imports a review response into the plan it answers.")
    int importResponse(
            @Parameters(
                            paramLabel = "FILE",
                            descriptionKey = "cli.param.responseFile",
                            description = "The response file (.ascent-review-response).")
                    Path file,
            @Option(
                            names = "--accept-new-key",
                            descriptionKey = "cli.option.acceptNewKey",
                            description = "Accept a reviewer's new key (they told you they have one).")
                    boolean acceptNewKey) {
        try (AppContext app = root.open(Opening.WRITE)) {
            Imported imported;
            try {
                imported = app.reviews().imports().importResponse(file, acceptNewKey);
            } catch (ReviewerKeyChangedException e) {
                throw new ValidationException(
                        I18n.sentences(e.getMessage(), I18n.t("cli.review.acceptHint", "--accept-new-key")));
            }
            var review = imported.review();
            out().println(I18n.t(
                    imported.newlyPinned() ? "cli.review.importedPinned" : "cli.review.imported",
                    imported.planName(),
                    review.reviewer().name(),
                    review.reviewer().fingerprint()));
            out().println(I18n.t("cli.review.showHint", "ascent review show \"" + imported.planName() + "\""));
            return 0;
        }
    }

    @Command(
            name = "show",
            mixinStandardHelpOptions = true,
            description = "Your ratings beside your reviewer's, with what to discuss.")
    int show(
            @Parameters(paramLabel = "NAME", descriptionKey = "cli.param.planName", description = "Name of the plan.")
                    String name) {
        try (AppContext app = root.open(Opening.READ)) {
            Plan plan = Plans.named(app.plans(), name, err());
            var current = app.reviews().requests().current(plan.id());
            if (current.isEmpty()) {
                out().println(I18n.t(
                        "cli.review.none",
                        plan.name(),
                        "ascent review request \"" + plan.name() + "\" --out review.ascent-review"));
                return 0;
            }
            PlanSnapshot view = app.plans().open(plan.id());
            Assessment assessment =
                    new Assessment(view.framework(), plan, app.assessments().ratings(plan.id()));
            ReviewText.print(
                    out(),
                    plan.name(),
                    ReviewComparison.of(assessment, current),
                    app.clock().getZone());
            return 0;
        }
    }

    @Command(name = "given", mixinStandardHelpOptions = true, description = "The reviews you gave, newest first.")
    int given() {
        try (AppContext app = root.open(Opening.READ)) {
            List<GivenReview> all = app.reviews().answers().given();
            if (all.isEmpty()) {
                out().println(I18n.t("cli.review.noneGiven"));
                return 0;
            }
            for (GivenReview g : all) {
                var plan = g.request().plan();
                String who = plan.requester().map(r -> r + " - ").orElse("") + plan.name();
                String state = g.sentAt()
                        .map(at -> I18n.t(
                                "cli.review.sentOn",
                                I18n.date(at.atZone(app.clock().getZone()).toLocalDate())))
                        .orElse(I18n.t("cli.review.draft"));
                out().println(Columns.pad(who, 48) + " " + state);
            }
            return 0;
        }
    }
}
