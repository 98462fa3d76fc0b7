package io.ascent.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A framework's texts in other languages than its own: per language tag ({@code "zh-CN"},
 * {@code "es"}), per text of the framework, the translation. Any text may be missing; it then
 * shows in the framework's own language ({@link Framework#in}). Ids never change with the language.
 */
public record Translations(Map<String, Map<Key, String>> byLanguage) {

    public static final Translations NONE = new Translations(Map.of());

    /** The kinds of framework objects that carry text. */
    public enum Of {
        FRAMEWORK,
        TRACK,
        LEVEL,
        SPECIALIZATION,
        COMPETENCY,
        MILESTONE,
        RESOURCE
    }

    /** The text fields; expectations and descriptors are per level. */
    public enum Field {
        NAME,
        DESCRIPTION,
        TITLE,
        SHORT_TITLE,
        SUMMARY,
        AREA,
        EXPECTATION,
        NOT_YET,
        STRONG
    }

    /**
     * One text of a framework: the object ({@code id} empty for the framework itself), the
     * field, and for per-level fields the level id (else empty).
     */
    public record Key(Of of, String id, Field field, String levelId) {
        public Key {
            id = id == null ? "" : id;
            levelId = levelId == null ? "" : levelId;
        }

        public Key(Of of, String id, Field field) {
            this(of, id, field, "");
        }
    }

    public Translations {
        Map<String, Map<Key, String>> copy = new TreeMap<>();
        byLanguage.forEach((language, texts) -> {
            if (!texts.isEmpty()) {
                copy.put(language, Collections.unmodifiableMap(new LinkedHashMap<>(texts)));
            }
        });
        byLanguage = Collections.unmodifiableMap(copy);
    }

    public boolean isEmpty() {
        return byLanguage.isEmpty();
    }

    public Set<String> languages() {
        return byLanguage.keySet();
    }

    /** The translation of {@code key} into {@code language}, if there is one. */
    public Optional<String> text(String language, Key key) {
        Map<Key, String> texts = byLanguage.get(language);
        return texts == null ? Optional.empty() : Optional.ofNullable(texts.get(key));
    }

    /**
     * The language to show for a user in {@code locale}: a translation tagged exactly so, else the
     * framework's own language if it is the same language, else a translation in the same
     * language ("es" for "es-MX", "zh-CN" for "zh"). Empty: show the framework as written.
     */
    public Optional<String> match(Locale locale, String ownLanguage) {
        String wanted = locale.toLanguageTag();
        for (String tag : byLanguage.keySet()) {
            if (tag.equalsIgnoreCase(wanted)) {
                return Optional.of(tag);
            }
        }
        String language = locale.getLanguage();
        if (wanted.equalsIgnoreCase(ownLanguage) || primary(ownLanguage).equals(language)) {
            return Optional.empty();
        }
        for (String tag : byLanguage.keySet()) {
            if (tag.equalsIgnoreCase(language)) {
                return Optional.of(tag);
            }
        }
        return byLanguage.keySet().stream()
                .filter(tag -> primary(tag).equals(language))
                .findFirst();
    }

    private static String primary(String tag) {
        return Locale.forLanguageTag(tag).getLanguage();
    }

    /** Collects translations as a file lists them; blank texts are left out. */
    public static final class Builder {
        private final Map<String, Map<Key, String>> texts = new LinkedHashMap<>();

        public Builder put(String language, Key key, String text) {
            if (text != null && !text.isBlank()) {
                texts.computeIfAbsent(language, l -> new LinkedHashMap<>()).put(key, text.strip());
            }
            return this;
        }

        public Translations build() {
            return texts.isEmpty() ? NONE : new Translations(texts);
        }
    }
}
