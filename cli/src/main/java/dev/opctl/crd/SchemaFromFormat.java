package dev.opctl.crd;

/**
 * The {@code format} of a property whose schema comes from {@code @SchemaFrom(type = ...)}: fabric8
 * keeps the format of the type the property is declared with (an {@code Instant} stays
 * {@code date-time}, a {@code LocalDate} {@code date}, whatever the replacing type) and drops the
 * replacing type's own (a {@code String} from {@code UUID} has none).
 */
final class SchemaFromFormat {
    private SchemaFromFormat() {
    }

    /** Gives {@code schema} the format of the type {@code declared} (a qualified name), or none if it has none. */
    static void keep(JsonSchema schema, String declared) {
        schema.setFormat(KnownTypes.fixed(declared).map(JsonSchema::getFormat).orElse(null));
    }
}
