package io.ascent.persistence.files;

import io.ascent.persistence.files.PlainJson.NotPlain;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads framework JSON that Ascent checked before (the shipped ladder, frameworks stored after
 * an import) without Jackson: loading Jackson's data binding costs about 600 classes and more
 * CPU at start-up than building the whole first window (bench/run, figure startup.headless).
 * It accepts only the plain shape of the format: known fields, text where text belongs, whole
 * numbers for ranks, no repeated keys. Anything else comes back empty and the caller reads the
 * JSON through Jackson's strict mapping, which explains the problem; so both ways agree on
 * everything this one accepts.
 */
final class TrustedFrameworkJson {

    private static final Object NULL = PlainJson.NULL;
    private static final Set<String> ROOT = Set.of(
            "formatVersion",
            "id",
            "version",
            "name",
            "description",
            "levels",
            "specializations",
            "competencies",
            "milestones",
            "resources");
    private static final Set<String> LEVEL = Set.of("id", "title", "rank", "summary");
    private static final Set<String> SPECIALIZATION = Set.of("id", "title", "description");
    private static final Set<String> COMPETENCY =
            Set.of("id", "area", "title", "description", "specialization", "expectations");
    private static final Set<String> MILESTONE = Set.of("id", "competency", "level", "title", "description");
    private static final Set<String> RESOURCE = Set.of("id", "title", "author", "kind", "url", "competencies");

    private TrustedFrameworkJson() {}

    /** The file's content, or empty if it is not in the plain shape this reader takes. */
    static Optional<FrameworkJson> read(String text) {
        try {
            return Optional.of(framework(object(PlainJson.parse(text), ROOT)));
        } catch (NotPlain e) {
            return Optional.empty();
        }
    }

    private static FrameworkJson framework(Map<String, Object> root) {
        Integer format = integer(root.get("formatVersion"));
        if (format != null && format > FrameworkJson.FORMAT_VERSION) {
            throw new NotPlain();
        }
        return new FrameworkJson(
                format,
                text(root.get("id")),
                text(root.get("version")),
                text(root.get("name")),
                text(root.get("description")),
                list(
                        root.get("levels"),
                        LEVEL,
                        l -> new FrameworkJson.LevelJson(
                                text(l.get("id")),
                                text(l.get("title")),
                                integer(l.get("rank")),
                                text(l.get("summary")))),
                list(
                        root.get("specializations"),
                        SPECIALIZATION,
                        s -> new FrameworkJson.SpecializationJson(
                                text(s.get("id")), text(s.get("title")), text(s.get("description")))),
                list(
                        root.get("competencies"),
                        COMPETENCY,
                        c -> new FrameworkJson.CompetencyJson(
                                text(c.get("id")),
                                text(c.get("area")),
                                text(c.get("title")),
                                text(c.get("description")),
                                text(c.get("specialization")),
                                texts(c.get("expectations")))),
                list(
                        root.get("milestones"),
                        MILESTONE,
                        m -> new FrameworkJson.MilestoneJson(
                                text(m.get("id")),
                                text(m.get("competency")),
                                text(m.get("level")),
                                text(m.get("title")),
                                text(m.get("description")))),
                list(
                        root.get("resources"),
                        RESOURCE,
                        r -> new FrameworkJson.ResourceJson(
                                text(r.get("id")),
                                text(r.get("title")),
                                text(r.get("author")),
                                text(r.get("kind")),
                                text(r.get("url")),
                                textList(r.get("competencies")))));
    }

    // Mapping: an absent field and null both read as null, as in Jackson's record binding.

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value, Set<String> fields) {
        if (!(value instanceof Map<?, ?> map) || !fields.containsAll(map.keySet())) {
            throw new NotPlain();
        }
        return (Map<String, Object>) map;
    }

    private static <T> List<T> list(Object value, Set<String> fields, Function<Map<String, Object>, T> item) {
        if (value == null || value == NULL) {
            return null;
        }
        if (!(value instanceof List<?> items)) {
            throw new NotPlain();
        }
        List<T> result = new ArrayList<>(items.size());
        for (Object each : items) {
            result.add(item.apply(object(each, fields)));
        }
        return result;
    }

    private static String text(Object value) {
        if (value == null || value == NULL) {
            return null;
        }
        if (value instanceof String s) {
            return s;
        }
        throw new NotPlain();
    }

    private static Integer integer(Object value) {
        if (value == null || value == NULL) {
            return null;
        }
        if (value instanceof Long n && n >= Integer.MIN_VALUE && n <= Integer.MAX_VALUE) {
            return n.intValue();
        }
        throw new NotPlain();
    }

    private static Map<String, String> texts(Object value) {
        if (value == null || value == NULL) {
            return null;
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new NotPlain();
        }
        Map<String, String> result = new LinkedHashMap<>();
        map.forEach((key, each) -> result.put((String) key, nonNullText(each)));
        return result;
    }

    private static List<String> textList(Object value) {
        if (value == null || value == NULL) {
            return null;
        }
        if (!(value instanceof List<?> items)) {
            throw new NotPlain();
        }
        List<String> result = new ArrayList<>(items.size());
        for (Object each : items) {
            result.add(nonNullText(each));
        }
        return result;
    }

    private static String nonNullText(Object value) {
        if (value instanceof String s) {
            return s;
        }
        throw new NotPlain();
    }
}
