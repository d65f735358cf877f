package dev.opctl.crd;

import dev.opctl.crd.model.AnnotationUse;
import dev.opctl.crd.model.Value;
import java.util.List;
import java.util.Map;

/**
 * The attributes of fabric8's annotations that opctl reads, and the kind of value each takes, as
 * their declarations in fabric8 7.5.2 say: an attribute they do not have, or a value of another
 * kind ({@code @Max("ten")}), is an error, as javac's, where reading on would drop the bound: the
 * annotation keeps it ({@link AnnotationUse#problem()}), for the declaration it is on to say.
 */
final class Fabric8Attributes {
    private enum Kind { STRING, STRINGS, NUMBER, INTEGER, BOOLEAN, CLASS, ENUM, NESTED }

    private static final Map<String, Map<String, Kind>> ATTRIBUTES = Map.ofEntries(
            Map.entry(Annotations.FABRIC8_GENERATOR + "Default", Map.of("value", Kind.STRING)),
            Map.entry(Annotations.FABRIC8_GENERATOR + "Max", Map.of("value", Kind.NUMBER, "inclusive", Kind.BOOLEAN)),
            Map.entry(Annotations.FABRIC8_GENERATOR + "Min", Map.of("value", Kind.NUMBER, "inclusive", Kind.BOOLEAN)),
            Map.entry(Annotations.FABRIC8_GENERATOR + "Nullable", Map.of()),
            Map.entry(Annotations.FABRIC8_GENERATOR + "Pattern", Map.of("value", Kind.STRING)),
            Map.entry(Annotations.FABRIC8_GENERATOR + "Required", Map.of()),
            Map.entry(Annotations.FABRIC8_GENERATOR + "Size", Map.of("min", Kind.INTEGER, "max", Kind.INTEGER)),
            Map.entry(Annotations.FABRIC8_GENERATOR + "ValidationRule", Map.of("value", Kind.STRING, "message",
                    Kind.STRING, "messageExpression", Kind.STRING, "reason", Kind.STRING, "fieldPath", Kind.STRING,
                    "optionalOldSelf", Kind.BOOLEAN)),
            Map.entry(Annotations.FABRIC8_GENERATOR + "ValidationRules", Map.of("value", Kind.NESTED)),
            Map.entry(Annotations.FABRIC8_CRD + "PrinterColumn", Map.of("name", Kind.STRING, "format", Kind.ENUM,
                    "priority", Kind.INTEGER)),
            Map.entry(Annotations.FABRIC8_CRD + "AdditionalPrinterColumn", Map.of("name", Kind.STRING, "format",
                    Kind.ENUM, "priority", Kind.INTEGER, "jsonPath", Kind.STRING, "type", Kind.ENUM, "getDescription",
                    Kind.STRING)),
            Map.entry(Annotations.FABRIC8_CRD + "AdditionalPrinterColumns", Map.of("value", Kind.NESTED)),
            Map.entry(Annotations.FABRIC8_CRD + "SelectableField", Map.of()),
            Map.entry(Annotations.FABRIC8_CRD + "AdditionalSelectableField", Map.of("jsonPath", Kind.STRING)),
            Map.entry(Annotations.FABRIC8_CRD + "AdditionalSelectableFields", Map.of("value", Kind.NESTED)),
            Map.entry(Annotations.FABRIC8_CRD + "SchemaFrom", Map.of("type", Kind.CLASS)),
            Map.entry(Annotations.FABRIC8_CRD + "SchemaSwap", Map.of("originalType", Kind.CLASS, "fieldName",
                    Kind.STRING, "targetType", Kind.CLASS, "depth", Kind.INTEGER)),
            Map.entry(Annotations.FABRIC8_CRD + "PreserveUnknownFields", Map.of()),
            Map.entry(Annotations.FABRIC8_CRD + "Labels", Map.of("value", Kind.STRINGS)),
            Map.entry(Annotations.FABRIC8_CRD + "Annotations", Map.of("value", Kind.STRINGS)),
            Map.entry(Annotations.FABRIC8_MODEL + "Group", Map.of("value", Kind.STRING)),
            Map.entry(Annotations.FABRIC8_MODEL + "Version", Map.of("value", Kind.STRING, "storage", Kind.BOOLEAN,
                    "served", Kind.BOOLEAN, "deprecated", Kind.BOOLEAN, "deprecationWarning", Kind.STRING)),
            Map.entry(Annotations.FABRIC8_MODEL + "Kind", Map.of("value", Kind.STRING)),
            Map.entry(Annotations.FABRIC8_MODEL + "Plural", Map.of("value", Kind.STRING)),
            Map.entry(Annotations.FABRIC8_MODEL + "Singular", Map.of("value", Kind.STRING)),
            Map.entry(Annotations.FABRIC8_MODEL + "ShortNames", Map.of("value", Kind.STRINGS)),
            Map.entry(Annotations.FABRIC8_MODEL + "Categories", Map.of("value", Kind.STRINGS)));

    private Fabric8Attributes() {
    }

    /**
     * What is wrong with {@code annotation}'s attributes, if anything: an attribute it does not have, or a
     * value of another kind than it takes; {@code where} is where it is written. Null for nothing, and for
     * values opctl could not evaluate, which have their own errors.
     */
    static String problem(AnnotationUse annotation, String where) {
        Map<String, Kind> attributes = ATTRIBUTES.get(annotation.type());
        if (attributes == null) {
            return null;
        }
        String name = annotation.type().substring(annotation.type().lastIndexOf('.') + 1);
        for (Map.Entry<String, Value> given : annotation.values().entrySet()) {
            Kind kind = attributes.get(given.getKey());
            if (kind == null) {
                return String.format("%s: @%s has no attribute '%s' (javac refuses it too); its attributes: %s", where,
                        name, given.getKey(), attributes.isEmpty() ? "none"
                        : String.join(", ", attributes.keySet().stream().sorted().toList()));
            }
            if (!fits(given.getValue(), kind, true)) {
                return String.format("%s: @%s: %s takes %s, not %s (javac refuses another value too)", where, name,
                        given.getKey(), switch (kind) {
                            case STRING -> "a String";
                            case STRINGS -> "Strings";
                            case NUMBER -> "a number";
                            case INTEGER -> "a whole number";
                            case BOOLEAN -> "true or false";
                            case CLASS -> "a class literal (X.class)";
                            case ENUM -> "a constant of its enum";
                            case NESTED -> "annotations";
                        }, written(given.getValue()));
            }
        }
        return null;
    }

    /** {@code value} as javac would say it: {@code "ten"}, {@code 2.5}, {@code X.class}, {@code {1, 2}}. */
    private static String written(Value value) {
        if (value instanceof Value.Text text) {
            return '"' + text.value() + '"';
        }
        if (value instanceof Value.Char c) {
            return "'" + c.value() + "'";
        }
        if (value instanceof Value.ClassLiteral literal) {
            return literal.type() + ".class";
        }
        if (value instanceof Value.EnumConstant constant) {
            return constant.name();
        }
        if (value instanceof Value.Array array) {
            return "{" + String.join(", ", array.values().stream().map(Fabric8Attributes::written).toList()) + "}";
        }
        if (value instanceof Value.Nested nested) {
            return "@" + nested.annotation().type().substring(nested.annotation().type().lastIndexOf('.') + 1);
        }
        return value instanceof Value.Number n ? String.valueOf(n.value())
                : value instanceof Value.Bool b ? String.valueOf(b.value()) : "that";
    }

    private static boolean fits(Value value, Kind kind, boolean arrayAllowed) {
        if (value instanceof Value.Unknown || value instanceof Value.Unevaluated) {
            return true;
        }
        if (value instanceof Value.Array array) { // {x} is x to javac; an array attribute takes {x, y}
            List<Value> values = array.values();
            boolean many = kind == Kind.STRINGS || kind == Kind.NESTED;
            return arrayAllowed && (many || values.size() == 1) && values.stream().allMatch(v -> fits(v, kind, false));
        }
        return switch (kind) {
            case STRING, STRINGS -> value instanceof Value.Text;
            case NUMBER -> value instanceof Value.Number || value instanceof Value.Char;
            case INTEGER -> value instanceof Value.Char || value instanceof Value.Number n
                    && !(n.value() instanceof Double || n.value() instanceof Float);
            case BOOLEAN -> value instanceof Value.Bool;
            case CLASS -> value instanceof Value.ClassLiteral;
            case ENUM -> value instanceof Value.EnumConstant;
            case NESTED -> value instanceof Value.Nested;
        };
    }
}
