package io.ascent.persistence.files;

import io.ascent.persistence.files.PlainJson.NotPlain;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Binds what {@link PlainJson} read to records the way Jackson's strict mapping binds it, with
 * the field names and types taken from the record itself: a field added to a format record is
 * read here without a change. It takes only the plain case: a JSON field for every key (no
 * unknown ones), text for {@code String}, whole numbers for {@code Integer}, {@code true} or
 * {@code false} for {@code Boolean}, lists and text-keyed objects without nulls in them, and
 * nested records. Anything else throws {@link NotPlain}, so the caller can hand the text to
 * Jackson, which explains the problem; both ways agree on everything this one accepts. Absent
 * fields and JSON nulls bind to null, as in Jackson's record binding.
 */
final class PlainRecords {

    private static final Object NULL = PlainJson.NULL;

    /** A record's components and canonical constructor, looked up once per record type. */
    private record Shape(RecordComponent[] components, Set<String> names, Constructor<?> constructor) {}

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Class<?>[] types = new Class<?>[components.length];
            Set<String> names = new HashSet<>();
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                names.add(components[i].getName());
            }
            try {
                return new Shape(components, names, type.getDeclaredConstructor(types));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("a record without its canonical constructor: " + type, e);
            }
        }
    };

    private PlainRecords() {}

    /** {@code value} (as {@link PlainJson#parse} returns it) as a {@code type}, or {@link NotPlain}. */
    static <T extends Record> T bind(Object value, Class<T> type) {
        return type.cast(bind(value, (Type) type));
    }

    private static Object bind(Object value, Type type) {
        Class<?> raw;
        if (type instanceof Class<?> plain) {
            raw = plain;
        } else if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> generic) {
            raw = generic;
        } else {
            throw new NotPlain();
        }
        if (value == null || value == NULL) {
            if (raw.isPrimitive()) {
                throw new NotPlain();
            }
            return null;
        }
        if (raw == String.class && value instanceof String text) {
            return text;
        }
        if (raw == Integer.class && value instanceof Long n && n >= Integer.MIN_VALUE && n <= Integer.MAX_VALUE) {
            return n.intValue();
        }
        if (raw == Boolean.class && value instanceof Boolean b) {
            return b;
        }
        if (raw.isRecord() && value instanceof Map<?, ?> fields) {
            return record(fields, raw);
        }
        if (raw == List.class && value instanceof List<?> items) {
            Type item = typeArgument(type, 0);
            List<Object> list = new ArrayList<>(items.size());
            for (Object each : items) {
                list.add(bind(nonNull(each), item));
            }
            return list;
        }
        if (raw == Map.class && typeArgument(type, 0) == String.class && value instanceof Map<?, ?> entries) {
            Type item = typeArgument(type, 1);
            Map<String, Object> map = new LinkedHashMap<>();
            entries.forEach((key, each) -> map.put((String) key, bind(nonNull(each), item)));
            return map;
        }
        throw new NotPlain();
    }

    private static Object record(Map<?, ?> fields, Class<?> type) {
        Shape shape = SHAPES.get(type);
        if (!shape.names().containsAll(fields.keySet())) {
            throw new NotPlain();
        }
        Object[] args = new Object[shape.components().length];
        for (int i = 0; i < args.length; i++) {
            RecordComponent component = shape.components()[i];
            args[i] = bind(fields.get(component.getName()), component.getGenericType());
        }
        try {
            return shape.constructor().newInstance(args);
        } catch (InvocationTargetException e) {
            // A record that refuses a value: Jackson says why.
            throw new NotPlain();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type, e);
        }
    }

    private static Type typeArgument(Type type, int index) {
        if (!(type instanceof ParameterizedType p)) {
            throw new NotPlain();
        }
        return p.getActualTypeArguments()[index];
    }

    private static Object nonNull(Object value) {
        if (value == null || value == NULL) {
            throw new NotPlain();
        }
        return value;
    }
}
