package io.ascent.service;

import io.ascent.domain.PlanSnapshot;
import io.ascent.domain.RhythmCalendar;
import io.ascent.domain.text.CalendarWords;
import io.ascent.persistence.files.CalendarFiles;
import io.ascent.persistence.files.Exports;
import io.ascent.text.I18n;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.function.LongFunction;

/**
 * A plan's rhythm as an iCalendar file for the user's calendar app: Plan &gt; Add to calendar...
 * and {@code plan calendar NAME --out FILE.ics} both write it here, through {@link Exports}.
 */
public class CalendarService {

    private final PlanService plans;
    private final CheckInService checkIns;
    private final RhythmService rhythms;
    private final LongFunction<UUID> planUuid;
    private final List<Path> keepOut;

    /** {@code planUuid} gives a plan's stable UUID, the same in every copy of the database. */
    public CalendarService(
            PlanService plans,
            CheckInService checkIns,
            RhythmService rhythms,
            LongFunction<UUID> planUuid,
            List<Path> keepOut) {
        this.plans = plans;
        this.checkIns = checkIns;
        this.rhythms = rhythms;
        this.planUuid = planUuid;
        this.keepOut = List.copyOf(keepOut);
    }

    /** The plan's calendar as iCalendar text. */
    public String calendar(long planId) {
        PlanSnapshot view = plans.open(planId);
        view.plan().reachedOn().ifPresent(day -> {
            throw new ValidationException(
                    I18n.t("calendar.error.reached", view.plan().name(), I18n.date(day)));
        });
        var events = RhythmCalendar.of(rhythms.context(view, checkIns.history(planId)), new CalendarWords());
        return new CalendarFiles()
                .write(
                        planUuid.apply(planId).toString(),
                        CalendarWords.calendarName(view.plan().name()),
                        events,
                        view.plan().updatedAt());
    }

    /**
     * Whether {@code target} exists (and would be replaced); refuses, before anything is made, a
     * target no export may write: the database and its files, a folder, a device, a pipe.
     */
    public boolean targetExists(Path target) {
        return Exports.check(target, keepOut);
    }

    /** Writes the calendar to {@code target} whole; an existing file only when {@code replace} says so. */
    public void export(long planId, Path target, boolean replace) {
        if (Exports.check(target, keepOut) && !replace) {
            throw new ValidationException(I18n.t("export.error.exists", target.toAbsolutePath()));
        }
        Exports.write(target, calendar(planId).getBytes(StandardCharsets.UTF_8), replace, keepOut);
    }
}
