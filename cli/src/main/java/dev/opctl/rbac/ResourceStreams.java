package dev.opctl.rbac;

import dev.opctl.crd.SourceModel;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The objects of a chain on the client as a stream ({@code client.pods().withLabel("app", "web").resources()}):
 * fabric8 lists them ({@code list}), and gives each as a {@code Resource} of one named object, to work on
 * as the method references given to the stream's calls say ({@code forEach(Resource::delete)}: a
 * {@code delete} of each). What a lambda does with each ({@code forEach(r -> r.delete())}) is not read: said.
 */
final class ResourceStreams {
    /** The methods of {@code java.util.stream.Stream} a chain may go on with, or end in. */
    private static final Set<String> STREAM = Set.of("filter", "map", "flatMap", "peek", "sorted", "distinct",
            "limit", "skip", "forEach", "forEachOrdered", "toList", "collect", "count", "anyMatch", "allMatch",
            "noneMatch", "findFirst", "findAny", "iterator", "reduce", "min", "max", "toArray", "parallel",
            "sequential", "unordered", "takeWhile", "dropWhile", "mapMulti");

    private ResourceStreams() {
    }

    /**
     * Grants what {@code call} does, when it is {@code resources()} ({@code list}) or a call of its stream
     * given a method reference to an operation on each object ({@code forEach(Resource::delete)});
     * says whether it is.
     */
    static boolean grant(SourceModel.Call call, Grants grants,
            BiFunction<SourceModel.Call, String, Optional<Kinds.Kind>> kinds) {
        boolean listing = listing(call);
        SourceModel.Call listed = listing ? call : listed(call);
        Optional<Kinds.Kind> kind = listed == null ? Optional.empty() : kind(listed, kinds);
        if (kind.isEmpty()) {
            return false;
        }
        if (listing) {
            kind.get().grant(grants, "", List.of("list"));
            return true;
        }
        boolean granted = false;
        for (SourceModel.Call step = call; step != listed; step = step.receiver()) {
            for (SourceModel.Argument argument : step.arguments()) {
                String reference = argument.reference();
                String operation = reference == null ? null : reference.substring(reference.indexOf("::") + 2);
                List<String> needs = operation == null ? null : operation.equals("delete") ? List.of(" delete")
                        : Operations.VERBS.get(operation); // each is one named object
                if (needs != null) {
                    for (String need : needs) {
                        String[] subresourceAndVerb = need.split(" ");
                        kind.get().grant(grants, subresourceAndVerb[0], List.of(subresourceAndVerb[1]));
                    }
                    granted = true;
                }
            }
        }
        return granted;
    }

    /**
     * What to say of a call of the stream of a chain's {@code resources()} that granted nothing, and ends
     * the chain: what a lambda (or another function) given to it, or to a call before it, does with each
     * object is not read, nor what is done with what it returns.
     */
    static Optional<UnreadChains.Unread> unread(SourceModel.Call call,
            BiFunction<SourceModel.Call, String, Optional<Kinds.Kind>> kinds) {
        SourceModel.Call listed = listed(call);
        Optional<Kinds.Kind> kind = listed == null ? Optional.empty() : kind(listed, kinds);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        SourceModel.Call given = null; // the nearest to resources() given a function opctl does not read
        for (SourceModel.Call step = call; step != listed; step = step.receiver()) {
            if (step.arguments().stream().anyMatch(a -> a.reference() == null)) {
                given = step;
            }
        }
        String what = given != null ? String.format("what the function given to %s(...) does with each object",
                given.method()) : String.format("what is done with the objects after %s()", call.method());
        return Optional.of(new UnreadChains.Unread(kind.get(), String.format("%s: opctl grants list for resources() "
                + "on the client of %s, and does not read %s (a method reference to an operation is read, "
                + "forEach(Resource::delete), and a lambda that only calls one, r -> r.delete()); grant it by a "
                + "marker, %s", call.location(), kind.get().plural(), what,
                UnreadChains.marker(kind.get()))));
    }

    /**
     * What to say of {@code call} when it is a {@code resources()} that ends the chain (no other call's
     * receiver: {@code var objects = client.pods().resources()}): its stream is kept, and what is done with
     * the objects later is not read.
     */
    static Optional<UnreadChains.Unread> kept(SourceModel.Call call,
            BiFunction<SourceModel.Call, String, Optional<Kinds.Kind>> kinds) {
        Optional<Kinds.Kind> kind = listing(call) ? kind(call, kinds) : Optional.empty();
        return kind.map(k -> new UnreadChains.Unread(k, String.format("%s: opctl grants list for resources() on the "
                + "client of %s, and does not read what is done with the objects later (the chain ends at "
                + "resources(), and opctl reads a chain only whole); go on with the stream in the chain "
                + "(forEach(Resource::delete)), or grant it by a marker, %s", call.location(), k.plural(),
                UnreadChains.marker(k))));
    }

    /** Whether {@code call} is {@code resources()}, with no arguments: the objects of the chain it ends. */
    private static boolean listing(SourceModel.Call call) {
        return call.method().equals("resources") && call.arguments().isEmpty() && call.receiver() != null;
    }

    /** The {@code resources()} that {@code call}, a call of its stream, is reached from; else null. */
    private static SourceModel.Call listed(SourceModel.Call call) {
        SourceModel.Call step = call;
        while (step != null && STREAM.contains(step.method())) {
            step = step.receiver();
        }
        return step != call && step != null && listing(step) ? step : null;
    }

    /** The kind of the chain {@code listed}, a {@code resources()}, ends. */
    private static Optional<Kinds.Kind> kind(SourceModel.Call listed,
            BiFunction<SourceModel.Call, String, Optional<Kinds.Kind>> kinds) {
        SourceModel.Call step = Chain.of(listed).kind();
        return step == null ? Optional.empty() : ClientCalls.kind(step, kinds);
    }
}
