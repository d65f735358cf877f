package dev.opctl.rbac;

import dev.opctl.crd.SourceModel;
import dev.opctl.crd.model.TypeUse;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * The client's {@code resource} given to a stream's or an {@code Optional}'s {@code map} as a function
 * ({@code secrets.stream().map(client::resource).forEach(Resource::delete)}): each element is given to the
 * client as {@code client.resource(x)} is, and worked on as the method reference given to a call after the
 * {@code map} says (a lambda that only calls one, {@code r -> r.delete()}, too). The elements' type is read
 * from what the stream or {@code Optional} is made of: a variable declared {@code List<Secret>} (any holder
 * of one type argument) or {@code Optional<Secret>}, {@code context.getSecondaryResource(s)(Secret.class)},
 * {@code Optional.of(x)}, {@code Stream.of(x)}, {@code List.of(x)}. Where it cannot be read,
 * {@link UnreadChains} says so.
 */
final class ClientFunctions {
    /** The client's method that gives one object to work on, given as a function. */
    private static final Pattern RESOURCE = Pattern.compile("(?i).*client(\\(\\))?::resource");
    /** The calls of a stream or an {@code Optional} that keep its elements as they are. */
    private static final Set<String> KEEPING = Set.of("filter", "sorted", "distinct", "limit", "skip", "peek",
            "stream", "parallelStream", "parallel", "sequential", "unordered", "takeWhile", "dropWhile");
    /** The calls that give a function each element (the value of an {@code Optional}). */
    private static final Set<String> GIVING = Set.of("forEach", "forEachOrdered", "ifPresent", "ifPresentOrElse", "map",
            "flatMap", "peek");
    private static final Set<String> OF = Set.of("of", "ofNullable");
    private static final Set<String> SECONDARY = Set.of("getSecondaryResource", "getSecondaryResources",
            "getSecondaryResourcesAsStream");

    private ClientFunctions() {
    }

    /**
     * Grants what {@code call} does when it gives each element of a stream or an {@code Optional} mapped by
     * {@code client::resource} to a method reference to an operation ({@code forEach(Resource::delete)});
     * says whether it does.
     */
    static boolean grant(SourceModel.Call call, Grants grants,
            BiFunction<SourceModel.Call, String, Optional<Kinds.Kind>> kinds) {
        String operation = !GIVING.contains(call.method()) || call.arguments().isEmpty() ? null
                : operation(call.arguments().get(0).reference());
        List<String> needs = operation == null ? null : operation.equals("delete") ? List.of(" delete")
                : Operations.VERBS.get(operation); // each is one named object
        SourceModel.Call mapped = needs == null ? null : mapped(call.receiver());
        TypeUse elements = mapped == null ? null : elements(mapped.receiver(), mapped);
        if (elements == null) {
            return false;
        }
        // As client.resource(x) of each element x.
        SourceModel.Call given = new SourceModel.Call(null, "resource", List.of(new SourceModel.Argument(null,
                List.of(), null, List.of(), elements, List.of(), List.of(), null)), null, mapped.location(), null, null,
                null, null, null, null);
        Optional<Kinds.Kind> kind = kinds.apply(given, null);
        kind.ifPresent(k -> needs.forEach(need -> k.grant(grants, need.substring(0, need.indexOf(' ')),
                List.of(need.substring(need.indexOf(' ') + 1)))));
        return kind.isPresent();
    }

    /** The operation a method reference names ({@code delete} of {@code Resource::delete}); else null. */
    private static String operation(String reference) {
        return reference == null ? null : reference.substring(reference.indexOf("::") + 2);
    }

    /** The {@code map(client::resource)} that {@code step}, or a call before it that keeps the elements, is. */
    private static SourceModel.Call mapped(SourceModel.Call step) {
        while (step != null && !isMap(step) && KEEPING.contains(step.method())) {
            step = step.receiver();
        }
        return step != null && isMap(step) ? step : null;
    }

    private static boolean isMap(SourceModel.Call step) {
        return step.method().equals("map") && step.arguments().size() == 1 && step.arguments().get(0).reference() != null
                && RESOURCE.matcher(step.arguments().get(0).reference()).matches();
    }

    /**
     * The type of the elements of what {@code first} makes, or of the variable {@code on} is called on where
     * {@code first} is null; else null.
     */
    private static TypeUse elements(SourceModel.Call first, SourceModel.Call on) {
        SourceModel.Call step = first;
        while (step != null && KEEPING.contains(step.method())) {
            on = step;
            step = step.receiver();
        }
        if (step == null) { // on a variable: List<Secret> secrets; secrets.stream()
            return on.targetType() instanceof TypeUse.Named holder && holder.arguments().size() == 1
                    ? holder.arguments().get(0) : null;
        }
        if (SECONDARY.contains(step.method())) {
            return step.classArgument(0).orElse(null);
        }
        if (OF.contains(step.method()) && !step.arguments().isEmpty() && step.receiver() == null) {
            TypeUse type = step.arguments().get(0).type();
            return step.arguments().stream().allMatch(a -> type != null && type.equals(a.type())) ? type : null;
        }
        return null;
    }
}
