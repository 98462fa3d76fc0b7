package io.ascent;

import io.ascent.domain.Competency;
import io.ascent.domain.Descriptor;
import io.ascent.domain.Framework;
import io.ascent.domain.Level;
import io.ascent.domain.Milestone;
import io.ascent.domain.Resource;
import io.ascent.domain.Specialization;
import io.ascent.domain.Track;
import io.ascent.domain.Translations.Field;
import io.ascent.domain.Translations.Key;
import io.ascent.domain.Translations.Of;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every text field of a framework in its own language, keyed as its translations are: the list
 * the content tests walk to find a field left untranslated or English left in a printout.
 * Resource titles and authors are not in it: published works keep their names in every language.
 */
public final class LadderTexts {

    private LadderTexts() {}

    /** Each non-empty text of {@code f}, in the file's language, by the key a translation of it has. */
    public static Map<Key, String> of(Framework f) {
        Map<Key, String> texts = new LinkedHashMap<>();
        put(texts, new Key(Of.FRAMEWORK, "", Field.NAME), f.name());
        put(texts, new Key(Of.FRAMEWORK, "", Field.DESCRIPTION), f.description());
        for (Track t : f.tracks()) {
            put(texts, new Key(Of.TRACK, t.id(), Field.TITLE), t.title());
            put(texts, new Key(Of.TRACK, t.id(), Field.DESCRIPTION), t.description());
        }
        for (Level l : f.levels()) {
            put(texts, new Key(Of.LEVEL, l.id(), Field.TITLE), l.title());
            put(texts, new Key(Of.LEVEL, l.id(), Field.SHORT_TITLE), l.shortTitle());
            put(texts, new Key(Of.LEVEL, l.id(), Field.SUMMARY), l.summary());
        }
        for (Specialization s : f.specializations()) {
            put(texts, new Key(Of.SPECIALIZATION, s.id(), Field.TITLE), s.title());
            put(texts, new Key(Of.SPECIALIZATION, s.id(), Field.DESCRIPTION), s.description());
        }
        for (Competency c : f.competencies()) {
            put(texts, new Key(Of.COMPETENCY, c.id(), Field.AREA), c.area());
            put(texts, new Key(Of.COMPETENCY, c.id(), Field.TITLE), c.title());
            put(texts, new Key(Of.COMPETENCY, c.id(), Field.DESCRIPTION), c.description());
            c.expectations()
                    .forEach((level, text) ->
                            put(texts, new Key(Of.COMPETENCY, c.id(), Field.EXPECTATION, level), text));
            for (Map.Entry<String, Descriptor> d : c.descriptors().entrySet()) {
                put(
                        texts,
                        new Key(Of.COMPETENCY, c.id(), Field.NOT_YET, d.getKey()),
                        d.getValue().notYet());
                put(
                        texts,
                        new Key(Of.COMPETENCY, c.id(), Field.STRONG, d.getKey()),
                        d.getValue().strong());
            }
        }
        for (Milestone m : f.milestones()) {
            put(texts, new Key(Of.MILESTONE, m.id(), Field.TITLE), m.title());
            put(texts, new Key(Of.MILESTONE, m.id(), Field.DESCRIPTION), m.description());
        }
        for (Resource r : f.resources()) {
            put(texts, new Key(Of.RESOURCE, r.id(), Field.DESCRIPTION), r.description());
        }
        return texts;
    }

    /**
     * The texts of {@code f} that its {@code language} translation says differently: none of these
     * may show where the ladder is shown in that language. Texts the translation keeps as they are
     * (level titles Spanish PMs say in English, "APM") are left out.
     */
    public static Set<String> replacedIn(Framework f, String language) {
        return of(f).entrySet().stream()
                .filter(e -> f.translations()
                        .text(language, e.getKey())
                        .filter(t -> !t.equals(e.getValue()))
                        .isPresent())
                .map(Map.Entry::getValue)
                .collect(Collectors.toSet());
    }

    /**
     * The texts of {@code f} replaced in {@code language} that still appear in {@code shown} (a
     * printout, a command's output) once {@code own} texts are taken out: what the user wrote
     * (plan name, evidence, notes, links), which stays as typed, and the published titles, authors
     * and addresses of the ladder's resources. Whitespace is compared as single spaces, so a text
     * wrapped over two lines is still found.
     */
    public static List<String> leftInEnglish(String shown, Framework f, String language, Collection<String> own) {
        String rest = " " + spaced(shown) + " ";
        List<String> taken = new ArrayList<>(own);
        for (Resource r : f.resources()) {
            taken.addAll(List.of(r.title(), r.author(), r.url()));
        }
        taken.sort(Comparator.comparingInt(String::length).reversed());
        for (String text : taken) {
            if (!text.isBlank()) {
                rest = rest.replace(spaced(text), " ");
            }
        }
        // Ids ("product-strategy.pm.1", "strategy@pm") and web addresses are not ladder text.
        rest = rest.replaceAll("https?://\\S+|\\S+\\.\\S+\\.\\d+|\\S+@\\S+", " ");
        String remaining = rest;
        return replacedIn(f, language).stream()
                .filter(english -> remaining.contains(spaced(english)))
                .sorted()
                .toList();
    }

    private static String spaced(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static void put(Map<Key, String> texts, Key key, String text) {
        if (text != null && !text.isBlank()) {
            texts.put(key, text);
        }
    }
}
