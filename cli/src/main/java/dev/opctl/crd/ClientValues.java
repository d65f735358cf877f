package dev.opctl.crd;

import dev.opctl.crd.model.TypeUse;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * Properties whose schema, as fabric8's generator writes it and opctl after it, the API server holds
 * against what fabric8's client writes for them: a {@code java.time} value Jackson writes without a date
 * and an offset under {@code format: date-time} (a {@code Duration} as {@code "PT1M30S"}), a
 * {@code byte[]} (Base64 text) as an array of integers; and an {@code Optional}, which the client's
 * Jackson cannot write or read at all. Noted as found, by any thread; said once each, in name order.
 */
final class ClientValues {
    /** What fabric8's client writes for the types whose date-time schema refuses it, and what to hold instead. */
    private static final Map<String, String> NOT_DATE_TIMES = Map.of(
            "java.time.LocalDateTime", "\"2024-05-01T10:15:30\" (no offset); hold an OffsetDateTime or an Instant",
            "java.time.Duration", "\"PT1M30S\"; hold fabric8's io.fabric8.kubernetes.api.model.Duration (\"1m30s\") "
                    + "or a String",
            "java.time.Year", "\"2024\"; hold an int or a String",
            "java.time.YearMonth", "\"2024-05\"; hold a String",
            "java.time.MonthDay", "\"--05-01\"; hold a String",
            "java.time.OffsetTime", "\"01:00Z\"; hold a String",
            "java.sql.Time", "\"10:15:30\"; hold a LocalTime",
            "java.sql.Date", "\"2024-05-01\"; hold a LocalDate");
    private static final Set<String> OPTIONALS = Set.of("java.util.Optional", "java.util.OptionalInt",
            "java.util.OptionalLong", "java.util.OptionalDouble");

    private final Set<String> said = new ConcurrentSkipListSet<>();

    /** Notes {@code property}, of declared type {@code type} and schema {@code schema}, at {@code at}, if it is one. */
    void check(TypeUse type, JsonSchema schema, String at) {
        String name = type instanceof TypeUse.Named named ? named.name() : "";
        if (NOT_DATE_TIMES.containsKey(name) && "date-time".equals(schema.getFormat())) {
            said.add(String.format("%s: its schema (format: date-time, as fabric8's generator writes it) refuses what "
                    + "fabric8's client writes for a %s, %s", at, name.substring(name.lastIndexOf('.') + 1),
                    NOT_DATE_TIMES.get(name)));
        } else if (OPTIONALS.contains(name)) {
            said.add(String.format("%s: fabric8's client cannot write or read an %s (its Jackson has no Jdk8Module), "
                    + "so every read of the resource fails; hold the value itself, null when absent", at,
                    name.substring(name.lastIndexOf('.') + 1)));
        } else if (bytes(type) && Objects.equals(schema.getType(), "array")) {
            said.add(String.format("%s: its schema (an array of integers, as fabric8's generator writes it) refuses "
                    + "what fabric8's client writes for a byte[], Base64 text; give it a string's, "
                    + "@SchemaFrom(type = String.class)", at));
        }
    }

    /** What was noted, in name order. */
    List<String> said() {
        return List.copyOf(said);
    }

    private static boolean bytes(TypeUse type) {
        return type instanceof TypeUse.ArrayOf array && array.component() instanceof TypeUse.Primitive p
                && p.name().equals("byte");
    }
}
