package dev.opctl.rbac;

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
            "ephemeralContainers", "withNewFilter", "endFilter", "load");
    /** The controllers whose {@code rolling().edit(...)} fabric8 carries out as a rolling update of its own. */
    private static final Set<String> ROLLING_UPDATES = Set.of("apps/replicasets", "extensions/replicasets",
            "/replicationcontrollers");
    /** fabric8's leader election locks, by the kind of the object each holds the election in. */
    private static final Map<String, String> LOCKS = Map.of("LeaseLock", "coordination.k8s.io/leases",
            "ConfigMapLock", "/configmaps");
    private static final String LOCK_PACKAGE = "io.fabric8.kubernetes.client.extended.leaderelection.resourcelock.";
    private static final String INFORMER_FACTORY = "io.fabric8.kubernetes.client.informers.SharedInformerFactory";
    /** fabric8's patch types ({@code PatchType}). */
    private static final Set<String> PATCH_TYPES = Set.of("JSON", "JSON_MERGE", "STRATEGIC_MERGE", "SERVER_SIDE_APPLY");
    /** The methods of JOSDK's and of the code's own contexts that give the client. */
    static final Set<String> CLIENT_GETTERS = Set.of("getClient", "getKubernetesClient");
    /** The operations on a pod's containers, which fabric8 does on the pods of a job too for its logs. */
    private static final Set<String> LOGS = Set.of("getLog", "watchLog", "getLogReader", "getLogInputStream", "exec",
            "attach", "upload", "copy", "read");
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
        if (ClientFunctions.grant(call, grants, kinds)) { // secrets.stream().map(client::resource).forEach(...)
            return true;
        }
        if (onOtherObject(call)) {
            return false;
        }
        String lock = call.method().equals("new") && call.target() != null
                ? LOCKS.get(call.target().substring(call.target().lastIndexOf('.') + 1)) : null;
        if (lock != null && (call.target().indexOf('.') < 0 || call.target().startsWith(LOCK_PACKAGE))) {
            // A leader election's lock: fabric8's ResourceLock reads its object, creates it, merge-patches it.
            kinds.apply(call, lock).ifPresent(k -> k.grant(grants, "", List.of("get", "create", "patch")));
            return true;
        }
        if (runsPod(call)) { // client.run().withName(n).withImage(i).done()
            kinds.apply(call, "/pods").ifPresent(k -> k.grant(grants, "", List.of("create")));
            return true;
        }
        List<String> operation = Operations.VERBS.get(call.method());
        if (operation == null) {
            return ResourceStreams.grant(call, grants, kinds); // resources().forEach(Resource::delete)
        }
        Chain chain = Chain.of(call);
        Optional<Kinds.Kind> kind = chain.kind() == null ? Optional.empty() : kind(chain.kind(), kinds);
        if (kind.isEmpty()) {
            return false;
        }
        List<String> needs = new ArrayList<>(operation);
        if (call.method().equals("delete")) {
            needs = new ArrayList<>(List.of(chain.oneObject() ? " delete" : " deletecollection"));
            if (!chain.oneObject() && through(call, Set.of("inAnyNamespace"))) {
                needs.add(" list"); // fabric8 lists the objects for their namespaces, and deletes in each
            }
            if (through(call, Set.of("withTimeout", "withTimeoutInMillis"))) {
                needs.addAll(List.of(" list", " watch")); // and waits for them to go, from an informer
            }
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
        if (call.method().equals("scale") && call.arguments().size() == 1 && call.arguments().get(0).type()
                instanceof TypeUse.Named scale && (scale.name().equals("Scale") || scale.name().endsWith(".Scale"))) {
            needs = List.of("/scale update"); // scale(Scale) replaces the scale given
        }
        if (chain.givenObject() && (call.method().startsWith("edit") || call.method().equals("accept"))
                || Operations.lockedReplace(call, kind.get())) {
            needs.remove(" get");
        }
        if (call.method().equals("patch") && !call.arguments().isEmpty()) {
            needs = patch(call, chain.givenObject());
        }
        if (call.method().equals("metrics") && call.arguments().size() == (kind.get().plural().equals("pods") ? 2 : 1)) {
            needs = List.of(" get"); // top().pods().metrics(namespace, name), top().nodes().metrics(name)
        }
        Kinds.Kind on = kind.get();
        String kindName = on.group() + "/" + on.plural();
        if (call.method().equals("edit") && through(call, Set.of("rolling")) && ROLLING_UPDATES.contains(kindName)) {
            return false; // fabric8's own rolling update: a new controller, both scaled step by step, pods replaced
        }
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
            if (need.equals(" create") && chain.subresource() != null) {
                continue; // an apply patch of a subresource never creates the object: a missing one is not found
            }
            String[] subresourceAndVerb = need.split(" ");
            on.grant(grants, subresourceAndVerb[0].isEmpty() && chain.subresource() != null && !need.equals(" get")
                    ? "/" + chain.subresource() : subresourceAndVerb[0], List.of(subresourceAndVerb[1]));
        }
        return true;
    }

    /**
     * What {@code patch(context)}, {@code patch(context, object)} and {@code patch(context, text)} ask the API
     * server for (fabric8 7's {@code HasMetadataOperation}): a JSON patch computed against the object on the
     * server reads it first, where none is given ({@code withName(n)}), as does a named object's patch given
     * as text; a merge, strategic-merge or server-side-apply patch of an object is sent as it is; an apply
     * creates too. A patch type or a second argument opctl cannot tell may be any: read first.
     */
    private static List<String> patch(SourceModel.Call call, boolean givenObject) {
        SourceModel.Argument context = call.arguments().get(0);
        String type = Stream.concat(context.names().stream(), context.initializerNames().stream())
                .map(n -> n.substring(n.lastIndexOf('.') + 1)).filter(PATCH_TYPES::contains).findFirst().orElse(null);
        // patch("{...}") is patch(null, "{...}")
        boolean text = call.arguments().size() == 1 && text(context);
        SourceModel.Argument second = call.arguments().size() == 2 ? call.arguments().get(1) : text ? context : null;
        boolean object = second != null && !text(second) && second.type() instanceof TypeUse.Named;
        boolean computed = type == null || type.equals("JSON"); // against what the server has
        boolean reads = second == null ? computed : !givenObject && (!object || computed);
        List<String> needs = new ArrayList<>("SERVER_SIDE_APPLY".equals(type) ? List.of(" create") : List.of());
        if (reads) {
            needs.add(" get");
        }
        needs.add(" patch");
        return needs;
    }

    /** Whether {@code argument} is a string: a literal, a constant, a variable declared a {@code String}. */
    private static boolean text(SourceModel.Argument argument) {
        return !argument.strings().isEmpty()
                || argument.type() instanceof TypeUse.Named named && named.name().equals("java.lang.String");
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

    /** Whether the chain {@code call} ends goes through a call of one of {@code methods}. */
    private static boolean through(SourceModel.Call call, Set<String> methods) {
        for (SourceModel.Call step = call.receiver(); step != null; step = step.receiver()) {
            if (methods.contains(step.method())) {
                return true;
            }
        }
        return false;
    }

    /** The kind of the chain on the client {@code call} ends, a {@code createOr} given a lambda ({@link #lambda}). */
    static Optional<Kinds.Kind> lambda(SourceModel.Call call,
            BiFunction<SourceModel.Call, String, Optional<Kinds.Kind>> kinds) {
        SourceModel.Call step = Chain.of(call).kind();
        return lambda(call) && step != null ? kind(step, kinds) : Optional.empty();
    }

    /**
     * Whether {@code step}, naming a kind, is plainly on the client: {@code narrowed} after it
     * ({@code inNamespace}, {@code withName}, ...), of {@code resources(K.class)}, of an API group, on
     * {@code getClient()}, or on a variable named like a client ({@code client}, {@code kubernetesClient});
     * a {@code secrets()} of a class of the code's own is none of these.
     */
    static boolean plain(SourceModel.Call step, boolean narrowed) {
        SourceModel.Call before = step.receiver();
        return narrowed || step.method().equals("resources") || before != null
                && (CLIENT_GETTERS.contains(before.method()) || GROUPS.containsKey(before.method())
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
                        && type.name().endsWith("Client")
                || first.targetMadeBy() != null && CLIENT_GETTERS.contains(first.targetMadeBy()));
    }

    /**
     * Whether the chain {@code call} ends starts on a variable declared with a class that is no client, and not
     * named like one ({@code DSLContext tx; tx.batch(queries).execute()}; not {@code context.getClient()}): not a
     * chain on the client, whatever its methods are called; but for one that gets the client from it
     * ({@code bg.getJosdkContext().getClient()...}, trial39 H2). A variable whose type opctl cannot tell may be one.
     */
    static boolean onOtherObject(SourceModel.Call call) {
        SourceModel.Call first = call;
        while (first.receiver() != null && !CLIENT_GETTERS.contains(first.receiver().method())) {
            first = first.receiver();
        }
        return first.receiver() == null && first.target() != null && !CLIENT_GETTERS.contains(first.method())
                && !first.target().toLowerCase(Locale.ROOT).endsWith("client")
                && first.targetType() instanceof TypeUse.Named type && !type.name().startsWith("io.fabric8.")
                && !type.name().equals("java.lang.Object") && !Chain.typeVariable(type.name());
    }

    /**
     * Whether {@code step} is made on the client: a variable named like one, or what {@code getClient()}
     * gives ({@code context.getClient()}, {@code ctx().getClient()}, {@code ctx.getKubernetesClient()}).
     */
    static boolean startsOnClient(SourceModel.Call step) {
        return step.receiver() == null ? onClientVariable(step) : CLIENT_GETTERS.contains(step.receiver().method());
    }

    /**
     * Whether {@code call} is made on the client's informer factory ({@code informers().inNamespace(n)} too),
     * or on a variable that holds it ({@code SharedInformerFactory factory}, {@code var f = client.informers()}).
     */
    static boolean informers(SourceModel.Call call) {
        SourceModel.Call first = call;
        SourceModel.Call step = call.receiver();
        while (step != null && (step.method().equals("inNamespace") || step.method().equals("withName"))) {
            first = step;
            step = step.receiver();
        }
        if (step != null) {
            return step.method().equals("informers");
        }
        return first.targetType() instanceof TypeUse.Named type && (type.name().equals(INFORMER_FACTORY)
                || type.name().equals(INFORMER_FACTORY.substring(INFORMER_FACTORY.lastIndexOf('.') + 1)))
                || "informers".equals(first.targetMadeBy());
    }

    /**
     * Whether {@code call} is {@code done()} of fabric8's {@code client.run()} ({@code RunOperations}), which
     * creates the pod it describes.
     */
    private static boolean runsPod(SourceModel.Call call) {
        if (!call.method().equals("done") || !call.arguments().isEmpty()) {
            return false;
        }
        SourceModel.Call step = call.receiver();
        while (step != null && !(step.method().equals("run") && step.arguments().isEmpty())) {
            step = step.receiver();
        }
        return step != null && startsOnClient(step);
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
        // genericKubernetesResources("apps/v1", "Deployment"): a group and a kind's name, whose plural the API
        // server gives fabric8
        List<String> strings = call.arguments().stream().flatMap(a -> a.strings().stream()).toList();
        String named = method.equals("genericKubernetesResources") && strings.size() == 2
                && call.arguments().size() == 2 ? Kinds.named(strings.get(0), true, strings.get(1)) : null;
        if (named != null) {
            return kinds.apply(call, named);
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
