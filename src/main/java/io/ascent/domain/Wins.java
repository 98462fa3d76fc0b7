package io.ascent.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** Rules over a plan's wins that more than one screen or document needs. */
public final class Wins {

    /** Most impactful first ({@link Impact#weight()}), then newest: the order a packet shows them in. */
    public static final Comparator<Win> MOST_IMPACTFUL_FIRST =
            Comparator.comparingInt((Win w) -> w.impact().weight()).reversed().thenComparing(Win.NEWEST_FIRST);

    private Wins() {}

    /** The wins that may be shown to others, in the given order. */
    public static List<Win> shareable(List<Win> wins) {
        return wins.stream().filter(Win::shareable).toList();
    }

    /**
     * The ids the shareable wins among {@code wins} carry in anything sent to others (a review
     * request's evidence, and the manager's verdicts that come back): made from the win's own date
     * and title, so they say nothing about other wins, private ones included, as database ids
     * would by their gaps. Shareable wins with the same date and title are told apart by a count
     * in the order they were logged ("-2"). Win id to evidence id.
     */
    public static Map<Long, String> evidenceIds(List<Win> wins) {
        Map<Long, String> ids = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        shareable(wins).stream().sorted(Comparator.comparingLong(Win::id)).forEach(w -> {
            String hash = opaque(w.date() + "\n" + w.title());
            int n = seen.merge(hash, 1, Integer::sum);
            ids.put(w.id(), n == 1 ? hash : hash + "-" + n);
        });
        return ids;
    }

    private static String opaque(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "w" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The wins that serve as evidence for {@code milestoneId}, newest first. */
    public static List<Win> evidenceFor(List<Win> wins, String milestoneId) {
        return wins.stream()
                .filter(w -> w.countsFor(milestoneId))
                .sorted(Win.NEWEST_FIRST)
                .toList();
    }

    /** The date of the newest win. */
    public static Optional<LocalDate> lastLogged(List<Win> wins) {
        return wins.stream().map(Win::date).max(Comparator.naturalOrder());
    }

    /**
     * How many wins are dated after the day of {@code from} and up to the day of {@code to}, as seen
     * in {@code zone}: "3 wins logged between these check-ins".
     */
    public static int loggedBetween(List<Win> wins, Instant from, Instant to, ZoneId zone) {
        LocalDate start = LocalDate.ofInstant(from, zone);
        LocalDate end = LocalDate.ofInstant(to, zone);
        return (int) wins.stream()
                .filter(w -> w.date().isAfter(start) && !w.date().isAfter(end))
                .count();
    }

    /**
     * The whole weeks since the last win (or, with none, since the plan was made) when more than
     * {@code cadenceDays} ({@link Cadence#checkInDays()}) have passed, for the "no win logged in N
     * weeks" nudge; empty otherwise.
     */
    public static OptionalInt weeksWithoutWin(
            Optional<LocalDate> lastWin, LocalDate planCreated, LocalDate today, int cadenceDays) {
        LocalDate since = lastWin.orElse(planCreated);
        long days = ChronoUnit.DAYS.between(since, today);
        return days > cadenceDays ? OptionalInt.of((int) (days / 7)) : OptionalInt.empty();
    }
}
