package io.ascent.domain.packet;

import io.ascent.domain.InputRules;
import io.ascent.text.I18n;
import java.time.LocalDate;
import java.util.Objects;

/** The days a promotion packet argues over, both ends included. */
public record PacketPeriod(LocalDate from, LocalDate to) {

    /** The length of the period's end that must hold some evidence ("nothing in the last 90 days"). */
    public static final int RECENT_DAYS = 90;

    public PacketPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        InputRules.requireDateInRange(from, "input.field.packetFrom");
        InputRules.requireDateInRange(to, "input.field.packetTo");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException(I18n.t("packet.error.period", I18n.date(from), I18n.date(to)));
        }
    }

    /**
     * The year up to {@code today}: the default period. It starts no earlier than the first day
     * Ascent accepts, so an end given alone (1900-01-01) never brings a start the user did not type.
     */
    public static PacketPeriod yearTo(LocalDate today) {
        LocalDate start = today.minusYears(1).plusDays(1);
        return new PacketPeriod(start.isBefore(InputRules.MIN_DATE) ? InputRules.MIN_DATE : start, today);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    /** Whether {@code date} is in the last {@value #RECENT_DAYS} days of the period. */
    public boolean isRecent(LocalDate date) {
        return contains(date) && date.isAfter(to.minusDays(RECENT_DAYS));
    }
}
