package io.ascent.domain;

import io.ascent.text.I18n;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The rule for links on a milestone: web addresses (http, https) and e-mail addresses
 * (mailto). Checked loosely, because the point is to catch "forgot to paste the link", not to
 * prove an address exists.
 */
public final class MilestoneLinks {

    public static final int MAX_LINKS = 50;
    public static final int MAX_LENGTH = 2_000;
    private static final Set<String> SCHEMES = Set.of("http", "https", "mailto");

    private MilestoneLinks() {}

    /** Why {@code link} is not a usable link, or an empty string when it is. */
    public static String problem(String link) {
        if (link == null || link.isBlank()) {
            return I18n.t("domain.link.empty");
        }
        String text = link.strip();
        if (text.length() > MAX_LENGTH) {
            return I18n.t("domain.link.tooLong", text.length(), MAX_LENGTH);
        }
        // Control characters and half surrogate pairs are refused with the spaces, as unusable in a link.
        if (text.chars().anyMatch(Character::isWhitespace) || InputRules.badCharacterAt(text) >= 0) {
            return I18n.t("domain.link.spaces");
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!SCHEMES.contains(scheme)) {
                return I18n.t("domain.link.scheme", shorten(text));
            }
            String address = scheme.equals("mailto") ? uri.getSchemeSpecificPart() : uri.getRawAuthority();
            if (address == null || address.isBlank()) {
                return I18n.t("domain.link.noAddress", shorten(text), scheme);
            }
            return "";
        } catch (URISyntaxException e) {
            return I18n.t("domain.link.invalid", shorten(text));
        }
    }

    /** The stripped links, or an {@link IllegalArgumentException} naming the first bad one. */
    public static List<String> check(List<String> links) {
        if (links.isEmpty()) {
            // Most progress has no links; skip the copy, a list of 5,000 milestones builds this often.
            return List.of();
        }
        if (links.size() > MAX_LINKS) {
            throw new IllegalArgumentException(I18n.t("domain.link.tooMany", MAX_LINKS));
        }
        for (String link : links) {
            String problem = problem(link);
            if (!problem.isEmpty()) {
                throw new IllegalArgumentException(problem);
            }
        }
        return links.stream().map(String::strip).toList();
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
