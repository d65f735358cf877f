package dev.opctl.rbac;

import dev.opctl.crd.SourceModel;
import dev.opctl.crd.model.Modifier;
import dev.opctl.crd.model.TypeDeclaration;
import dev.opctl.crd.model.TypeUse;
import dev.opctl.rbac.Kinds.Kind;
import dev.opctl.project.ProjectFile;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What the Java Operator SDK code of the sources needs, read from their declaration model: a
 * reconciler's primary kind from its {@code Reconciler<K>} supertype and whether it is a
 * {@code Cleaner}, what JOSDK does with dependents ({@link Dependents}), and from the calls in the
 * code what it writes and which informers it configures, and what its chains of calls on the client
 * do ({@link ClientCalls}).
 */
final class JosdkUses {
    private static final String RECONCILER = "io.javaoperatorsdk.operator.api.reconciler.Reconciler";
    private static final String CLEANER = "io.javaoperatorsdk.operator.api.reconciler.Cleaner";
    /** The interfaces of the project's webhooks ({@code opctl add webhook}), in its package {@code webhook}. */
    private static final List<String> WEBHOOKS = List.of("Defaulter", "Validator", "Converter");
    /** The class that keeps the webhooks' certificate in a Secret, whose Role is {@code webhook_tls_role.yaml}. */
    private static final String CERTIFICATES = "WebhookCertificates";
    /** What it does, which {@code webhook_tls_role.yaml} grants: its Secret, and the CA bundles it writes. */
    private static final List<String> CERTIFICATES_ROLE = List.of("groups=core,resources=secrets,",
            "groups=admissionregistration.k8s.io,resources=mutatingwebhookconfigurations,",
            "groups=admissionregistration.k8s.io,resources=validatingwebhookconfigurations,",
            "groups=apiextensions.k8s.io,resources=customresourcedefinitions,");
    private static final String DEPENDENT = "io.javaoperatorsdk.operator.processing.dependent.";
    /** JOSDK's types whose subclasses' code runs in the operator: workflow conditions, non-Kubernetes dependents. */
    private static final Set<String> OPERATOR_CODE = Set.of(DEPENDENT + "workflow.Condition", DEPENDENT
            + "workflow.DetailedCondition", DEPENDENT + "workflow.CRDPresentActivationCondition", DEPENDENT
            + "workflow.KubernetesResourceDeletedCondition", DEPENDENT + "AbstractExternalDependentResource", DEPENDENT
            + "external.AbstractPollingDependentResource", DEPENDENT + "external.PollingDependentResource", DEPENDENT
            + "external.PerResourcePollingDependentResource", DEPENDENT + "CRUDExternalBulkDependentResource");
    /** A reconciler's calls that patch its resource, or its status, or replace its status through the client. */
    static final Set<String> PATCHES_RESOURCE = Set.of("patchResource", "patchResourceAndStatus");
    static final Set<String> PATCHES_STATUS = Set.of("patchStatus", "patchResourceAndStatus");
    static final Set<String> REPLACES_STATUS = Set.of("updateStatus", "replaceStatus");
    static final Set<String> BLOCKS_OWNER_DELETION = Set.of("withBlockOwnerDeletion", "setBlockOwnerDeletion");
    private static final Set<String> NOT_BLOCKING = Set.of("false", "null", "Boolean.FALSE", "java.lang.Boolean.FALSE");
    private static final String OWNER_REFERENCE = "io.fabric8.kubernetes.api.model.OwnerReference";
    static final Set<String> UPDATE_CONTROLS = Set.of("io.javaoperatorsdk.operator.api.reconciler.UpdateControl",
            "io.javaoperatorsdk.operator.api.reconciler.ErrorStatusUpdateControl");
    private final SourceModel model;
    private final ProjectFile project;
    private final Grants grants;
    private final Consumer<String> warnings;
    private final Kinds kinds;
    private final Hierarchy hierarchy;
    /** The methods a class of a jar calls ({@code owner.method}), for a library's base reconciler. */
    private final Function<String, Set<String>> jarCalls;
    private final Dependents dependents = new Dependents(this);
    private final ClassParameters givenClasses = new ClassParameters(this);
    private final GivenChains given = new GivenChains(this);
    /** The calls in each type's code, resolved once (a helper class's are read for each reconciler that uses it). */
    private final Map<String, List<SourceModel.Call>> calls = new HashMap<>();
    private final Map<String, Set<SourceModel.Call>> receivers = new HashMap<>();
    /** The reconcilers and the classes of the sources they extend, whose code (nested types' too) is theirs. */
    private final Set<String> reconcilerCode = new HashSet<>();
    /** The classes whose chains on the client are read: those of {@link #reconcilerCode}, dependents, helpers, ... */
    private final Set<String> read = new HashSet<>();
    /** The calls in their methods that run for some user of theirs, and those that do not run for one ({@link LiveCode}). */
    private final Set<SourceModel.Call> ran = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<SourceModel.Call> unrun = Collections.newSetFromMap(new IdentityHashMap<>());
    private final MarkedCalls marked;
    private final Namespaces namespaces;
    /** The classes of the sources reconcilers use ({@link #helpers}), with the primary kinds of those that use each. */
    private final Map<String, Set<Kind>> helperOf = new HashMap<>();

    private JosdkUses(SourceModel model, ProjectFile project, Grants grants, Consumer<String> warnings,
            Function<String, Optional<TypeDeclaration>> jars, Function<String, Set<String>> jarCalls,
            List<RbacMarker> markers) {
        this.model = model;
        this.jarCalls = jarCalls;
        this.project = project;
        this.grants = grants;
        Set<String> said = new HashSet<>(); // code read twice (a base class's, a helper's) says a thing once
        this.warnings = warning -> {
            if (said.add(warning)) {
                warnings.accept(warning);
            }
        };
        this.kinds = new Kinds(model, project, this.warnings, jars);
        this.hierarchy = new Hierarchy(model, project, jars);
        this.marked = new MarkedCalls(markers);
        this.namespaces = new Namespaces(model, project, this.warnings);
    }

    /**
     * Adds to {@code grants} what the code of {@code model}'s types needs; says in {@code warnings}
     * which kinds it cannot grant anything for. {@code jars} finds a class the sources do not declare
     * (a model class of fabric8's or of another library), whose {@code @Group} and {@code @Version}
     * make it a kind; {@code jarCalls} the methods such a class calls ({@code owner.method});
     * {@code markers} those of the sources, which answer what opctl would say of the calls by them.
     */
    static void infer(SourceModel model, ProjectFile project, Grants grants, Consumer<String> warnings,
            Function<String, Optional<TypeDeclaration>> jars, Function<String, Set<String>> jarCalls,
            List<RbacMarker> markers) {
        JosdkUses uses = new JosdkUses(model, project, grants, warnings, jars, jarCalls, markers);
        model.types().values().forEach(uses::infer);
        model.types().keySet().forEach(uses.dependents::built);
        uses.namespaces.clusterWide();
        HelperWrites.grant(uses, uses.reconcilerCode, uses.helperOf);
        uses.unread();
        SecondaryReads.check(model, uses::calls, uses.kinds, grants, uses.warnings);
    }

    /**
     * Says where a chain on the client is in a class whose code opctl does not read as a reconciler's,
     * a dependent's, a condition's or a webhook's, nor as that of a class they use ({@link #helpers}): one
     * only {@code OperatorMain} uses, or an object given to them from elsewhere; or in a method of such a class
     * that none of them runs ({@link LiveCode}); not where the role grants what it
     * needs already (a list of the reconciler's own kind) and is bound cluster-wide. Leases are the leader
     * election's ({@code OperatorMain}), which its Role grants; what the generated {@code WebhookCertificates}
     * does, its webhook certificate's Secret and the CA bundles it writes, {@code webhook_tls_role.yaml}'s.
     */
    private void unread() {
        for (String name : model.types().keySet()) {
            boolean wasRead = read.stream().anyMatch(owner -> within(name, owner));
            for (SourceModel.Call call : calls(name)) {
                if (wasRead && runs(call)) {
                    continue; // read: not in a method that runs for none of the classes using its class
                }
                // What the chain would need, to name it in the markers; what opctl says of its kind (a class it
                // cannot name, a cluster-scoped kind of an operator limited to namespaces) is said here too.
                Grants needs = new Grants();
                boolean certificates = name.equals(project.javaPackage() + "." + CERTIFICATES);
                List<String> own = certificates ? CERTIFICATES_ROLE : List.of("groups=coordination.k8s.io,resources=leases,");
                boolean granted = ClientCalls.grant(call, needs, kinds::ofClient) || givenClasses.grant(name, call, needs);
                // What opctl cannot read, used or not (trial39 H3: a client's method given as a function).
                if (!granted && !certificates && !marked.marked(call, null)
                        && ends(name, call)) {
                    givenClasses.unread(name, call).filter(unread -> !marked.marked(call, unread.kind()))
                            .ifPresent(unread -> warnings.accept(unread.warning()));
                }
                if (!granted || marked.marked(call, null)
                        || needs.markers().stream().allMatch(m -> own.stream().anyMatch(m::startsWith))) {
                    continue;
                }
                if (grants.covers(needs)) { // the role has it; an operator limited to namespaces, in those only
                    Namespaces.where(call, kinds::ofClient).filter(n -> !project.namespaces().isEmpty())
                            .ifPresent(namespace -> namespaces.outside(call, namespace));
                    continue;
                }
                warnings.accept(String.format("%s: %s() on the client is in %s, and opctl grants nothing for it; "
                        + "grant it by a marker on the line before, // +opctl:rbac:%s", call.location(), call.method(),
                        wasRead ? "a method that no code of a reconciler, dependent, workflow condition or webhook, nor "
                        + "of a class they use, is seen to call (by its name)" : "a class that no reconciler, "
                        + "dependent, workflow condition or webhook is seen to use (by a static call, a field, new, or "
                        + "an interface they use; code run otherwise, at start-up or on a timer, is not read)",
                        String.join(" and // +opctl:rbac:", needs.markers())));
            }
        }
    }

    /** Whether the type named {@code name} is {@code owner} or one of its nested types. */
    static boolean within(String name, String owner) {
        return name.startsWith(owner) && (name.length() == owner.length() || name.charAt(owner.length()) == '.');
    }

    /**
     * The method {@code call} calls; OwnerReference's constructor of every field is a setter of blockOwnerDeletion
     * (its second argument), and a setter given {@code false} or {@code null} blocks nothing: named apart.
     */
    static String method(SourceModel.Call call) {
        boolean constructor = call.method().equals("new") && call.arguments().size() == 6
                && OWNER_REFERENCE.equals(call.target());
        String method = constructor ? "setBlockOwnerDeletion" : call.method();
        List<String> value = BLOCKS_OWNER_DELETION.contains(method) && !call.arguments().isEmpty()
                ? call.arguments().get(constructor ? 1 : 0).names() : List.of();
        if (!value.isEmpty() && NOT_BLOCKING.containsAll(value)) {
            return method + "(false)";
        }
        return BLOCKS_OWNER_DELETION.contains(method) ? OwnerKinds.of(call).map(k -> method + "(" + k + ")")
                .orElse(method) : method;
    }

    /** The calls in {@code type}'s code, with the chains kept, returned or given followed ({@link GivenChains}). */
    List<SourceModel.Call> calls(String type) {
        return calls.computeIfAbsent(type, given::calls);
    }

    private void infer(TypeDeclaration type) {
        List<TypeUse.Named> supertypes = supertypes(type);
        Optional<TypeUse.Named> dependent = Dependents.of(supertypes);
        dependent.ifPresent(d -> dependents.dependent(type, d, supertypes));
        dependents.explicitState(type, supertypes);
        Optional<TypeUse.Named> reconciler = supertypes.stream().filter(s -> s.name().equals(RECONCILER)).findFirst();
        // A kind opctl cannot name is said where a class declares it, not again for each subclass.
        boolean declares = type.interfaces().stream().anyMatch(i -> i.name().equals(RECONCILER));
        Optional<Kind> primary = reconciler.filter(r -> !r.arguments().isEmpty()).flatMap(r -> declares
                ? kinds.of(r.arguments().get(0), location(type)) : kinds.of(r.arguments().get(0)));
        // A dependent's code, a condition's of a workflow (readyPostcondition, ...), a webhook's and that of a
        // reconciler of a kind opctl cannot name (said by Kinds) run in the operator.
        String webhooks = project.javaPackage() + ".webhook.";
        if (dependent.isPresent() || reconciler.isPresent() && primary.isEmpty() || supertypes.stream().anyMatch(
                s -> OPERATOR_CODE.contains(s.name()) || WEBHOOKS.stream().anyMatch(w -> s.name().equals(webhooks + w)))) {
            Set<String> owners = new HashSet<>(Set.of(type.name()));
            supertypes.forEach(s -> owners.add(s.name()));
            if (reconciler.isPresent()) {
                reconcilerCode.addAll(owners); // its UpdateControls are of the kind said above
            }
            Set<String> helpers = helpers(owners);
            clientCalls(owners, Set.of());
            clientCalls(helpers, LiveCode.dead(this, owners, helpers));
        }
        List<SourceModel.Call> made = calls(type.name());
        for (int i = 0; i < made.size(); i++) {
            SourceModel.Call call = made.get(i);
            DependentDeletes.grant(call, this);
            Informers.grant(model, type.name(), made, i, kinds, grants, warnings, givenClasses);
            if (call.method().equals("checkingCRDAndValidateLocalModel") && call.arguments().size() == 1
                    && call.arguments().get(0).names().equals(List.of("true"))) {
                // JOSDK reads each primary's CRD as it starts (Controller.validateCRDWithLocalModelIfRequired).
                grants.add("apiextensions.k8s.io", "customresourcedefinitions", List.of("get"));
            }
            namespaces.configured(type.name(), call);
            Registrations.check(model, type.name(), call, namespaces); // operator.register(r, overrider)
        }
        primary.ifPresent(kind -> reconciler(type, kind, supertypes.stream().anyMatch(s -> s.name().equals(CLEANER))));
        primary.filter(kind -> !type.is(Modifier.ABSTRACT)).ifPresent(kind -> namespaces.reconciler(type));
    }

    /** What JOSDK does for a reconciler of {@code primary}, and what its calls (its nested types' too) write. */
    private void reconciler(TypeDeclaration type, Kind primary, boolean cleaner) {
        // Its informer, registered by ReconcilerRegistry or by hand: JOSDK lists and watches the primaries.
        primary.grant(grants, "", RbacGenerator.WATCH_VERBS);
        if (dependents.workflow(type, primary) || cleaner) {
            // JOSDK adds its finalizer by an apply patch, removes it by a JSON patch, and reads again on a conflict.
            primary.grant(grants, "", List.of("get", "patch"));
        }
        // Its calls, its nested types' and those of the classes of the sources it extends (a base reconciler).
        Set<String> owners = new HashSet<>(Set.of(type.name()));
        supertypes(type).forEach(s -> owners.add(s.name()));
        reconcilerCode.addAll(owners);
        read.addAll(owners);
        Set<String> helpers = helpers(owners);
        Set<String> called = new HashSet<>();
        // A base reconciler of a library's: the UpdateControls its class file's code returns, what it writes.
        for (TypeDeclaration c = hierarchy.superclass(type).orElse(null); c != null;
                c = hierarchy.superclass(c).orElse(null)) {
            if (model.type(c.name()).isEmpty()) {
                called.addAll(LibraryReconcilers.read(this, type, c.name(), jarCalls.apply(c.name()), primary, marked));
            }
        }
        for (String name : model.types().keySet()) {
            if (owners.stream().anyMatch(owner -> within(name, owner))) {
                for (SourceModel.Call call : calls(name)) {
                    // A status update of a chain of a known kind is that kind's; a method of a class of the sources
                    // called on its object (kas-fleetshard's secretClient.replaceStatus(s), trial46 M1), or its own,
                    // is read as a helper's code, not as JOSDK's or the client's.
                    if (!clientCall(name, call) && !Chain.onObjectOfAnotherKind(call) && !(call.targetType()
                            instanceof TypeUse.Named n && model.type(n.name()).isPresent())
                            && !Helpers.own(this, name, call)) {
                        called.add(method(call));
                    }
                    CachingHelpers.grant(grants, primary, call.target(), call.method());
                }
            }
        }
        // The client calls of the classes it uses run when it does; which kind their UpdateControls are of is not
        // known (see HelperWrites), but an owner reference they make that blocks deletion is taken for one to the primary.
        clientCalls(helpers, LiveCode.dead(this, owners, helpers)).stream()
                .filter(m -> BLOCKS_OWNER_DELETION.contains(OwnerKinds.method(m)))
                .forEach(called::add);
        helpers.forEach(helper -> helperOf.computeIfAbsent(helper, h -> new HashSet<>()).add(primary));
        patches(primary, called);
        if (called.stream().anyMatch(REPLACES_STATUS::contains)) {
            primary.grant(grants, "/status", List.of("update"));
        }
    }

    /**
     * Grants what the chains on the client in the code of the classes {@code owners} (their nested types' too)
     * do, but for the calls {@code dead} ({@link LiveCode}); gives the methods of their other calls.
     */
    private Set<String> clientCalls(Set<String> owners, Set<SourceModel.Call> dead) {
        read.addAll(owners);
        Set<String> others = new HashSet<>();
        for (String name : model.types().keySet()) {
            if (owners.stream().anyMatch(owner -> within(name, owner))) {
                for (SourceModel.Call call : calls(name)) {
                    if (dead.contains(call)) {
                        unrun.add(call);
                        continue;
                    }
                    ran.add(call);
                    if (!clientCall(name, call)) {
                        others.add(method(call));
                    }
                }
            }
        }
        return others;
    }

    /**
     * Grants the patches of {@code primary} that UpdateControl's methods {@code called} return, and the update of
     * its finalizers where an owner reference blocks its deletion: Kubernetes (OwnerReferencesPermissionEnforcement,
     * on in OpenShift) takes {@code blockOwnerDeletion} only from one that may update the owner's finalizers.
     */
    void patches(Kind primary, Set<String> called) {
        if (called.stream().anyMatch(BLOCKS_OWNER_DELETION::contains)) {
            primary.grant(grants, "/finalizers", List.of("update"));
        }
        OwnerKinds.grant(called, kinds, grants);
        if (called.stream().anyMatch(PATCHES_RESOURCE::contains)) {
            primary.grant(grants, "", List.of("patch"));
        }
        if (called.stream().anyMatch(PATCHES_STATUS::contains)) {
            primary.grant(grants, "/status", List.of("patch"));
        }
    }

    /** The classes of the sources the code of {@code owners} uses ({@link Helpers}). */
    Set<String> helpers(Set<String> owners) {
        return Helpers.of(this, owners);
    }

    List<TypeUse.Named> supertypes(TypeDeclaration type) {
        return hierarchy.supertypes(type);
    }

    Hierarchy hierarchy() {
        return hierarchy;
    }

    Optional<Kind> argument(TypeUse.Named type, int index) {
        return index < type.arguments().size() ? kinds.of(type.arguments().get(index)) : Optional.empty();
    }

    /**
     * Grants what {@code call} does when it ends a chain of calls on the client ({@link ClientCalls});
     * says whether it does, and when the chain works outside the namespaces an operator is limited to.
     */
    private boolean clientCall(String type, SourceModel.Call call) {
        boolean granted = ClientCalls.grant(call, grants, kinds::ofClient) || givenClasses.grant(type, call, grants);
        if (granted && !project.namespaces().isEmpty()) {
            Namespaces.where(call, kinds::ofClient).ifPresent(namespace -> namespaces.outside(call, namespace));
        }
        Optional<Kind> lambda = granted ? ClientCalls.lambda(call, kinds::ofClient) : Optional.empty();
        lambda.filter(kind -> !marked.marked(call, kind)).ifPresent(kind -> warnings.accept(String.format("%s: "
                + "createOr(...) is given a lambda, and what it does where the object exists is not read: opctl grants "
                + "create only; give a method reference (createOr(NonDeletingOperation::update)), or grant the rest by "
                + "a marker on the line before, %s", call.location(), UnreadChains.marker(kind))));
        if (ends(type, call)) {
            (granted ? ResourceStreams.kept(call, kinds::ofClient) : givenClasses.unread(type, call))
                    .filter(unread -> !marked.marked(call, unread.kind()))
                    .ifPresent(unread -> warnings.accept(unread.warning()));
        }
        return granted;
    }

    /** Whether {@code call}, of {@code type}'s code, ends a chain: no call is made on it, or it is given away. */
    private boolean ends(String type, SourceModel.Call call) {
        return !receivers.computeIfAbsent(type, t -> ClientCalls.receivers(calls(t))).contains(call) || given.away(call);
    }

    /** Whether {@code call} runs: it is not in a method of a class reconcilers use that none of them calls. */
    boolean runs(SourceModel.Call call) {
        return !unrun.contains(call) || ran.contains(call);
    }

    Namespaces namespaces() {
        return namespaces;
    }

    Kinds kinds() {
        return kinds;
    }

    SourceModel model() {
        return model;
    }

    Grants grants() {
        return grants;
    }

    void warn(String warning) {
        warnings.accept(warning);
    }

    /** Where {@code type} is declared: its file and line, or for a class of a jar, its name. */
    String location(TypeDeclaration type) {
        return model.type(type.name()).isPresent() ? model.location(type.name()) : type.name() + " (a class of a jar)";
    }
}
