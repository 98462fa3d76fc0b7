package io.ascent.service;

import io.ascent.domain.PlanSnapshot;
import io.ascent.domain.packet.PacketPeriod;
import io.ascent.domain.review.ReceivedReview;
import io.ascent.persistence.files.Exports;
import io.ascent.service.report.MarkdownPacketWriter;
import io.ascent.service.report.PacketBuilder;
import io.ascent.service.report.PacketReport;
import io.ascent.service.report.PdfPacketWriter;
import io.ascent.text.I18n;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The promotion packet: the case for the plan's target level over a period, with the questions a
 * committee will ask, as a PDF or Markdown file written through {@link Exports}.
 */
public class PacketService {

    private final PlanService plans;
    private final AssessmentService assessments;
    private final WinService wins;
    private final Function<Long, Optional<ReceivedReview>> reviews;
    private final Clock clock;
    private final List<Path> keepOut;

    /** {@code reviews} gives a plan's current manager review; {@code keepOut} the files no packet may replace. */
    public PacketService(
            PlanService plans,
            AssessmentService assessments,
            WinService wins,
            Function<Long, Optional<ReceivedReview>> reviews,
            Clock clock,
            List<Path> keepOut) {
        this.plans = plans;
        this.assessments = assessments;
        this.wins = wins;
        this.reviews = reviews;
        this.clock = clock;
        this.keepOut = List.copyOf(keepOut);
    }

    /** The year up to today: the period when none is given. */
    public PacketPeriod defaultPeriod() {
        return PacketPeriod.yearTo(LocalDate.now(clock));
    }

    /** The period from {@code from} (default: a year before {@code to}) to {@code to} (default: today). */
    public PacketPeriod period(Optional<LocalDate> from, Optional<LocalDate> to) {
        LocalDate end = to.orElse(LocalDate.now(clock));
        try {
            return new PacketPeriod(from.orElse(PacketPeriod.yearTo(end).from()), end);
        } catch (IllegalArgumentException e) {
            throw new ValidationException(e.getMessage());
        }
    }

    public PacketReport packet(long planId, PacketPeriod period) {
        PlanSnapshot view = plans.open(planId);
        return PacketBuilder.build(
                view,
                assessments.ratings(planId),
                wins.wins(planId),
                reviews.apply(planId),
                period,
                LocalDate.now(clock));
    }

    public byte[] render(long planId, ExportFormat format, PacketPeriod period) {
        PacketReport report = packet(planId, period);
        return switch (format) {
            case PDF -> new PdfPacketWriter().write(report);
            case MD -> new MarkdownPacketWriter().write(report).getBytes(StandardCharsets.UTF_8);
            case JSON -> throw new ValidationException(I18n.t("packet.error.format"));
        };
    }

    /** Whether {@code target} exists; refuses a target no export may write (the database, a folder). */
    public boolean targetExists(Path target) {
        return Exports.check(target, keepOut);
    }

    /** Writes the packet to {@code target} whole; an existing file only when {@code replace}. */
    public void export(long planId, ExportFormat format, PacketPeriod period, Path target, boolean replace) {
        if (Exports.check(target, keepOut) && !replace) {
            throw new ValidationException(I18n.t("export.error.exists", target.toAbsolutePath()));
        }
        Exports.write(target, render(planId, format, period), replace, keepOut);
    }
}
