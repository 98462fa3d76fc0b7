package io.ascent.app.cli;

import io.ascent.app.boot.AppContext;
import io.ascent.domain.review.Decision;
import io.ascent.domain.review.EvidenceItem;
import io.ascent.domain.review.EvidenceVerdict;
import io.ascent.domain.review.GivenReview;
import io.ascent.domain.review.ManagerRating;
import io.ascent.domain.review.ReviewDraft;
import io.ascent.persistence.sqlite.Opening;
import io.ascent.service.ValidationException;
import io.ascent.text.I18n;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code ascent review answer REQUEST ...}: the reviewer's answer in one command: the request is
 * opened in their database (made if there is none), the draft is what the options say, and the
 * signed response is written to {@code --out}.
 */
@Command(
        name = "answer",
        mixinStandardHelpOptions = true,
        description = "Answers a review request and writes the signed response.")
final class ReviewAnswerCommand implements Callable<Integer> {

    @ParentCommand
    private ReviewCommand review;

    @Spec
    private CommandSpec spec;

    @Parameters(
            paramLabel = "REQUEST",
            descriptionKey = "cli.param.requestFile",
            description = "The review request file (.ascent-review).")
    private Path requestFile;

    @Option(
            names = "--reviewer",
            required = true,
            paramLabel = "NAME",
            descriptionKey = "cli.option.reviewer",
            description = "Your name, as the response is signed.")
    private String reviewer;

    @Option(
            names = "--rate",
            paramLabel = "ID=LEVEL",
            descriptionKey = "cli.option.rate",
            description = "Your rating of a competency, e.g. product-strategy=senior-pm.")
    private List<String> rates = new ArrayList<>();

    @Option(
            names = "--comment",
            paramLabel = "ID=TEXT",
            descriptionKey = "cli.option.comment",
            description = "Your comment on a competency.")
    private List<String> comments = new ArrayList<>();

    @Option(
            names = "--confirm",
            paramLabel = "MILESTONE_ID",
            descriptionKey = "cli.option.confirm",
            description = "Evidence you confirm.")
    private List<String> confirmed = new ArrayList<>();

    @Option(
            names = "--needs-more",
            paramLabel = "MILESTONE_ID",
            descriptionKey = "cli.option.needsMore",
            description = "Evidence that needs more.")
    private List<String> needsMore = new ArrayList<>();

    @Option(
            names = "--decision",
            paramLabel = "DECISION",
            descriptionKey = "cli.option.decision",
            description = "ready, not-yet or ready-by:YYYY-MM-DD.",
            converter = DecisionConverter.class)
    private Decision decision;

    @Option(
            names = "--summary",
            paramLabel = "TEXT",
            descriptionKey = "cli.option.summary",
            description = "Your summary.")
    private String summary;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "FILE",
            descriptionKey = "cli.option.out",
            description = "File to write.")
    private Path out;

    @Option(names = "--force", descriptionKey = "cli.option.force", description = "Replace FILE if it exists.")
    private boolean force;

    @Override
    public Integer call() {
        // Read before the database is opened: a mistyped option leaves no new database behind.
        Map<String, String> rated = pairs(rates, "--rate");
        Map<String, String> commented = pairs(comments, "--comment");
        // Answering is what makes a reviewer's database: they need no plan of their own.
        try (AppContext app = review.root.open(Opening.CREATE)) {
            ReviewCommand.refuseExisting(app, out, force);
            var answers = app.reviews().answers();
            GivenReview given = answers.open(requestFile);
            answers.saveDraft(given.request().id(), draft(rated, commented));
            answers.send(given.request().id(), reviewer, out, force);
            var identity = app.reviews().keys().identity().orElseThrow();
            spec.commandLine()
                    .getOut()
                    .println(I18n.t(
                            "cli.review.answered",
                            out.toAbsolutePath(),
                            given.request().plan().name(),
                            identity.name(),
                            identity.fingerprint()));
            return 0;
        }
    }

    /** The draft the options describe: a competency rated, commented, or both; verdicts on milestones. */
    private ReviewDraft draft(Map<String, String> rates, Map<String, String> comments) {
        List<String> ids = new ArrayList<>(rates.keySet());
        comments.keySet().stream().filter(id -> !ids.contains(id)).forEach(ids::add);
        try {
            List<ManagerRating> ratings = ids.stream()
                    .map(id -> new ManagerRating(id, Optional.ofNullable(rates.get(id)), comments.get(id)))
                    .toList();
            List<EvidenceVerdict> verdicts = new ArrayList<>();
            confirmed.forEach(id -> verdicts.add(verdict(id, EvidenceVerdict.Verdict.CONFIRMED)));
            needsMore.forEach(id -> verdicts.add(verdict(id, EvidenceVerdict.Verdict.NEEDS_MORE)));
            return new ReviewDraft(ratings, verdicts, summary, Optional.ofNullable(decision));
        } catch (IllegalArgumentException e) {
            throw new ValidationException(e.getMessage());
        }
    }

    /**
     * {@code ID=VALUE} arguments of {@code option} in order; one without "=" or a second one for
     * the same id is a usage error (exit 2), not a silent choice of the last.
     */
    private Map<String, String> pairs(List<String> args, String option) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq <= 0) {
                throw new ParameterException(spec.commandLine(), I18n.t("cli.review.pairFormat", option, arg));
            }
            String id = arg.substring(0, eq);
            if (pairs.putIfAbsent(id, arg.substring(eq + 1)) != null) {
                throw new ParameterException(spec.commandLine(), I18n.t("cli.review.repeatedOption", option, id));
            }
        }
        return pairs;
    }

    private static EvidenceVerdict verdict(String milestoneId, EvidenceVerdict.Verdict verdict) {
        return new EvidenceVerdict(EvidenceItem.MILESTONE, milestoneId.strip(), verdict, "");
    }
}
