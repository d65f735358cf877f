package dev.opctl.rbac;

import dev.opctl.crd.SourceModel;
import dev.opctl.crd.model.TypeUse;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What is said of a chain of calls on the fabric8 client that granted nothing ({@link ClientCalls}):
 * where it ends, and why opctl cannot tell what it asks the API server, with the marker that grants
 * it instead.
 */
final class UnreadChains {
    /**
     * The client's methods that take objects whose kind the code does not name: an object, a list of
     * objects, YAML to load, or a kind given as a {@code ResourceDefinitionContext}.
     */
    private static final Set<String> UNNAMED = Set.of("resource", "resourceList", "load", "genericKubernetesResources");
    /** The types of YAML given to {@code client.resource(...)}. */
    private static final Set<String> TEXT = Set.of("java.lang.String", "java.io.InputStream");
    /** A method of the client given as a function: {@code client::resource}, {@code context.getClient()::resources}. */
    private static final Pattern FUNCTION = Pattern.compile("(?i).*client(\\(\\))?::(resources?|resourceList|load)");

    private UnreadChains() {
    }

    /**
     * What to say of a chain on the client that {@code call} ends (no other call's receiver) and that
     * granted nothing: one kept to call on later ({@link #kept}), a stream of its objects whose functions
     * are not read ({@link ResourceStreams#unread}), one ending in, or broken by, a call
     * opctl does not know ({@link #unknown}), an operation on {@code client.resource(x)}, whose kind
     * the code does not name, one of {@code resources(type)} ({@link #classGiven}), a
     * {@code client.raw(url)}, or a method of the client given as a function ({@code client::resource}).
     * A status patch or update of an object given is the reconciler's primary's, said by none, but of
     * an object of another kind ({@link Chain#onObjectOfAnotherKind}).
     */
    static Optional<Unread> unread(SourceModel.Call call,
            BiFunction<SourceModel.Call, String, Optional<Kinds.Kind>> kinds) {
        if (call.receiver() != null && call.receiver().method().equals("resourceOperations")
                && call.receiver().arguments().isEmpty()) {
            return Optional.of(new Unread(null, String.format("%s: opctl does not read what %s(...) of JOSDK's "
                    + "resourceOperations() (JOSDK 5.3 and later) asks of the API server, and grants nothing for it; "
                    + "grant it by a marker on the line before, // +opctl:rbac:groups=GROUP,resources=PLURAL,verbs=... "
                    + "(a server-side apply needs create and patch)", call.location(), call.method())));
        }
        // In any call of the chain: secrets.stream().map(client::resource).collect(...), on a list.
        Optional<String> function = Stream.iterate(call, Objects::nonNull, SourceModel.Call::receiver)
                .flatMap(step -> step.arguments().stream()).map(SourceModel.Argument::reference)
                .filter(r -> r != null && FUNCTION.matcher(r).matches()).findFirst();
        if (function.isPresent()) {
            return Optional.of(new Unread(null, String.format("%s: a method of the client is given as a function "
                    + "(%s), and what is done with it is not read: opctl grants nothing for it (it reads "
                    + "map(client::resource) of a stream or Optional of a type it can tell, List<Secret> secrets, "
                    + "followed by a method reference to an operation, forEach(Resource::delete)); grant it by a "
                    + "marker on the line before, // +opctl:rbac:groups=GROUP,resources=PLURAL,verbs=...",
                    call.location(), function.get())));
        }
        if (ClientCalls.onOtherObject(call)) {
            return Optional.empty();
        }
        if (call.method().equals("raw") && ClientCalls.startsOnClient(call)) {
            return Optional.of(new Unread(null, String.format("%s: opctl does not read what the URL given to raw(...) "
                    + "asks of the API server, and grants nothing for it; grant it by a marker on the line before, "
                    + "// +opctl:rbac:groups=GROUP,resources=PLURAL,verbs=... (or urls=PATH,verbs=... for a path "
                    + "outside the API's resources)", call.location())));
        }
        Optional<Kinds.Kind> kept = kept(call, kinds);
        if (kept.isPresent()) {
            return Optional.of(new Unread(kept.get(), String.format("%s: a chain of calls on the client of %s ends at "
                    + "%s(), and what is done with it later is not read (opctl reads a chain only whole); write the "
                    + "chain whole, or grant it by a marker, %s", call.location(), kept.get().plural(), call.method(),
                    marker(kept.get()))));
        }
        Optional<Unread> streamed = ResourceStreams.unread(call, kinds);
        if (streamed.isPresent()) {
            return streamed;
        }
        Optional<Kinds.Kind> unknown = unknown(call, kinds);
        if (unknown.isPresent()) {
            return Optional.of(new Unread(unknown.get(), String.format("%s: opctl does not know what %s() on a chain "
                    + "of calls on the client of %s asks the API server, and grants nothing for it; grant it by a "
                    + "marker, %s", call.location(), call.method(), unknown.get().plural(), marker(unknown.get()))));
        }
        Optional<Unread> classGiven = classGiven(call);
        if (classGiven.isPresent()) {
            return classGiven;
        }
        SourceModel.Call step = Chain.of(call).kind();
        boolean onClient = step != null && UNNAMED.contains(step.method()) && ClientCalls.startsOnClient(step);
        if (onClient && Operations.VERBS.containsKey(call.method()) && (!step.method().equals("resource")
                || Chain.onObjectOfAnotherKind(call) || !Set.of("patchStatus", "updateStatus", "replaceStatus")
                        .contains(call.method()))) {
            TypeUse given = step.method().equals("resource") && !step.arguments().isEmpty()
                    ? step.arguments().get(0).type() : null;
            // YAML: a literal, or a String or InputStream given (client.resource(String), resource(InputStream)).
            boolean yaml = step.method().equals("resource") && !step.arguments().isEmpty()
                    && (!step.arguments().get(0).strings().isEmpty() || given instanceof TypeUse.Named text
                            && TEXT.contains(text.name()));
            // A variable of a class that is no kind opctl knows (Route, with no jar of OpenShift's model at hand).
            // Not a type variable, which reads as a class of its name, all capitals by convention (T, CR).
            String declared = !yaml && given instanceof TypeUse.Named n && !Chain.ANY_KIND.contains(n.name())
                    && !n.name().equals(Chain.GENERIC) && !Chain.typeVariable(n.name()) ? n.name() : null;
            String fix = yaml ? "give the object it makes to a chain that names its kind (client.configMaps().resource(x))"
                    : declared != null ? "opctl reads a kind from fabric8's @Group and @Version on its class, in the "
                    + "sources or in a jar of the class path (a dependency in pom.xml): add them, or the jar"
                    : step.method().equals("resource") ? "name its kind (a variable declared with its class, "
                    + "ConfigMap x; client.resources(K.class).resource(x); client.configMaps().resource(x))"
                    : step.method().equals("genericKubernetesResources") ? "name its kind "
                    + "(genericKubernetesResources(\"group/version\", \"Kind\"), of strings or String constants)"
                    : "name its kind (client.resources(K.class).resource(x), client.configMaps().resource(x))";
            return Optional.of(new Unread(null, String.format("%s: opctl cannot tell the kind of %s given to "
                    + "%s(...), and grants nothing for %s(); %s, or grant it by a marker on the line before, "
                    + "// +opctl:rbac:%s", call.location(), yaml ? "the YAML" : declared != null ? declared : "what is",
                    step.method(), call.method(), fix, needs(call.method()))));
        }
        return OpenShiftKinds.unmapped(call).map(method -> new Unread(null, String.format("%s: opctl does not know "
                + "what %s() of the OpenShift client works on, and grants nothing for the chain; grant it by a marker "
                + "on the line before, // +opctl:rbac:groups=GROUP,resources=PLURAL,verbs=...", call.location(),
                method)));
    }

    /**
     * What to say of a chain on the client of {@code resources(type)} whose class a variable gives:
     * opctl cannot tell its kind, whatever the chain does ({@code .list().getItems()}), or where it
     * keeps the chain to work on later.
     */
    static Optional<Unread> classGiven(SourceModel.Call call) {
        SourceModel.Call operation = null;
        for (SourceModel.Call step = call; step != null; step = step.receiver()) {
            if (step.method().equals("resources") && !step.arguments().isEmpty() && step.classArgument(0).isEmpty()
                    && ClientCalls.startsOnClient(step)) {
                return Optional.of(new Unread(null, String.format("%s: opctl cannot tell the kind of the class given "
                        + "to resources(...), and grants nothing for %s; write the class (resources(Secret.class)), or "
                        + "grant it by a marker on the line before, "
                        + "// +opctl:rbac:groups=GROUP,resources=PLURAL,verbs=...",
                        call.location(), operation == null ? "what is done with it" : operation.method() + "()")));
            }
            if (Operations.VERBS.containsKey(step.method())) {
                operation = step;
            }
        }
        return Optional.empty();
    }

    /** What is said of a chain that granted nothing, and its kind where opctl knows it (null where not). */
    record Unread(Kinds.Kind kind, String warning) {
    }

    /** The marker that grants {@code verbs} on {@code kind}, or on a group and plural left to write where none. */
    static String marker(Optional<Kinds.Kind> kind, String verbs) {
        return kind.map(k -> marker(k).replace("verbs=...", "verbs=" + verbs))
                .orElse("// +opctl:rbac:groups=GROUP,resources=PLURAL,verbs=" + verbs);
    }

    /**
     * The keys of the markers that grant what the operation {@code method} needs of a kind opctl cannot tell,
     * its group and plural left to write ({@code groups=GROUP,resources=PLURAL,verbs=get;update} of {@code update}).
     */
    static String needs(String method) {
        Map<String, Set<String>> bySubresource = new TreeMap<>();
        for (String need : Operations.VERBS.getOrDefault(method, List.of())) {
            int space = need.indexOf(' ');
            bySubresource.computeIfAbsent(need.substring(0, space), s -> new TreeSet<>()).add(need.substring(space + 1));
        }
        return bySubresource.isEmpty() ? "groups=GROUP,resources=PLURAL,verbs=..." : bySubresource.entrySet().stream()
                .map(e -> "groups=GROUP,resources=PLURAL" + e.getKey() + ",verbs=" + String.join(";", e.getValue()))
                .collect(Collectors.joining(" and // +opctl:rbac:"));
    }

    /** The marker that grants on {@code kind}, its verbs left to write. */
    static String marker(Kinds.Kind kind) {
        return String.format("// +opctl:rbac:groups=%s,resources=%s,verbs=...", kind.group().isEmpty() ? "core"
                : kind.group(), kind.plural());
    }

    /**
     * The kind of a chain on the client that {@code call}, no other call's receiver, ends before any
     * operation: the code keeps it to call on later ({@code var configMaps = client.configMaps().inNamespace(ns)}),
     * and what it does then is not read. Only a chain plainly on the client: narrowed ({@code inNamespace},
     * {@code withName}, ...), of {@code resources(K.class)}, of an API group, or on {@code getClient()}.
     */
    private static Optional<Kinds.Kind> kept(SourceModel.Call call,
            BiFunction<SourceModel.Call, String, Optional<Kinds.Kind>> kinds) {
        SourceModel.Call step = keptStep(call);
        return step != null ? ClientCalls.kind(step, kinds) : Optional.empty();
    }

    /**
     * The call that names the kind of a chain plainly on the client that {@code call} ends, narrowed or not
     * ({@link ClientCalls#plain}: {@code client.configMaps().inNamespace(ns)}); else null.
     */
    static SourceModel.Call keptStep(SourceModel.Call call) {
        boolean narrowed = ClientCalls.NARROWING.contains(call.method()) && !ClientCalls.given(call);
        SourceModel.Call step = narrowed ? Chain.of(call).kind() : call;
        return step != null && ClientCalls.plain(step, narrowed) ? step : null;
    }

    /**
     * The kind of a chain on the client that {@code call}, no other call's receiver, ends with no
     * operation opctl knows on the way, or with one it does not know of that kind (a deployment's
     * {@code getLog()}, {@code client.pods().withName(p).portForward(8080)}):
     * what it asks the API server is not read. Only a chain plainly on the client, as {@link #kept}.
     */
    private static Optional<Kinds.Kind> unknown(SourceModel.Call call,
            BiFunction<SourceModel.Call, String, Optional<Kinds.Kind>> kinds) {
        SourceModel.Call after = null;
        for (SourceModel.Call step = call; step != null; after = step, step = step.receiver()) {
            if (step != call && Operations.VERBS.containsKey(step.method())) {
                return Optional.empty(); // granted there, and what follows works on what it returned
            }
            if (after != null && ClientCalls.plain(step, ClientCalls.NARROWING.contains(after.method()))) {
                Optional<Kinds.Kind> kind = ClientCalls.kind(step, kinds);
                if (kind.isPresent()) {
                    return kind;
                }
            }
        }
        return Optional.empty();
    }
}
