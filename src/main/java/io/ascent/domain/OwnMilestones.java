package io.ascent.domain;

import java.util.Collection;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Ids of a user's own milestones: {@code own:} and six letters or digits, e.g. {@code own:k3x9qa}.
 * A framework id has no {@code :} ({@link InputRules#ID}) and an expectation item's id is two
 * framework ids joined by {@code @}, so an own id can never name either. Made at random once, when
 * the milestone is added, and kept from then on (plan files carry it), so progress, check-ins and
 * the command line can name the milestone for good.
 */
public final class OwnMilestones {

    public static final String PREFIX = "own:";

    private static final Pattern ID = Pattern.compile("own:[a-z0-9]{6}");
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

    private OwnMilestones() {}

    public static boolean isId(String text) {
        return text != null && ID.matcher(text).matches();
    }

    /** A new id that none of {@code taken} has. */
    public static String newId(RandomGenerator random, Collection<String> taken) {
        Set<String> used = taken.stream().collect(Collectors.toSet());
        while (true) {
            StringBuilder id = new StringBuilder(PREFIX);
            for (int i = 0; i < 6; i++) {
                id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            if (!used.contains(id.toString())) {
                return id.toString();
            }
        }
    }
}
