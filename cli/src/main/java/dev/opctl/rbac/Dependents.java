package dev.opctl.rbac;

import dev.opctl.crd.SourceModel;
import dev.opctl.crd.model.AnnotationUse;
import dev.opctl.crd.model.Modifier;
import dev.opctl.crd.model.TypeDeclaration;
import dev.opctl.crd.model.TypeUse;
import dev.opctl.rbac.Kinds.Kind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the Java Operator SDK does with the dependent resources of the sources: with each one
 * ({@link #dependent}), with those of a reconciler's {@code @Workflow} ({@link #workflow}) and
 * of a workflow built in code ({@link #built}), as JOSDK 5.2 does it.
 */
final class Dependents {
    /** The package of JOSDK's own classes. */
    static final String JOSDK = "io.javaoperatorsdk.operator.";
    private static final String KUBERNETES = JOSDK + "processing.dependent.kubernetes.";
    private static final String CREATOR = JOSDK + "processing.dependent.Creator";
    private static final String UPDATER = JOSDK + "processing.dependent.Updater";
    private static final String DELETER = JOSDK + "api.reconciler.dependent.Deleter";
    /** A {@code Deleter} whose objects the garbage collector deletes with their owner. */
    private static final String GARBAGE_COLLECTED = JOSDK + "api.reconciler.dependent.GarbageCollected";
    /** A dependent of many objects of a kind, which deletes those it no longer wants where it is a Deleter. */
    private static final String BULK = JOSDK + "processing.dependent.BulkDependentResource";
    /** An external dependent that keeps its resource's state in the cluster, as an object of kind {@code S}. */
    private static final String EXPLICIT_STATE = JOSDK + "processing.dependent.DependentResourceWithExplicitState";
    /** A dependent resource of a kind given at run time ({@code GroupVersionKind}), of primary {@code P}. */
    private static final String GENERIC = KUBERNETES + "GenericKubernetesDependentResource";
    /** JOSDK's dependent resource classes of a kind, with the interfaces each implements (in its jar). */
    private static final Map<String, List<String>> CLASSES = Map.of(
            KUBERNETES + "KubernetesDependentResource", List.of(),
            KUBERNETES + "CRUDKubernetesDependentResource", List.of(CREATOR, UPDATER, GARBAGE_COLLECTED),
            KUBERNETES + "CRUDNoGCKubernetesDependentResource", List.of(CREATOR, UPDATER, DELETER),
            GENERIC, List.of());
    /** JOSDK's interfaces for dependents that extend those above (in its jar). */
    private static final Map<String, List<String>> INTERFACES = Map.of(
            JOSDK + "processing.dependent.CRUDKubernetesBulkDependentResource", List.of(BULK, CREATOR, UPDATER, DELETER),
            JOSDK + "processing.dependent.CRUDBulkDependentResource", List.of(BULK, CREATOR, UPDATER, DELETER),
            JOSDK + "processing.dependent.KubernetesBulkDependentResource", List.of(BULK),
            JOSDK + "processing.dependent.ResourceIDMapperBulkDependentResource", List.of(BULK),
            JOSDK + "processing.dependent.BulkUpdater", List.of(UPDATER),
            JOSDK + "processing.dependent.CRUDExternalBulkDependentResource", List.of(BULK, CREATOR, UPDATER, DELETER),
            EXPLICIT_STATE, List.of(CREATOR, DELETER));
    private static final String WORKFLOW = JOSDK + "api.reconciler.Workflow";
    /** An activation condition that reads the CustomResourceDefinition of the dependent's kind. */
    private static final String CRD_PRESENT = JOSDK + "processing.dependent.workflow.CRDPresentActivationCondition";
    /** The calls of JOSDK's {@code WorkflowBuilder} that give the dependent added last a condition that deletes. */
    private static final Set<String> CONDITIONS = Set.of("withReconcilePrecondition", "withActivationCondition");

    private final JosdkUses uses;
    private ServerSideApply serverSideApply;

    Dependents(JosdkUses uses) {
        this.uses = uses;
    }

    /** How JOSDK writes the dependents of the sources, read once all of the sources are. */
    private ServerSideApply serverSideApply() {
        if (serverSideApply == null) {
            serverSideApply = ServerSideApply.of(uses);
        }
        return serverSideApply;
    }

    /** The JOSDK dependent resource class among {@code supertypes}, if {@code type}'s are those of a dependent. */
    static Optional<TypeUse.Named> of(List<TypeUse.Named> supertypes) {
        return supertypes.stream().filter(s -> CLASSES.containsKey(s.name())).findFirst();
    }

    /**
     * What JOSDK does with a dependent resource of {@code dependent}'s kinds: reads it from an informer;
     * creates and updates it where it is a {@code Creator} and an {@code Updater}, by an apply patch
     * (an apply patch that creates an object needs {@code create} too), but creates and replaces
     * ConfigMaps and Secrets, and any kind {@code @KubernetesDependent(useSSA = FALSE)} says to; deletes it
     * where it is a {@code Deleter} but not {@code GarbageCollected}, and where it is a bulk dependent
     * that deletes the objects it no longer wants; and where it is {@code GarbageCollected}, sets an
     * owner reference whose {@code blockOwnerDeletion} needs the owner's finalizers where owner
     * references are enforced.
     */
    void dependent(TypeDeclaration type, TypeUse.Named dependent, List<TypeUse.Named> supertypes) {
        dependent(type, dependent, supertypes, Optional.empty());
    }

    /** {@link #dependent}, of {@code owner} where its own primary is not a kind (a type parameter's bound). */
    private void dependent(TypeDeclaration type, TypeUse.Named dependent, List<TypeUse.Named> supertypes,
            Optional<Kind> owner) {
        Set<String> roles = roles(dependent, supertypes);
        boolean generic = dependent.name().equals(GENERIC);
        TypeUse kind = generic || dependent.arguments().isEmpty() ? null : dependent.arguments().get(0);
        // JOSDK reads the annotation of the dependent's own class (it is not inherited): an abstract one's configures none.
        Optional<AnnotationUse> configured = type.is(Modifier.ABSTRACT) ? Optional.empty()
                : type.find(KUBERNETES + "KubernetesDependent");
        String useSSA = configured.flatMap(a -> a.enumConstant("useSSA")).orElse("UNDEFINED");
        configured.ifPresent(k -> k.annotations("informer")
                .forEach(informer -> uses.namespaces().watches(uses.location(type), Namespaces.of(informer))));
        List<String> verbs = new ArrayList<>(RbacGenerator.WATCH_VERBS);
        verbs.addAll(serverSideApply().verbs(kind, useSSA, roles.contains(CREATOR), roles.contains(UPDATER)));
        if (roles.contains(DELETER) && !roles.contains(GARBAGE_COLLECTED) || roles.contains(BULK) && deleter(roles)) {
            verbs.add("delete");
        }
        Optional<Kind> literal = generic ? literalKind(type) : Optional.empty();
        literal.ifPresent(k -> k.grant(uses.grants(), "", verbs));
        if (generic && literal.isEmpty() && !type.is(Modifier.ABSTRACT)) {
            uses.warn(String.format("%s: opctl does not read the kind a GenericKubernetesDependentResource is given "
                    + "but as new GroupVersionKind(...) of string literals or String constants, and grants nothing for "
                    + "it; grant it by a marker, // +opctl:rbac:groups=GROUP,resources=PLURAL,verbs=%s", uses.location(type),
                    String.join(";", new TreeSet<>(verbs))));
        } else if (!generic) {
            uses.kinds().of(kind, uses.location(type), verbs).ifPresent(k -> k.grant(uses.grants(), "", verbs));
            if (!type.is(Modifier.ABSTRACT) && uses.model().type(type.name()).isPresent()) {
                josdksKind(type, kind);
            }
        }
        if (roles.contains(GARBAGE_COLLECTED) && blocksOwnerDeletion(type)) {
            uses.argument(dependent, generic ? 0 : 1).or(() -> owner)
                    .ifPresent(k -> k.grant(uses.grants(), "/finalizers", List.of("update")));
        }
    }

    /**
     * The state an external dependent keeps in the cluster ({@code DependentResourceWithExplicitState}'s
     * {@code S}): JOSDK creates it with the external resource, and deletes it with it.
     */
    void explicitState(TypeDeclaration type, List<TypeUse.Named> supertypes) {
        supertypes.stream().filter(s -> s.name().equals(EXPLICIT_STATE) && s.arguments().size() == 3).findFirst()
                .flatMap(s -> uses.kinds().of(s.arguments().get(2), uses.location(type)))
                .ifPresent(k -> k.grant(uses.grants(), "", List.of("create", "delete")));
    }

    /**
     * Whether the owner reference of a garbage-collected dependent {@code type} may block its owner's deletion:
     * where its code, that of its superclasses of the sources or of the classes they use sets it (as opctl's
     * dependents do; one to an owner of a kind it names grants that kind's finalizers), or where its code is not
     * read (it or a superclass is a jar's, not JOSDK's dependent resources'). JOSDK's own reference does not.
     */
    private boolean blocksOwnerDeletion(TypeDeclaration type) {
        for (TypeDeclaration c = type; c != null && !CLASSES.containsKey(c.name());
                c = uses.hierarchy().superclass(c).orElse(null)) {
            if (uses.model().type(c.name()).isEmpty()) {
                return true; // it, or a superclass of it, is a class of a jar
            }
        }
        Set<String> owners = new HashSet<>(Set.of(type.name()));
        uses.supertypes(type).forEach(s -> owners.add(s.name()));
        List<String> called = LiveCode.running(uses, owners).stream().map(JosdkUses::method).toList();
        OwnerKinds.grant(called, uses.kinds(), uses.grants());
        return called.stream().anyMatch(JosdkUses.BLOCKS_OWNER_DELETION::contains);
    }

    /**
     * Says when JOSDK takes another kind for the dependent {@code type} than {@code kind}, which opctl
     * grants for. Unless a constructor gives it ({@code super(ConfigMap.class)}), JOSDK takes it from the
     * first type argument of the nearest generic superclass ({@code Utils.getTypeArgumentFromHierarchyByIndex}):
     * of a base class that binds the kind but not the primary ({@code Owned<P> extends
     * CRUDKubernetesDependentResource<ConfigMap, P>}), that is the primary ({@code StoreConfig extends
     * Owned<Store>}). Nothing is said where a class of a jar is on the way: its constructors are not read.
     */
    private void josdksKind(TypeDeclaration type, TypeUse kind) {
        TypeUse.Named generic = null;
        for (TypeDeclaration c = type; c != null && !CLASSES.containsKey(c.name()); ) {
            if (uses.model().type(c.name()).isEmpty() || uses.model().calls(c.name()).stream()
                    .anyMatch(call -> call.method().equals("super") && call.classArgument(0).isPresent())) {
                return;
            }
            TypeUse.Named superclass = c.superclass();
            if (superclass == null) {
                return;
            }
            if (generic == null && !superclass.arguments().isEmpty()) {
                generic = superclass;
            }
            c = CLASSES.containsKey(superclass.name()) ? null : uses.hierarchy().superclass(c).orElse(null);
        }
        if (generic != null && !CLASSES.containsKey(generic.name()) && !sameClass(generic.arguments().get(0), kind)) {
            uses.warn(String.format("%s: JOSDK takes the kind of a dependent from the first type argument of its "
                    + "nearest generic superclass, here %s of %s, not %s, which opctl grants for; give the kind to "
                    + "a constructor, super(%s.class)", uses.location(type), written(generic.arguments().get(0)),
                    generic.asWritten(), written(kind), written(kind)));
        }
    }

    /**
     * The kind of a generic dependent whose code makes its {@code GroupVersionKind} of string literals or String
     * constants of the sources ({@code new GroupVersionKind("velero.io", "v1", "Backup")}, {@code ("velero.io/v1",
     * "Backup")}), or gives {@code super} a constant made so; none for one that makes none, or several.
     */
    private Optional<Kind> literalKind(TypeDeclaration type) {
        if (uses.model().type(type.name()).isEmpty()) {
            return Optional.empty();
        }
        List<String> groupAndPlurals = uses.model().calls(type.name()).stream().map(c -> c.method().equals("super")
                && c.arguments().size() == 1 ? Informers.constant(uses.model(), type.name(), c.arguments().get(0))
                : Informers.groupAndKind(c)).filter(Objects::nonNull).distinct().toList();
        return groupAndPlurals.size() == 1
                ? Optional.of(uses.kinds().ofClient(uses.location(type), groupAndPlurals.get(0))) : Optional.empty();
    }

    private static String written(TypeUse type) {
        return type instanceof TypeUse.Named named ? named.asWritten() : type.toString();
    }

    private static boolean sameClass(TypeUse a, TypeUse b) {
        return a instanceof TypeUse.Named x && b instanceof TypeUse.Named y && x.name().equals(y.name());
    }

    /**
     * What JOSDK does for the dependents of {@code reconciler}'s {@code @Workflow}, of {@code primary}
     * (the owner of those of a jar whose primary is a type parameter):
     * <ul>
     * <li>where one is deleted by JOSDK rather than the garbage collector, it makes the reconciler a
     *     cleaner, which needs a finalizer on {@code primary} (see {@link JosdkUses}); says whether one is;
     * <li>while a dependent's {@code reconcilePrecondition} does not hold, JOSDK deletes it and those
     *     that depend on it (through {@code dependsOn}, transitively), garbage-collected or not;
     *     while its {@code activationCondition} does not hold, those that depend on it;
     * <li>{@code CRDPresentActivationCondition} reads the CustomResourceDefinition of the kind.
     * </ul>
     * A dependent of a class of a jar counts as one of the sources; one of a class opctl cannot read, for nothing.
     */
    boolean workflow(TypeDeclaration reconciler, Kind primary) {
        reconciler.find(Registrations.CONTROLLER_CONFIGURATION).filter(c -> !c.annotations("dependents").isEmpty())
                .ifPresent(c -> uses.warn(uses.location(reconciler) + ": @ControllerConfiguration(dependents = ...) is "
                        + "JOSDK 4's, which JOSDK 5.2.3 does not have (the build fails on it), and opctl does not read what "
                        + "a workflow of them does (a reconcilePrecondition's deletes, a finalizer); move them to "
                        + "@Workflow(dependents = ...), which opctl reads")); // trial48
        // @Workflow is @Inherited: a reconciler has that of its nearest superclass that has one.
        Optional<AnnotationUse> workflow = reconciler.find(WORKFLOW);
        for (TypeDeclaration c = reconciler; workflow.isEmpty() && c != null && c.superclass() != null; ) {
            c = uses.hierarchy().superclass(c).orElse(null);
            workflow = c == null ? Optional.empty() : c.find(WORKFLOW);
        }
        if (workflow.isEmpty()) {
            return false;
        }
        Map<String, Node> nodes = new LinkedHashMap<>();
        for (AnnotationUse dependent : workflow.get().annotations("dependents")) {
            Optional<TypeDeclaration> type = dependent.classLiteral("type")
                    .flatMap(t -> t instanceof TypeUse.Named n ? uses.hierarchy().declared(n.name()) : Optional.empty());
            if (type.isPresent()) {
                String name = dependent.string("name").filter(n -> !n.isEmpty()).orElse(type.get().name());
                TypeUse activation = dependent.classLiteral("activationCondition").orElse(null);
                nodes.put(name, new Node(type.get(), dependent.strings("dependsOn"),
                        dependent.classLiteral("reconcilePrecondition").isPresent(), activation != null, activation));
            }
        }
        boolean cleaner = false;
        for (Node node : nodes.values()) {
            List<TypeUse.Named> supertypes = uses.supertypes(node.type());
            Optional<TypeUse.Named> kubernetes = of(supertypes);
            if (kubernetes.isPresent() && uses.model().type(node.type().name()).isEmpty()) {
                // A dependent of a jar; those of the sources are done on their own.
                dependent(node.type(), kubernetes.get(), supertypes, Optional.of(primary));
            }
            Set<String> roles = roles(kubernetes.orElse(null), supertypes);
            // As JOSDK's DefaultWorkflow.isDeletable: a dependent of a kind is deleted by the garbage collector.
            cleaner |= deleter(roles) && (kubernetes.isEmpty() || !roles.contains(GARBAGE_COLLECTED));
        }
        conditions(nodes);
        return cleaner;
    }

    /**
     * What JOSDK does for the workflows the code of {@code type} builds with a {@code WorkflowBuilder}
     * ({@code .addDependentResourceAndConfigure(d).withReconcilePrecondition(c)}), as for those of a
     * {@code @Workflow} ({@link #workflow}): the deletions of the conditions; a dependent is known by its
     * variable ({@code dependsOn(d)}) and its class by what the variable is declared as or made of.
     */
    void built(String type) {
        Set<SourceModel.Call> read = Collections.newSetFromMap(new IdentityHashMap<>());
        for (List<SourceModel.Call> chain : WorkflowChains.of(uses.calls(type))) {
            read.addAll(chain);
            boolean conditions = chain.stream().anyMatch(c -> CONDITIONS.contains(c.method()));
            Map<String, Node> nodes = new LinkedHashMap<>();
            List<String> current = List.of(); // the nodes the calls configure, those added last
            for (SourceModel.Call step : chain) {
                SourceModel.Argument first = step.arguments().isEmpty() ? null : step.arguments().get(0);
                if (step.method().startsWith("addDependentResource") && first != null) {
                    current = new ArrayList<>();
                    // A lambda's parameter given the elements of a collection of names (Microcks' forEach): each.
                    for (SourceModel.Argument given : first.elements().isEmpty() ? List.of(first) : first.elements()) {
                        String dependent = WorkflowChains.dependentClass(uses, type, given);
                        if (conditions && dependent == null) {
                            WorkflowChains.unknownDependent(uses, step, given);
                        }
                        Optional<TypeDeclaration> declared = dependent == null ? Optional.empty()
                                : uses.hierarchy().declared(dependent);
                        String name = given.names().isEmpty() ? "#" + nodes.size() : given.names().get(0);
                        declared.ifPresent(d -> nodes.put(name, new Node(d, new ArrayList<>(), false, false, null)));
                        current.add(name);
                    }
                    continue;
                }
                if (conditions && step.method().equals("dependsOn")
                        && step.arguments().stream().anyMatch(a -> a.names().isEmpty())) {
                    WorkflowChains.unknownDependent(uses, step, first);
                }
                for (String configured : current) {
                    Node node = nodes.get(configured);
                    switch (node == null ? "" : step.method()) {
                        case "dependsOn" -> step.arguments().forEach(a -> node.dependsOn().addAll(a.names()));
                        case "withReconcilePrecondition" -> nodes.put(configured, new Node(node.type(),
                                node.dependsOn(), true, node.activated(), node.activation()));
                        case "withActivationCondition" -> nodes.put(configured, new Node(node.type(),
                                node.dependsOn(), node.precondition(), true, first == null ? null : first.type()));
                        default -> { }
                    }
                }
            }
            conditions(nodes);
        }
        // A condition of a builder given from elsewhere, or kept and given away: its chain is not read whole.
        uses.calls(type).stream().filter(c -> CONDITIONS.contains(c.method()) && !read.contains(c)).forEach(c ->
                uses.warn(String.format("%s: opctl reads the conditions of a workflow built in one chain, new "
                        + "WorkflowBuilder<P>().addDependentResourceAndConfigure(d).%s(c)...build(), and grants "
                        + "nothing for this one; build it so, or grant what JOSDK deletes while it does not hold by a "
                        + "marker, // +opctl:rbac:groups=GROUP,resources=PLURAL,verbs=delete",
                        c.location(), c.method())));
    }

    /** The deletions of the conditions of a workflow's {@code nodes}, by name, and the CRDs an activation reads. */
    private void conditions(Map<String, Node> nodes) {
        for (Node node : nodes.values()) {
            if (node.precondition() || node.activated()) {
                deleted(node, nodes, node.precondition(), Collections.newSetFromMap(new IdentityHashMap<>()));
            }
            if (node.activation() != null && readsCrds(node.activation())) {
                uses.kinds().ofClient(uses.location(node.type()), "apiextensions.k8s.io/customresourcedefinitions")
                        .grant(uses.grants(), "", List.of("get"));
            }
        }
    }

    /** Grants {@code delete} on {@code node}'s kind when {@code itself}, and on those of the nodes that depend on it. */
    private void deleted(Node node, Map<String, Node> nodes, boolean itself, Set<Node> visited) {
        if (!visited.add(node)) {
            return; // a cycle: JOSDK refuses it when the operator starts
        }
        if (itself) {
            List<TypeUse.Named> supertypes = uses.supertypes(node.type());
            of(supertypes).filter(k -> !k.name().equals(GENERIC) && deleter(roles(k, supertypes)))
                    .filter(k -> !k.arguments().isEmpty())
                    .flatMap(k -> uses.kinds().of(k.arguments().get(0), uses.location(node.type())))
                    .ifPresent(k -> k.grant(uses.grants(), "", List.of("delete")));
        }
        String name = nodes.entrySet().stream().filter(e -> e.getValue() == node).findFirst().orElseThrow().getKey();
        for (Node other : nodes.values()) {
            if (other.dependsOn().contains(name)) {
                deleted(other, nodes, true, visited);
            }
        }
    }

    private boolean readsCrds(TypeUse condition) {
        return condition instanceof TypeUse.Named named && (named.name().equals(CRD_PRESENT)
                || uses.hierarchy().declared(named.name()).map(uses::supertypes).orElse(List.of()).stream()
                        .anyMatch(s -> s.name().equals(CRD_PRESENT)));
    }

    /** The JOSDK interfaces a dependent implements: those of its supertypes and of its JOSDK {@code dependent} class. */
    private static Set<String> roles(TypeUse.Named dependent, List<TypeUse.Named> supertypes) {
        Set<String> roles = new HashSet<>(dependent == null ? List.of() : CLASSES.get(dependent.name()));
        for (TypeUse.Named supertype : supertypes) {
            roles.add(supertype.name());
            roles.addAll(INTERFACES.getOrDefault(supertype.name(), List.of()));
        }
        return roles;
    }

    /** Whether JOSDK may delete objects of a dependent of {@code roles}: a GarbageCollected one is a Deleter. */
    private static boolean deleter(Set<String> roles) {
        return roles.contains(DELETER) || roles.contains(GARBAGE_COLLECTED);
    }

    /**
     * A dependent of a workflow: its class, the names of those it depends on, whether it has a reconcile
     * precondition and an activation condition, and the activation condition's class, where it is known.
     */
    private record Node(TypeDeclaration type, List<String> dependsOn, boolean precondition, boolean activated,
            TypeUse activation) {
    }
}
