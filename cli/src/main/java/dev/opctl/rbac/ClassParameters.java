package dev.opctl.rbac;

import dev.opctl.crd.MethodParameters;
import dev.opctl.crd.SourceModel;
import dev.opctl.crd.model.TypeUse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of a class a method's parameter gives to {@code client.resources(type)}: those of the class
 * literals the method is called with in the sources ({@code informer(Secret.class)}), through callers
 * that pass on a parameter of their own too, as a cache of informers keyed by class is written
 * ({@code <R extends HasMetadata> SharedIndexInformer<R> informer(Class<R> type)}), and by a class's
 * methods called unqualified in a subclass or an implementation (an interface's default method). Told only
 * where every call that gives it a class gives a literal; else {@link UnreadChains} says that it cannot tell
 * the kind. A literal of a class that is no kind opctl knows is said where it is given, and the others granted
 * (the StreamsHub console's {@code getResource(context, Route.class, ...)} beside its Secrets: trial44 M1).
 */
final class ClassParameters {
    /** How many methods passing the class on are followed. */
    private static final int DEPTH = 4;

    private final JosdkUses uses;
    /** The kinds of each {@code resources(type)} step read (the same chain is read for each reconciler using it). */
    private final Map<SourceModel.Call, List<Kinds.Kind>> known = new IdentityHashMap<>();
    /** The {@code resources(type)} steps whose parameter every call gives a class literal, kinds known or not. */
    private final Set<SourceModel.Call> told = Collections.newSetFromMap(new IdentityHashMap<>());

    ClassParameters(JosdkUses uses) {
        this.uses = uses;
    }

    /**
     * Grants in {@code grants} what {@code call}, in the code of {@code type}, does on each kind of the class a
     * parameter gives to the {@code resources(type)} of its chain; says whether it does.
     */
    boolean grant(String type, SourceModel.Call call, Grants grants) {
        SourceModel.Call step = step(call);
        List<Kinds.Kind> found = step == null ? List.of() : of(type, step);
        boolean granted = false;
        for (Kinds.Kind kind : found) {
            granted |= ClientCalls.grant(call, grants, (c, named) -> c == step && named == null
                    ? Optional.of(kind) : uses.kinds().ofClient(c, named));
        }
        return granted;
    }

    /**
     * What {@link UnreadChains#unread} says of {@code call}, the end of a chain in the code of {@code type},
     * but that it cannot tell the kind of a class a parameter gives where this class tells it.
     */
    Optional<UnreadChains.Unread> unread(String type, SourceModel.Call call) {
        Optional<UnreadChains.Unread> unread = UnreadChains.unread(call, uses.kinds()::ofClient);
        boolean told = unread.isPresent() && unread.equals(UnreadChains.classGiven(call))
                && classGiven(type, call).isEmpty();
        return told ? Optional.empty() : unread;
    }

    /**
     * What {@link UnreadChains#classGiven} says of {@code call}, in the code of {@code type}, where this class
     * cannot tell the kinds.
     */
    Optional<UnreadChains.Unread> classGiven(String type, SourceModel.Call call) {
        SourceModel.Call step = step(call);
        return step != null && (!of(type, step).isEmpty() || told.contains(step)) ? Optional.empty()
                : UnreadChains.classGiven(call);
    }

    /** The step {@code resources(type)} on the client of the chain {@code call} ends, given a variable; else null. */
    private static SourceModel.Call step(SourceModel.Call call) {
        for (SourceModel.Call step = call; step != null; step = step.receiver()) {
            if (step.method().equals("resources") && step.arguments().size() == 1 && step.classArgument(0).isEmpty()
                    && ClientCalls.startsOnClient(step)) {
                return step;
            }
        }
        return null;
    }

    /**
     * The kinds {@code step}, {@code resources(type)} in the code of {@code type}, works on: one for each
     * class literal given to the parameter {@code type} is; none where opctl cannot tell them all.
     */
    /**
     * The kinds of the class a parameter of the method it is in gives {@code call}, of the code of {@code type},
     * as its first argument ({@code InformerEventSourceConfiguration.from(type, Primary.class)}); none where that
     * is a class literal, or opctl cannot tell them all.
     */
    List<Kinds.Kind> firstArgument(String type, SourceModel.Call call) {
        return call.arguments().isEmpty() || call.classArgument(0).isPresent() ? List.of() : of(type, call);
    }

    private List<Kinds.Kind> of(String type, SourceModel.Call step) {
        return known.computeIfAbsent(step, s -> find(type, s));
    }

    private List<Kinds.Kind> find(String type, SourceModel.Call step) {
        SourceModel.Argument given = step.arguments().get(0);
        Optional<MethodParameters.Parameter> parameter = given.names().size() == 1
                ? MethodParameters.of(uses.model(), type, step.location(), given.names().get(0)) : Optional.empty();
        Map<TypeUse, String> literals = new LinkedHashMap<>(); // where each is given first
        if (parameter.isEmpty() || !literals(parameter.get(), literals, new HashSet<>(), 0) || literals.isEmpty()) {
            return List.of();
        }
        told.add(step);
        List<Kinds.Kind> found = new ArrayList<>();
        // A class that is no kind opctl knows is said where it is given (with a jar to add, or a marker to write).
        literals.forEach((literal, where) -> uses.kinds().of(literal, where).ifPresent(found::add));
        return found;
    }

    /**
     * Adds to {@code found} the class literals the calls of {@code parameter}'s method give it; says whether
     * every such call gives a literal, or a parameter of its own method that the calls of that one do (a
     * method no code calls gives none).
     */
    private boolean literals(MethodParameters.Parameter parameter, Map<TypeUse, String> found,
            Set<MethodParameters.Parameter> seen, int depth) {
        if (!seen.add(parameter)) {
            return true; // methods that call each other: what else calls them says
        }
        if (depth > DEPTH) {
            return false;
        }
        for (String caller : uses.model().types().keySet()) {
            for (SourceModel.Call call : uses.calls(caller)) {
                if (!call.method().equals(parameter.method()) || call.arguments().size() != parameter.arity()) {
                    continue;
                }
                SourceModel.Argument given = call.arguments().get(parameter.index());
                boolean ofMethod = ofMethod(call, caller, parameter.type());
                if (given.classLiteral() != null && (ofMethod || unknownTarget(call))) {
                    found.putIfAbsent(given.classLiteral(), call.location());
                } else if (ofMethod || unknownTarget(call) && classValue(given)) {
                    Optional<MethodParameters.Parameter> passed = given.names().size() == 1
                            ? MethodParameters.of(uses.model(), caller, call.location(), given.names().get(0))
                            : Optional.empty();
                    if (passed.isEmpty() || !literals(passed.get(), found, seen, depth + 1)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /**
     * Whether {@code call}, in the code of {@code caller}, calls a method of {@code declaring}: on an object
     * declared of that class, on the class's name, or on nothing in the code of that class or one it nests in
     * or that nests in it, or of a class of the sources that extends or implements it.
     */
    private boolean ofMethod(SourceModel.Call call, String caller, String declaring) {
        if (call.targetType() instanceof TypeUse.Named type) {
            return type.name().equals(declaring);
        }
        if (call.target() != null || call.receiver() != null) {
            return declaring.equals(call.target());
        }
        return caller.equals(declaring) || caller.startsWith(declaring + ".") || declaring.startsWith(caller + ".")
                || uses.model().type(caller).filter(t -> uses.supertypes(t).stream()
                        .anyMatch(s -> s.name().equals(declaring))).isPresent();
    }

    /** Whether what {@code call} is called on is not told: the value of another call, or a name of no known type. */
    private static boolean unknownTarget(SourceModel.Call call) {
        return call.targetType() == null && (call.receiver() != null || call.target() != null && !call.target()
                .contains("."));
    }

    /** Whether {@code argument} is a {@code Class}: a variable declared of it, or of no told type. */
    private static boolean classValue(SourceModel.Argument argument) {
        return argument.type() == null || argument.type() instanceof TypeUse.Named named
                && (named.name().equals("java.lang.Class") || named.name().equals("Class"));
    }
}
