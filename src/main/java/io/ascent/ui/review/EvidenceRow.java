package io.ascent.ui.review;

import io.ascent.domain.review.EvidenceItem;
import io.ascent.domain.review.EvidenceVerdict;
import io.ascent.domain.review.EvidenceVerdict.Verdict;
import io.ascent.domain.review.GivenReview;
import io.ascent.domain.review.ReviewRequest;
import io.ascent.text.I18n;
import java.util.Optional;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** One piece of evidence under its competency, with "Confirmed" and "Needs more" for the reviewer. */
final class EvidenceRow extends VBox {

    private final ReviewDeskViewModel model;
    private final EvidenceItem item;
    private final ToggleGroup verdicts = new ToggleGroup();
    private boolean updating;
    private final ChangeListener<GivenReview> reviewListener = (obs, old, review) -> {
        if (review != null) {
            show(review.draft().verdict(key()));
        }
    };

    EvidenceRow(ReviewDeskViewModel model, ReviewRequest request, EvidenceItem item, boolean readOnly) {
        this.model = model;
        this.item = item;
        getStyleClass().add("review-evidence");
        setSpacing(4);
        String id = ReviewIds.safe(item.id());
        setId("evidence-" + id);
        Label title = new Label(item.title());
        title.getStyleClass().add("step-title");
        title.setWrapText(true);
        String when = item.date()
                .map(d -> I18n.t("review.evidence.done", I18n.date(d)))
                .orElse(item.isDone() ? "" : I18n.t("review.evidence.inProgress"));
        Label status = new Label(when);
        status.getStyleClass().add("hint");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        ToggleButton confirmed =
                toggle(I18n.t("review.verdict.CONFIRMED"), "verdict-" + id + "-confirmed", Verdict.CONFIRMED);
        ToggleButton needsMore =
                toggle(I18n.t("review.verdict.NEEDS_MORE"), "verdict-" + id + "-needs-more", Verdict.NEEDS_MORE);
        confirmed.setDisable(readOnly);
        needsMore.setDisable(readOnly);
        HBox heading = new HBox(8, title, status, gap, confirmed, needsMore);
        heading.setAlignment(Pos.CENTER_LEFT);
        getChildren().add(heading);
        if (!item.text().isBlank()) {
            Label text = new Label(item.text());
            text.setWrapText(true);
            getChildren().add(text);
        }
        item.links().forEach(link -> {
            Label l = new Label(link);
            l.getStyleClass().add("link-text");
            getChildren().add(l);
        });
        verdicts.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (!updating) {
                model.verdict(
                        item.kind(), item.id(), Optional.ofNullable(toggle).map(t -> (Verdict) t.getUserData()));
            }
        });
        model.reviewProperty().addListener(new WeakChangeListener<>(reviewListener));
        GivenReview shown = model.reviewProperty().get();
        show(shown == null ? Optional.empty() : shown.draft().verdict(key()));
    }

    private String key() {
        return item.key();
    }

    private ToggleButton toggle(String text, String id, Verdict verdict) {
        ToggleButton b = new ToggleButton(text);
        b.setId(id);
        b.setUserData(verdict);
        b.setToggleGroup(verdicts);
        return b;
    }

    private void show(Optional<EvidenceVerdict> verdict) {
        updating = true;
        try {
            verdicts.getToggles().stream()
                    .filter(t -> verdict.map(EvidenceVerdict::verdict)
                            .filter(t.getUserData()::equals)
                            .isPresent())
                    .findFirst()
                    .ifPresentOrElse(verdicts::selectToggle, () -> verdicts.selectToggle(null));
        } finally {
            updating = false;
        }
    }
}
