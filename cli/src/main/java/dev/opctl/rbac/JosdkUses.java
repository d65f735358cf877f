package dev.opctl.rbac;

import dev.opctl.crd.SourceModel;
import dev.opctl.crd.model.TypeDeclaration;
import dev.opctl.crd.model.TypeUse;
import dev.opctl.project.BuiltInKind;
import dev.opctl.project.ProjectFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the Java Operator SDK code of the sources needs, read from their declaration model: a
 * reconciler's primary kind from its {@code Reconciler<K>} supertype and whether it is a
 * {@code Cleaner}, a dependent's kinds from the type arguments of its
 * {@code KubernetesDependentResource} superclass (through the sources' own classes in between),
 * and from the calls in the code what it writes and which informers it configures.
 */
final class JosdkUses {
    private static final String RECONCILER = "io.javaoperatorsdk.operator.api.reconciler.Reconciler";
    private static final String CLEANER = "io.javaoperatorsdk.operator.api.reconciler.Cleaner";
    private static final String DEPENDENTS = "io.javaoperatorsdk.operator.processing.dependent.kubernetes.";
    private static final String READ_ONLY_DEPENDENT = DEPENDENTS + "KubernetesDependentResource";
    private static final String APPLIED_DEPENDENT = DEPENDENTS + "CRUDKubernetesDependentResource";
    private static final String INFORMER_CONFIGURATION =
            "io.javaoperatorsdk.operator.api.config.informer.InformerEventSourceConfiguration";
    /** A reconciler's calls that patch its resource, or its status, or replace its status through the client. */
    private static final Set<String> PATCHES_RESOURCE = Set.of("patchResource", "patchResourceAndStatus");
    private static final Set<String> PATCHES_STATUS = Set.of("patchStatus", "patchResourceAndStatus");
    private static final Set<String> REPLACES_STATUS = Set.of("updateStatus", "replaceStatus");

    private final SourceModel model;
    private final ProjectFile project;
    private final Grants grants;

    private JosdkUses(SourceModel model, ProjectFile project, Grants grants) {
        this.model = model;
        this.project = project;
        this.grants = grants;
    }

    /** Adds to {@code grants} what the code of {@code model}'s types needs. */
    static void infer(SourceModel model, ProjectFile project, Grants grants) {
        JosdkUses uses = new JosdkUses(model, project, grants);
        model.types().values().forEach(uses::infer);
    }

    private void infer(TypeDeclaration type) {
        List<TypeUse.Named> supertypes = supertypes(type);
        for (TypeUse.Named supertype : supertypes) {
            if (supertype.name().equals(READ_ONLY_DEPENDENT)) {
                argument(supertype, 0).ifPresent(k -> k.grant(grants, "", RbacGenerator.WATCH_VERBS));
            } else if (supertype.name().equals(APPLIED_DEPENDENT)) {
                argument(supertype, 0).ifPresent(k -> k.grant(grants, "", RbacGenerator.APPLY_VERBS));
                // The owner reference's blockOwnerDeletion needs it where owner references are enforced.
                argument(supertype, 1).ifPresent(k -> k.grant(grants, "/finalizers", List.of("update")));
            }
        }
        for (SourceModel.Call call : model.calls(type.name())) {
            if (call.method().equals("from") && (INFORMER_CONFIGURATION.equals(call.target())
                    || "InformerEventSourceConfiguration".equals(call.target()))) {
                call.classArgument(0).flatMap(this::kind)
                        .ifPresent(k -> k.grant(grants, "", RbacGenerator.WATCH_VERBS));
            }
        }
        Optional<Kind> primary = supertypes.stream().filter(s -> s.name().equals(RECONCILER)).findFirst()
                .flatMap(reconciler -> argument(reconciler, 0));
        primary.ifPresent(kind -> reconciler(type, kind, supertypes.stream().anyMatch(s -> s.name().equals(CLEANER))));
    }

    /** What JOSDK does for a reconciler of {@code primary}, and what its calls (its nested types' too) write. */
    private void reconciler(TypeDeclaration type, Kind primary, boolean cleaner) {
        if (cleaner) {
            // JOSDK adds its finalizer by an apply patch, removes it by a JSON patch, and reads again on a conflict.
            primary.grant(grants, "", List.of("get", "patch"));
        }
        Set<String> called = new HashSet<>();
        for (String name : model.types().keySet()) {
            if (name.equals(type.name()) || name.startsWith(type.name() + ".")) {
                model.calls(name).forEach(call -> called.add(call.method()));
            }
        }
        if (called.stream().anyMatch(PATCHES_RESOURCE::contains)) {
            primary.grant(grants, "", List.of("patch"));
        }
        if (called.stream().anyMatch(PATCHES_STATUS::contains)) {
            primary.grant(grants, "/status", List.of("patch"));
        }
        if (called.stream().anyMatch(REPLACES_STATUS::contains)) {
            primary.grant(grants, "/status", List.of("update"));
        }
    }

    /**
     * Every supertype of {@code type}, with type arguments: its own, then theirs where the sources
     * declare them, their type parameters replaced by the arguments given ({@code Base<ConfigMap>}
     * makes {@code Base<R>}'s {@code CRUDKubernetesDependentResource<R, P>} one of {@code ConfigMap}).
     */
    private List<TypeUse.Named> supertypes(TypeDeclaration type) {
        List<TypeUse.Named> found = new ArrayList<>();
        supertypes(type, Map.of(), found, new HashSet<>());
        return found;
    }

    private void supertypes(TypeDeclaration type, Map<String, TypeUse> bindings, List<TypeUse.Named> into,
            Set<String> visited) {
        if (!visited.add(type.name())) {
            return; // a cycle: javac rejects it, and it adds nothing
        }
        List<TypeUse.Named> direct = new ArrayList<>();
        if (type.superclass() != null) {
            direct.add(type.superclass());
        }
        direct.addAll(type.interfaces());
        for (TypeUse.Named supertype : direct) {
            TypeUse.Named bound = (TypeUse.Named) supertype.substitute(bindings);
            into.add(bound);
            model.type(bound.name()).ifPresent(declared -> {
                Map<String, TypeUse> arguments = new HashMap<>();
                if (declared.typeParameters().size() == bound.arguments().size()) {
                    for (int i = 0; i < bound.arguments().size(); i++) {
                        arguments.put(declared.typeParameters().get(i).name(), bound.arguments().get(i));
                    }
                }
                supertypes(declared, arguments, into, visited);
            });
        }
    }

    private Optional<Kind> argument(TypeUse.Named type, int index) {
        return index < type.arguments().size() ? kind(type.arguments().get(index)) : Optional.empty();
    }

    /** The kind of a Kubernetes model class or of a kind of the project; none for any other type. */
    private Optional<Kind> kind(TypeUse type) {
        if (!(type instanceof TypeUse.Named named)) {
            return Optional.empty();
        }
        Optional<BuiltInKind> builtIn = BuiltInKind.ofModelClass(named.name());
        if (builtIn.isPresent()) {
            return Optional.of(new Kind(builtIn.get().group(), builtIn.get().plural()));
        }
        return project.resources().stream()
                .filter(r -> r.api() && (r.javaPackage() + "." + r.kind()).equals(named.name()))
                .findFirst()
                .map(r -> new Kind(r.group(), r.plural()));
    }

    /** The API group and plural of a kind. */
    private record Kind(String group, String plural) {
        void grant(Grants grants, String subresource, List<String> verbs) {
            grants.add(group, plural + subresource, verbs);
        }
    }
}
