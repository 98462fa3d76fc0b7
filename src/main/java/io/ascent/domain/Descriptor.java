package io.ascent.domain;

/**
 * What "not yet" and "strong" look like for one competency at one level, to help a self-rating.
 * Either may be empty.
 */
public record Descriptor(String notYet, String strong) {

    public Descriptor {
        notYet = notYet == null ? "" : notYet.strip();
        strong = strong == null ? "" : strong.strip();
    }
}
