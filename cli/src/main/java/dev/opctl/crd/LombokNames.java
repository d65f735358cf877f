package dev.opctl.crd;

import dev.opctl.crd.model.AnnotationUse;
import dev.opctl.crd.model.Modifier;
import dev.opctl.crd.syntax.Expr;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The names of the accessors Lombok generates for a field ({@code @Getter}, {@code @Setter},
 * {@code @Data}, {@code @Value}): {@code getXName} for {@code xName}, and for a {@code boolean}
 * field {@code isActive} for {@code active} but {@code isCA} for {@code isCA}, as {@code lombok.config}
 * may change them; their access; and what its {@code onMethod} puts on a getter.
 */
final class LombokNames {
    private LombokNames() {
    }

    /**
     * The access of what a {@code @Getter} or {@code @Setter} with this {@code AccessLevel} (none: public)
     * makes; empty for {@code AccessLevel.NONE}.
     */
    static Optional<Set<Modifier>> access(Optional<Expr> level) {
        return switch (level.map(LombokNames::constantName).orElse("PUBLIC")) {
            case "NONE" -> Optional.empty();
            case "PUBLIC" -> Optional.of(EnumSet.of(Modifier.PUBLIC));
            case "PROTECTED" -> Optional.of(EnumSet.of(Modifier.PROTECTED));
            case "PRIVATE" -> Optional.of(EnumSet.of(Modifier.PRIVATE));
            default -> Optional.of(EnumSet.noneOf(Modifier.class));
        };
    }

    /** The constant an enum value names: {@code AccessLevel.NONE} or a statically imported {@code NONE}. */
    private static String constantName(Expr e) {
        if (e instanceof Expr.FieldAccess access) {
            return access.name();
        }
        return e instanceof Expr.Name name ? name.name() : e.text();
    }

    /**
     * The annotations a field's {@code @Getter} puts on the getter it makes: {@code onMethod_ = ...}
     * (javac 8 and later) or {@code onMethod = @__(...)} (javac 7). (Lombok refuses onMethod on a
     * type's {@code @Getter}, so it holds for no getter there.)
     */
    static List<AnnotationUse> onMethod(AnnotationUse getter) {
        List<AnnotationUse> on = new ArrayList<>(getter.annotations("onMethod_"));
        for (AnnotationUse wrapped : getter.annotations("onMethod")) {
            on.addAll(wrapped.type().equals("__") || wrapped.type().endsWith(".__") ? wrapped.annotations("value")
                    : List.of(wrapped));
        }
        return on;
    }

    /** The getter of {@code field}; {@code primitiveBoolean} when its type is {@code boolean}. */
    static String getter(String field, boolean primitiveBoolean, LombokConfig config) {
        if (primitiveBoolean && !config.noIsPrefix()) {
            return startsWithIs(field) ? field : config.accessor("is", field);
        }
        return config.accessor("get", field);
    }

    /** The setter of {@code field}. */
    static String setter(String field, boolean primitiveBoolean, LombokConfig config) {
        return primitiveBoolean && !config.noIsPrefix() && startsWithIs(field) ? "set" + field.substring(2)
                : config.accessor("set", field);
    }

    /**
     * Lombok's {@code @Accessors}: {@code fluent} accessors are named after the field ({@code name()},
     * {@code name(value)}); a field that starts with one of {@code prefixes} is named without it
     * ({@code mColor} with prefix {@code m} has {@code getColor()}), and one that starts with none gets
     * no accessor.
     */
    record Accessors(boolean fluent, List<String> prefixes) {
        Accessors {
            prefixes = List.copyOf(prefixes);
        }

        /** The name accessors are made from, or null when no prefix matches the field. */
        String base(String field) {
            if (prefixes.isEmpty()) {
                return field;
            }
            for (String prefix : prefixes) {
                if (prefix.isEmpty()) {
                    return field;
                }
                // A prefix that ends in a letter must be followed by something other than a lower-case letter.
                if (field.length() > prefix.length() && field.startsWith(prefix)
                        && !(Character.isLetter(prefix.charAt(prefix.length() - 1))
                        && Character.isLowerCase(field.charAt(prefix.length())))) {
                    String rest = field.substring(prefix.length());
                    return Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
                }
            }
            return null;
        }
    }

    private static boolean startsWithIs(String field) {
        // As Lombok: anything but a lower-case letter after "is" (isCA, is2fa), so is2fa's getter is is2fa().
        return field.length() > 2 && field.startsWith("is") && !Character.isLowerCase(field.charAt(2));
    }
}
