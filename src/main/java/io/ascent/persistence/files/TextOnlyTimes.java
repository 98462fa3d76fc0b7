package io.ascent.persistence.files;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Dates and times read only from text. Jackson's own readers take a number as days or seconds
 * since 1970, so {@code "targetDate": 20000000} became the year 57469 and was refused as such; with
 * these, it is refused as what it is: a number where a date like 2026-05-31 belongs.
 */
final class TextOnlyTimes {

    static final SimpleModule MODULE = new SimpleModule("text-only-times")
            .addDeserializer(LocalDate.class, textOnly(LocalDate.class, LocalDateDeserializer.INSTANCE))
            .addDeserializer(Instant.class, textOnly(Instant.class, InstantDeserializer.INSTANT));

    private TextOnlyTimes() {}

    private static <T> JsonDeserializer<T> textOnly(Class<T> type, JsonDeserializer<T> reader) {
        return new JsonDeserializer<>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (!p.hasToken(JsonToken.VALUE_STRING)) {
                    return type.cast(ctxt.handleUnexpectedToken(type, p));
                }
                return reader.deserialize(p, ctxt);
            }
        };
    }
}
