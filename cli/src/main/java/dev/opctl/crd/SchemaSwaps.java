package dev.opctl.crd;

import dev.opctl.crd.model.AnnotationUse;
import dev.opctl.crd.model.TypeDeclaration;
import dev.opctl.crd.model.TypeUse;
import dev.opctl.engine.OpctlException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * fabric8's {@code @SchemaSwap}s in force on one path of the walk: a swap declared on a type (or its
 * superclasses) holds for everything under it; the n-th time (n = its depth) the path meets field
 * {@code fieldName} of {@code originalType} (its own or inherited: fabric8 matches the class whose
 * schema it makes, not the one that declares the field), the field takes the schema of {@code targetType}, or is
 * dropped when there is none; until then the field keeps its own type, and the walk under it may
 * recur. Immutable, but for whether each swap was met, which {@link #requireUsed} checks.
 */
final class SchemaSwaps {
    static final SchemaSwaps NONE = new SchemaSwaps(Map.of(), Map.of());

    private record Key(String type, String field) {
    }

    /** One swap, and whether the walk under its type met it. */
    private static final class Swap {
        final Key key;
        final TypeUse target;
        final int depth;
        final String where;
        boolean used;

        Swap(Key key, TypeUse target, int depth, String where) {
            this.key = key;
            this.target = target;
            this.depth = depth;
            this.where = where;
        }
    }

    /** What a swap does to a property: nothing, drop it, give it {@code target}'s schema, or count one more meeting. */
    enum Effect { NONE, DROP, SWAP, ONGOING }

    /**
     * A property's fate under the swaps.
     *
     * @param effect what happens to it
     * @param target the type whose schema it takes, for {@link Effect#SWAP}
     * @param under the swaps in force below it
     */
    record Decision(Effect effect, TypeUse target, SchemaSwaps under) {
    }

    private final Map<Key, Swap> inForce;
    private final Map<Key, Integer> depths;
    private final List<Swap> own;

    private SchemaSwaps(Map<Key, Swap> inForce, Map<Key, Integer> depths) {
        this(inForce, depths, List.of());
    }

    private SchemaSwaps(Map<Key, Swap> inForce, Map<Key, Integer> depths, List<Swap> own) {
        this.inForce = inForce;
        this.depths = depths;
        this.own = own;
    }

    /**
     * These swaps and those {@code hierarchy} (a type and its superclasses) declares, which
     * {@link #requireUsed} checks; {@code where} is the type's place, for errors.
     */
    SchemaSwaps enter(List<TypeDeclaration> hierarchy, String where) {
        return enter(hierarchy, where, name -> true);
    }

    /**
     * {@link #enter(List, String)}, refusing a swap whose original or target type is a simple name that
     * nothing resolved and {@code declared} does not know (one neither imported nor declared): javac refuses it.
     */
    SchemaSwaps enter(List<TypeDeclaration> hierarchy, String where, Predicate<String> declared) {
        Map<Key, Swap> added = new LinkedHashMap<>();
        for (TypeDeclaration type : hierarchy) {
            String at = type.doc().where() != null ? type.doc().where() : where;
            for (AnnotationUse a : type.findAll(Annotations.FABRIC8_CRD + "SchemaSwap",
                    Annotations.FABRIC8_CRD + "SchemaSwaps")) {
                TypeUse original = a.classLiteral("originalType").orElseThrow(() ->
                        OpctlException.invalidInput(at + ": @SchemaSwap needs originalType"));
                TypeUse target = a.classLiteral("targetType")
                        .filter(t -> !(t instanceof TypeUse.Primitive p && p.name().equals("void"))).orElse(null);
                String originalName = original instanceof TypeUse.Named n ? n.name() : original.toString();
                Key key = new Key(originalName, a.string("fieldName").orElse(""));
                for (TypeUse use : target == null ? List.of(original) : List.of(original, target)) {
                    if (use instanceof TypeUse.Named n && n.name().indexOf('.') < 0 && !declared.test(n.name())) {
                        throw OpctlException.invalidInput(String.format("%s: @SchemaSwap(originalType = %s.class, "
                                + "fieldName = \"%s\"): %s names no type of the sources, the class path or the file's "
                                + "imports (javac refuses it too); import it, or fix the name", at,
                                original instanceof TypeUse.Named o ? o.asWritten() : original, key.field(),
                                n.asWritten()));
                    }
                }
                if (inForce.containsKey(key) || added.containsKey(key)) {
                    throw OpctlException.invalidInput(String.format("%s: @SchemaSwap for %s.%s is given twice on one "
                            + "path; keep one", at, originalName, key.field()));
                }
                int depth = a.number("depth").map(Double::intValue).orElse(0);
                if (depth < 0) {
                    throw OpctlException.invalidInput(String.format("%s: @SchemaSwap for %s.%s has depth = %d; give 0 "
                            + "(the default: swapped where first met) or more (expanded that many times first)", at,
                            originalName, key.field(), depth));
                }
                added.put(key, new Swap(key, target, depth, at));
            }
        }
        if (added.isEmpty()) {
            return own.isEmpty() ? this : new SchemaSwaps(inForce, depths);
        }
        Map<Key, Swap> all = new HashMap<>(inForce);
        all.putAll(added);
        return new SchemaSwaps(all, depths, List.copyOf(added.values()));
    }

    /** What the swaps do to the property {@code field} of class {@code type}, its own or inherited. */
    Decision at(String type, String field) {
        Key key = new Key(type, field);
        Swap swap = inForce.get(key);
        if (swap == null) {
            return new Decision(Effect.NONE, null, this);
        }
        swap.used = true;
        int met = depths.getOrDefault(key, 0);
        if (swap.target == null && met == swap.depth) {
            return new Decision(Effect.DROP, null, this);
        }
        Map<Key, Integer> counted = new HashMap<>(depths);
        counted.put(key, met + 1);
        SchemaSwaps under = new SchemaSwaps(inForce, Map.copyOf(counted));
        return met == swap.depth ? new Decision(Effect.SWAP, swap.target, under)
                : new Decision(Effect.ONGOING, null, under);
    }

    /** The error for the first swap {@link #enter} added that the walk under it never met; {@code type} names it. */
    void requireUsed(String type) {
        for (Swap swap : own) {
            if (!swap.used && swap.key.type().startsWith(KnownTypes.KUBERNETES_MODEL)) {
                throw OpctlException.invalidInput(String.format("%s: @SchemaSwap(originalType = %s, fieldName = "
                        + "\"%s\"): opctl cannot swap a field of a Kubernetes model class (it takes their schemas "
                        + "whole from fabric8's catalog); swap or @SchemaFrom the field of your own type that holds "
                        + "it instead", swap.where, swap.key.type(), swap.key.field()));
            }
            if (!swap.used) {
                throw OpctlException.invalidInput(String.format("%s: @SchemaSwap(originalType = %s, fieldName = "
                        + "\"%s\") matches no field under %s; fix the type or field name (originalType is the class "
                        + "a field is used through, not a superclass that declares it)", swap.where, swap.key.type(),
                        swap.key.field(), type));
            }
        }
    }
}
