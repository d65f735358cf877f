package dev.opctl.crd;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.Map;

/**
 * The default of a property of a JDK class that Jackson reads from text and writes in a form of its own,
 * as fabric8 writes it: fabric8 reads {@code @Default} into the property's class and writes that back with
 * its client's {@code ObjectMapper} (Jackson's Java time module, dates and durations written as text). A
 * date-time is then RFC 3339 in UTC ({@code 2021-01-01} of a {@code Date} is
 * {@code 2021-01-01T00:00:00.000+00:00}, {@code 1609459200} of an {@code Instant}, seconds since the epoch,
 * is {@code 2021-01-01T00:00:00Z}), as its schema's {@code format: date-time} requires; a {@code Locale}
 * {@code en-US} is {@code en_US}. Jackson itself reads and writes them here, as the classes are the JDK's.
 */
final class JdkDefaults {
    /** The classes, by name, each with an example of the default as Jackson writes it. */
    private static final Map<String, String> CLASSES = Map.ofEntries(
            Map.entry("java.util.Date", "2021-01-01T00:00:00.000+00:00"),
            Map.entry("java.util.Calendar", "2021-01-01T00:00:00.000+00:00"),
            Map.entry("java.util.GregorianCalendar", "2021-01-01T00:00:00.000+00:00"),
            Map.entry("java.sql.Date", "2021-01-01"), Map.entry("java.sql.Timestamp", "2021-01-01T00:00:00.000+00:00"),
            Map.entry("java.time.Instant", "2021-01-01T00:00:00Z"),
            Map.entry("java.time.OffsetDateTime", "2021-01-01T00:00:00Z"),
            Map.entry("java.time.ZonedDateTime", "2021-01-01T00:00:00Z"),
            Map.entry("java.time.LocalDateTime", "2021-01-01T00:00:00"),
            Map.entry("java.time.OffsetTime", "10:00:00Z"), Map.entry("java.util.Locale", "en_US"));

    /** Made when a property of one of the classes has a default, as an ObjectMapper is slow to set up. */
    private static final class Holder {
        static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    private JdkDefaults() {
    }

    /** Whether a default of a property declared with {@code javaType} is written as Jackson writes it. */
    static boolean rewrites(String javaType) {
        return javaType != null && CLASSES.containsKey(javaType);
    }

    /** An example of a default of {@code javaType}, one that {@link #rewrites}, as Jackson writes it. */
    static String example(String javaType) {
        return CLASSES.get(javaType);
    }

    /**
     * {@code value} as Jackson writes it once read into {@code javaType}, when that is one it {@link #rewrites};
     * else as it is.
     *
     * @throws IllegalArgumentException where Jackson cannot read it into that class
     */
    static JsonNode written(JsonNode value, String javaType) {
        if (!rewrites(javaType) || value.isNull()) {
            return value;
        }
        try {
            Object read = Holder.MAPPER.treeToValue(value, Class.forName(javaType));
            return Holder.MAPPER.valueToTree(read);
        } catch (ClassNotFoundException | IOException e) {
            throw new IllegalArgumentException("not a " + javaType, e);
        }
    }
}
