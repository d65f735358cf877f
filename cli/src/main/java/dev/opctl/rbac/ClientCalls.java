package dev.opctl.rbac;

import dev.opctl.crd.Fabric8Plural;
import dev.opctl.crd.SourceModel;
import dev.opctl.crd.model.TypeUse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * What a chain of calls on the fabric8 Kubernetes client does, as the API server authorizes it:
 * {@code client.configMaps().inNamespace(ns).withName(name).get()} reads one ConfigMap
 * ({@code get} on {@code configmaps}). A chain is read from its last call back to the call that
 * names the kind ({@code configMaps()}, {@code apps().deployments()}, {@code resources(Store.class)}),
 * through the calls that only narrow it ({@code inNamespace}, {@code withName}, {@code withLabel},
 * ...); any other call in between, or a chain split across variables, is not read. The verbs of
 * each operation ({@link Operations}) are those fabric8 7 asks the API server for, as seen on a real
 * one (an update of an object without a resource version reads it first, an edit or a patch of a
 * named object too, an edit of an object given does not; a delete of more than one named object is a
 * {@code deletecollection}).
 */
final class ClientCalls {
    /** The kinds of the core group the client names by a method of its own. */
    private static final Set<String> CORE = Set.of("bindings", "componentstatuses", "configMaps", "endpoints",
            "limitRanges", "namespaces", "nodes", "persistentVolumeClaims", "persistentVolumes", "pods",
            "replicationControllers", "resourceQuotas", "secrets", "serviceAccounts", "services");

    /** The client's methods that name an API group, and the group. */
    private static final Map<String, String> GROUPS = Map.ofEntries(Map.entry("admissionRegistration",
            "admissionregistration.k8s.io"), Map.entry("apiextensions", "apiextensions.k8s.io"),
            Map.entry("apps", "apps"), Map.entry("autoscaling", "autoscaling"), Map.entry("batch", "batch"),
            Map.entry("certificates", "certificates.k8s.io"), Map.entry("discovery", "discovery.k8s.io"),
            Map.entry("events", "events.k8s.io"), Map.entry("network", "networking.k8s.io"),
            Map.entry("policy", "policy"), Map.entry("rbac", "rbac.authorization.k8s.io"),
            Map.entry("scheduling", "scheduling.k8s.io"), Map.entry("storage", "storage.k8s.io"),
            Map.entry("authentication", "authentication.k8s.io"), Map.entry("authorization", "authorization.k8s.io"),
            Map.entry("top", "metrics.k8s.io"), Map.entry("extensions", "extensions"),
            Map.entry("flowControl", "flowcontrol.apiserver.k8s.io"),
            Map.entry("dynamicResourceAllocation", "resource.k8s.io"));
    /** The client's methods that name a kind of a group other than the core group, and the group. */
    private static final Map<String, String> OWN_GROUP = Map.of("leases", "coordination.k8s.io", "tokenReviews",
            "authentication.k8s.io", "runtimeClasses", "node.k8s.io", "certificateSigningRequests",
            "certificates.k8s.io", "apiServices", "apiregistration.k8s.io");
    /** The types of objects of any kind: an object given to the client declared so says nothing of its kind. */
    private static final Set<String> KINDLESS = Set.of("io.fabric8.kubernetes.api.model.HasMetadata",
            "io.fabric8.kubernetes.api.model.KubernetesResource", "io.fabric8.kubernetes.client.CustomResource",
            "io.fabric8.kubernetes.api.model.GenericKubernetesResource", "java.lang.Object");
    /** The client's methods whose kind's plural is not their lower-case name. */
    private static final Map<String, String> PLURALS = Map.of("subjectAccessReview", "subjectaccessreviews",
            "selfSubjectAccessReview", "selfsubjectaccessreviews", "localSubjectAccessReview",
            "localsubjectaccessreviews", "selfSubjectRulesReview", "selfsubjectrulesreviews", "podDisruptionBudget",
            "poddisruptionbudgets", "flowSchema", "flowschemas", "ingress", "ingresses", "priorityClass",
            "priorityclasses", "resourcesSlices", "resourceslices");
    /** Calls that narrow what a chain works on, or set how, and ask the API server nothing. */
    static final Set<String> NARROWING = Set.of("inNamespace", "inAnyNamespace", "withName", "withLabel", "fromServer",
            "withLabels", "withLabelIn", "withLabelNotIn", "withoutLabel", "withoutLabels", "withLabelSelector",
            "withField", "withFields", "withoutField", "withoutFields", "withInvolvedObject", "resource",
            "withResourceVersion", "withGracePeriod", "withPropagationPolicy", "withTimeout", "withTimeoutInMillis",
            "fieldManager", "forceConflicts", "dryRun", "lockResourceVersion", "unlock", "withIndexers", "withLimit",
            "inContainer", "tailingLines", "sinceTime", "sinceSeconds", "limitBytes", "usingTimestamps",
            "terminateOnError", "rolling", "withReadyWaitTimeout", "withLogWaitTimeout", "withPrettyOutput",
            "redirectingInput", "redirectingOutput", "redirectingError", "writingInput", "writingOutput", "writingError",
            "writingErrorChannel", "readingInput", "withTTY", "usingListener", "dir", "file",
            "ephemeralContainers");
    /** The operations on a pod's containers, which fabric8 does on the pods of a job too for its logs. */
    private static final Set<String> LOGS = Set.of("getLog", "watchLog", "exec", "attach", "upload", "copy");
    /**
     * The client's methods that take objects whose kind the code does not name: an object, a list of
     * objects, YAML to load, or a kind given as a {@code ResourceDefinitionContext}.
     */
    private static final Set<String> UNNAMED = Set.of("resource", "resourceList", "load", "genericKubernetesResources");
    /** The controllers whose logs fabric8 reads from their pods, found by their selector (and a deployment's). */
    private static final Set<String> CONTROLLERS = Set.of("batch/jobs", "apps/replicasets", "apps/statefulsets",
            "/replicationcontrollers");
    /** The operations fabric8 does on pods only. */
    private static final Set<String> POD_ONLY = Set.of("portForward");

    private ClientCalls() {
    }

    /**
     * Grants what {@code call} does, when it is the last call of a chain on the client whose kind
     * {@code kinds} knows (given the kind's class, or its API group and the client's method that
     * names it); says whether it is.
     */
    static boolean grant(SourceModel.Call call, Grants grants,
            BiFunction<SourceModel.Call, String, Optional<Kinds.Kind>> kinds) {
        List<String> operation = Operations.VERBS.get(call.method());
        if (operation == null) {
            return false;
        }
        Chain chain = Chain.of(call);
        Optional<Kinds.Kind> kind = chain.kind() == null ? Optional.empty() : kind(chain.kind(), kinds);
        if (kind.isEmpty()) {
            return false;
        }
        List<String> needs = new ArrayList<>(operation);
        if (call.method().equals("delete")) {
            needs = List.of(chain.oneObject() ? " delete" : " deletecollection");
        }
        // createOr(NonDeletingOperation::patch) creates, and where the object exists, does what the method named does.
        String then = call.method().equals("createOr") && !call.arguments().isEmpty()
                ? call.arguments().get(0).reference() : null;
        if (then != null && Operations.VERBS.containsKey(then.substring(then.indexOf("::") + 2))) {
            needs = new ArrayList<>(List.of(" create"));
            needs.addAll(Operations.VERBS.get(then.substring(then.indexOf("::") + 2)));
        } else if (lambda(call)) {
            needs = new ArrayList<>(List.of(" create")); // what the lambda does is said by JosdkUses
        }
        // An edit of an object the code gives, or a patch of it given whole (patch(context, "{...}")), works
        // from that object; of a named object, or a patch computed against the server's (patch()), reads it.
        if (call.method().equals("scale") && call.arguments().isEmpty()) {
            needs = List.of("/scale get"); // reads the scale; scale(n) reads the object and its scale, and replaces it
        }
        if (chain.givenObject() && (call.method().startsWith("edit") || call.method().equals("accept")
                || call.method().equals("patch") && call.arguments().size() == 2)) {
            needs.remove(" get");
        }
        // patch(PatchContext.of(PatchType.SERVER_SIDE_APPLY), x), or its builder's, or a variable's or field's
        // initialized so: an apply, which creates too.
        if (call.method().equals("patch") && call.arguments().stream().anyMatch(a -> Stream.concat(a.names()
                .stream(), a.initializerNames().stream())
                .anyMatch(n -> n.equals("SERVER_SIDE_APPLY") || n.endsWith(".SERVER_SIDE_APPLY")))) {
            // A named object's patch given as text reads the object first; one of an object given does not.
            needs = chain.givenObject() ? List.of(" create", " patch") : List.of(" create", " get", " patch");
        }
        if (call.method().equals("metrics") && call.arguments().size() == (kind.get().plural().equals("pods") ? 2 : 1)) {
            needs = List.of(" get"); // top().pods().metrics(namespace, name), top().nodes().metrics(name)
        }
        Kinds.Kind on = kind.get();
        String kindName = on.group() + "/" + on.plural();
        if ((LOGS.contains(call.method()) || POD_ONLY.contains(call.method())) && !on.plural().equals("pods")) {
            boolean deployment = kindName.equals("apps/deployments");
            if (!call.method().endsWith("Log") || !deployment && !CONTROLLERS.contains(kindName)) {
                return false; // a deployment's exec, say (and said as unknown)
            }
            // A controller's: its pods', found by its selector; a deployment's, its replica sets' pods'.
            on.grant(grants, "", List.of("get"));
            if (deployment) {
                grants.add("apps", "replicasets", List.of("get", "list"));
            }
            on = new Kinds.Kind("", "pods", true);
        }
        if (call.method().equals("undo")) {
            if (!kindName.equals("apps/deployments")) {
                return false;
            }
            grants.add("apps", "replicasets", List.of("list")); // the revision to go back to is a replica set's
        }
        if (ephemeral(call) && on.plural().equals("pods")) {
            needs = List.of(" get", call.method().equals("edit") || call.method().equals("patch")
                    ? "/ephemeralcontainers patch" : "/ephemeralcontainers update");
        }
        for (String need : needs) { // the object's read is its own, its writes the subresource's the chain names
            String[] subresourceAndVerb = need.split(" ");
            on.grant(grants, subresourceAndVerb[0].isEmpty() && chain.subresource() != null && !need.equals(" get")
                    ? "/" + chain.subresource() : subresourceAndVerb[0], List.of(subresourceAndVerb[1]));
        }
        return true;
    }

    /**
     * What to say of a chain on the client that {@code call} ends (no other call's receiver) and that
     * granted nothing: one kept to call on later ({@link #kept}), one ending in, or broken by, a call
     * opctl does not know ({@link #unknown}), an operation on {@code client.resource(x)}, whose kind
     * the code does not name, or a {@code client.raw(url)}. A status patch or update there is the
     * reconciler's primary's, said by none, but of a {@code GenericKubernetesResource}'s, of any kind.
     */
    static Optional<Unread> unread(SourceModel.Call call,
            BiFunction<SourceModel.Call, String, Optional<Kinds.Kind>> kinds) {
        if (call.method().equals("raw") && startsOnClient(call)) {
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
        Optional<Kinds.Kind> unknown = unknown(call, kinds);
        if (unknown.isPresent()) {
            return Optional.of(new Unread(unknown.get(), String.format("%s: opctl does not know what %s() on a chain "
                    + "of calls on the client of %s asks the API server, and grants nothing for it; grant it by a "
                    + "marker, %s", call.location(), call.method(), unknown.get().plural(), marker(unknown.get()))));
        }
        SourceModel.Call step = Chain.of(call).kind();
        if (step != null && step.method().equals("resources") && step.arguments().size() == 1 && startsOnClient(step)
                && step.classArgument(0).isEmpty() && Operations.VERBS.containsKey(call.method())) {
            return Optional.of(new Unread(null, String.format("%s: opctl cannot tell the kind of the class given to "
                    + "resources(...), and grants nothing for %s(); write the class (resources(Secret.class)), or "
                    + "grant it by a marker on the line before, // +opctl:rbac:groups=GROUP,resources=PLURAL,verbs=...",
                    call.location(), call.method())));
        }
        boolean onClient = step != null && UNNAMED.contains(step.method()) && startsOnClient(step);
        if (onClient && Operations.VERBS.containsKey(call.method()) && (!step.method().equals("resource")
                || Chain.onGenericObject(call) || !Set.of("patchStatus", "updateStatus", "replaceStatus")
                        .contains(call.method()))) {
            boolean yaml = step.method().equals("resource") && !step.arguments().isEmpty()
                    && !step.arguments().get(0).strings().isEmpty();
            // A variable of a class that is no kind opctl knows (Route, with no jar of OpenShift's model at hand).
            String declared = step.method().equals("resource") && !step.arguments().isEmpty()
                    && step.arguments().get(0).type() instanceof TypeUse.Named n && !KINDLESS.contains(n.name())
                    ? n.name() : null;
            String fix = yaml ? "give the object it makes to a chain that names its kind (client.configMaps().resource(x))"
                    : declared != null ? "opctl reads a kind from fabric8's @Group and @Version on its class, in the "
                    + "sources or in a jar of the class path (a dependency in pom.xml): add them, or the jar"
                    : step.method().equals("resource") ? "name its kind (a variable declared with its class, "
                    + "ConfigMap x; client.resources(K.class).resource(x); client.configMaps().resource(x))"
                    : "name its kind (client.resources(K.class).resource(x), client.configMaps().resource(x))";
            return Optional.of(new Unread(null, String.format("%s: opctl cannot tell the kind of %s given to "
                    + "%s(...), and grants nothing for %s(); %s, or grant it by a marker on the line before, "
                    + "// +opctl:rbac:groups=GROUP,resources=PLURAL,verbs=...", call.location(), yaml ? "the YAML"
                    : declared != null ? declared : "what is", step.method(), call.method(), fix)));
        }
        return Optional.empty();
    }

    /** Whether {@code call} writes a pod's ephemeral containers ({@code ephemeralContainers().edit(...)}). */
    private static boolean ephemeral(SourceModel.Call call) {
        for (SourceModel.Call step = call.receiver(); step != null; step = step.receiver()) {
            if (step.method().equals("ephemeralContainers")) {
                return Set.of("edit", "patch", "update", "replace").contains(call.method());
            }
        }
        return false;
    }

    /** Whether {@code call} is a {@code createOr} given a lambda or a variable: what it does then is not read. */
    static boolean lambda(SourceModel.Call call) {
        return call.method().equals("createOr") && !call.arguments().isEmpty()
                && call.arguments().get(0).reference() == null;
    }

    /** The kind of the chain on the client {@code call} ends, a {@code createOr} given a lambda ({@link #lambda}). */
    static Optional<Kinds.Kind> lambda(SourceModel.Call call,
            BiFunction<SourceModel.Call, String, Optional<Kinds.Kind>> kinds) {
        SourceModel.Call step = Chain.of(call).kind();
        return lambda(call) && step != null ? kind(step, kinds) : Optional.empty();
    }

    /** What is said of a chain that granted nothing, and its kind where opctl knows it (null where not). */
    record Unread(Kinds.Kind kind, String warning) {
    }

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
        boolean narrowed = NARROWING.contains(call.method()) && !given(call);
        SourceModel.Call step = narrowed ? Chain.of(call).kind() : call;
        return step != null && plain(step, narrowed) ? kind(step, kinds) : Optional.empty();
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
            if (after != null && plain(step, NARROWING.contains(after.method()))) {
                Optional<Kinds.Kind> kind = kind(step, kinds);
                if (kind.isPresent()) {
                    return kind;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether {@code step}, naming a kind, is plainly on the client: {@code narrowed} after it
     * ({@code inNamespace}, {@code withName}, ...), of {@code resources(K.class)}, of an API group, on
     * {@code getClient()}, or on a variable named like a client ({@code client}, {@code kubernetesClient});
     * a {@code secrets()} of a class of the code's own is none of these.
     */
    private static boolean plain(SourceModel.Call step, boolean narrowed) {
        SourceModel.Call before = step.receiver();
        return narrowed || step.method().equals("resources") || before != null
                && (before.method().equals("getClient") || GROUPS.containsKey(before.method())
                        || before.method().matches("v\\d+((alpha|beta)\\d+)?"))
                || before == null && onClientVariable(step);
    }

    /**
     * Whether {@code first}, a chain's first call, is made on a variable of a fabric8 client type ({@code
     * KubernetesClient kc}, {@code var k = context.getClient()}), or named like a client ({@code kubeClient}).
     */
    static boolean onClientVariable(SourceModel.Call first) {
        return first.target() != null && (first.target().toLowerCase(Locale.ROOT).endsWith("client")
                || first.targetType() instanceof TypeUse.Named type && type.name().startsWith("io.fabric8.")
                        && type.name().endsWith("Client") || "getClient".equals(first.targetMadeBy()));
    }

    /** Whether {@code step} is made on the client: a variable named like one, or {@code getClient()} on nothing. */
    static boolean startsOnClient(SourceModel.Call step) {
        return step.receiver() == null ? onClientVariable(step)
                : step.receiver().method().equals("getClient") && step.receiver().receiver() == null;
    }

    /** Whether {@code call} is made on the client's informer factory ({@code informers().inNamespace(n)} too). */
    static boolean informers(SourceModel.Call call) {
        SourceModel.Call step = call.receiver();
        while (step != null && (step.method().equals("inNamespace") || step.method().equals("withName"))) {
            step = step.receiver();
        }
        return step != null && step.method().equals("informers");
    }

    /** Whether {@code step} starts a chain on the client with an object given, {@code client.resource(x)}. */
    static boolean given(SourceModel.Call step) {
        return step.method().equals("resource") && startsOnClient(step);
    }

    /**
     * The kind {@code call} names, as the first call of a chain on the client: of a class
     * ({@code resources(K.class)}), of a variable given ({@code resource(x)}, as declared), of a
     * group's method ({@code apps().deployments()}); none for any other call.
     */
    static Optional<Kinds.Kind> kind(SourceModel.Call call,
            BiFunction<SourceModel.Call, String, Optional<Kinds.Kind>> kinds) {
        String method = call.method();
        if (method.equals("resources") || given(call)) {
            return kinds.apply(call, null);
        }
        // genericKubernetesResources("apps/v1", "Deployment"), as fabric8 names its kind's plural
        List<String> strings = call.arguments().stream().flatMap(a -> a.strings().stream()).toList();
        if (method.equals("genericKubernetesResources") && strings.size() == 2 && call.arguments().size() == 2) {
            String apiVersion = strings.get(0);
            return kinds.apply(call, (apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "")
                    + "/" + Fabric8Plural.of(strings.get(1).toLowerCase(Locale.ROOT)));
        }
        Optional<String> openShift = OpenShiftKinds.of(call); // client.adapt(OpenShiftClient.class).routes()
        if (openShift.isPresent()) {
            return kinds.apply(call, openShift.get());
        }
        SourceModel.Call before = call.receiver();
        // client.v1().configMaps(), client.batch().v1().jobs(): a version says nothing of the group.
        if (before != null && before.method().matches("v\\d+((alpha|beta)\\d+)?")) {
            before = before.receiver();
        }
        String group = before == null ? null : GROUPS.get(before.method());
        // Called on something (the client), not on nothing: a secrets() of the code's own is no kind.
        boolean onSomething = call.receiver() != null || call.target() != null;
        if (group == null && onSomething && (CORE.contains(method) || method.equals("events"))) {
            group = "";
        } else if (group == null && onSomething) {
            group = OWN_GROUP.get(method);
        }
        return group == null ? Optional.empty() : kinds.apply(call, group + "/"
                + PLURALS.getOrDefault(method, method.toLowerCase(Locale.ROOT)));
    }

    /** The calls of {@code calls} that others are made on: those that end no chain. */
    static Set<SourceModel.Call> receivers(List<SourceModel.Call> calls) {
        Set<SourceModel.Call> found = Collections.newSetFromMap(new IdentityHashMap<>());
        calls.stream().map(SourceModel.Call::receiver).filter(Objects::nonNull).forEach(found::add);
        return found;
    }
}
