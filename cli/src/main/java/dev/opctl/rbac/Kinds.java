package dev.opctl.rbac;

import dev.opctl.crd.Fabric8Plural;
import dev.opctl.crd.SourceModel;
import dev.opctl.crd.model.TypeDeclaration;
import dev.opctl.crd.model.TypeUse;
import dev.opctl.project.BuiltInKind;
import dev.opctl.project.ProjectFile;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The kinds the code of the sources works on, as the API server names them: of a Java class (a
 * built-in kind, a kind of the project, or a class with fabric8's {@code @Group} and
 * {@code @Version}, in the sources or a jar), or of the client's method that names one; with a
 * warning for a class opctl cannot name, and for a cluster-scoped kind in an operator limited to
 * namespaces.
 */
final class Kinds {
    private static final String MODEL_ANNOTATION = "io.fabric8.kubernetes.model.annotation.";
    private static final String NAMESPACED = "io.fabric8.kubernetes.api.model.Namespaced";
    /** Cluster-scoped kinds that opctl's built-in kinds do not list, by plural. */
    private static final Set<String> CLUSTER_SCOPED = Set.of("namespaces", "nodes", "persistentvolumes",
            "componentstatuses", "clusterroles", "clusterrolebindings", "customresourcedefinitions", "storageclasses",
            "priorityclasses", "mutatingwebhookconfigurations", "validatingwebhookconfigurations",
            "certificatesigningrequests", "ingressclasses", "csidrivers", "csinodes", "volumeattachments",
            "tokenreviews", "subjectaccessreviews", "selfsubjectaccessreviews", "selfsubjectrulesreviews",
            "runtimeclasses", "apiservices", "flowschemas", "prioritylevelconfigurations", "podsecuritypolicies",
            "deviceclasses", "resourceslices", "clustertrustbundles");

    private final SourceModel model;
    private final ProjectFile project;
    private final Consumer<String> warnings;
    private final Function<String, Optional<TypeDeclaration>> jars;

    Kinds(SourceModel model, ProjectFile project, Consumer<String> warnings,
            Function<String, Optional<TypeDeclaration>> jars) {
        this.model = model;
        this.project = project;
        this.warnings = warnings;
        this.jars = jars;
    }

    /**
     * {@link #of(TypeUse)}, with a warning for a class that is not one opctl knows, used at {@code where}:
     * the operator would be refused what it does with it.
     */
    Optional<Kind> of(TypeUse type, String where) {
        return of(type, where, null);
    }

    /** {@link #of(TypeUse, String)}, where what the operator does with the kind is {@code verbs} (null: not told). */
    Optional<Kind> of(TypeUse type, String where, Collection<String> verbs) {
        Optional<Kind> kind = of(type);
        if (kind.isEmpty() && type instanceof TypeUse.Named named) {
            warnings.accept(String.format("%s: opctl does not know the API group and plural of %s, and grants the "
                    + "operator nothing for it; add the jar of its class to the class path (a dependency in pom.xml), "
                    + "or grant what the operator does with it by a marker, "
                    + "// +opctl:rbac:groups=GROUP,resources=PLURAL,verbs=%s", where, named.name(),
                    verbs == null ? "list;watch;..." : String.join(";", new TreeSet<>(verbs))));
        }
        kind.ifPresent(k -> warnIfClusterScoped(where, k, "watching them fails when the operator starts"));
        return kind;
    }

    /** Says when code at {@code where} works on {@code kind}, cluster-scoped, in an operator limited to namespaces. */
    private void warnIfClusterScoped(String where, Kind kind, String consequence) {
        if (!kind.namespaced() && !project.namespaces().isEmpty()) {
            warnings.accept(String.format("%s: %s are cluster-scoped, and the operator is limited to namespaces (%s), "
                    + "whose RoleBindings grant nothing outside them: %s; keep the operator cluster-wide, or do "
                    + "without them", where, kind.plural(), String.join(", ", project.namespaces()), consequence));
        }
    }

    /**
     * The kind a chain of calls on the client names: that of {@code call}'s class argument
     * ({@code resources(Store.class)}), or of the variable given to {@code resource(x)} as declared
     * ({@code Deployment x}; none said for a class that is no kind opctl knows, {@code HasMetadata}), when
     * {@code groupAndPlural} is null; else that group and plural.
     */
    Optional<Kind> ofClient(SourceModel.Call call, String groupAndPlural) {
        if (groupAndPlural != null) {
            return Optional.of(ofClient(call.location(), groupAndPlural));
        }
        if (call.method().equals("resource")) {
            Optional<Kind> given = call.arguments().isEmpty() ? Optional.empty()
                    : Optional.ofNullable(call.arguments().get(0).type()).flatMap(this::of);
            given.ifPresent(k -> warnIfClusterScoped(call.location(), k, "the call fails"));
            return given;
        }
        return call.classArgument(0).flatMap(k -> of(k, call.location()));
    }

    /**
     * The kind of {@code groupAndPlural} ({@code apps/deployments}), which code at {@code where} calls the API of;
     * or of a group and a kind's name ({@code apps/Deployment}, upper case), as strings name it
     * ({@link #plural}).
     */
    Kind ofClient(String where, String groupAndPlural) {
        String group = groupAndPlural.substring(0, groupAndPlural.indexOf('/'));
        String name = groupAndPlural.substring(group.length() + 1);
        String plural = !name.isEmpty() && Character.isUpperCase(name.charAt(0)) ? plural(group, name) : name;
        Optional<Boolean> known = BuiltInKind.ALL.stream().filter(k -> k.group().equals(group)
                && k.plural().equals(plural)).findFirst().map(BuiltInKind::namespaced)
                .or(() -> project.resources().stream().filter(r -> r.group().equals(group) && r.plural().equals(plural))
                        .findFirst().map(ProjectFile.Resource::namespaced));
        // A kind of another API than Kubernetes' own (cert-manager.io's ClusterIssuer): its scope is a guess, but
        // for OpenShift's kinds that its client names.
        boolean kubernetes = group.isEmpty() || !group.contains(".") || group.endsWith(".k8s.io");
        boolean openShift = OpenShiftKinds.known(groupAndPlural);
        Kind kind = new Kind(group, plural, known.orElse(openShift ? !OpenShiftKinds.clusterScoped(groupAndPlural)
                : !CLUSTER_SCOPED.contains(plural)), known.isEmpty() && !kubernetes && !openShift);
        warnIfClusterScoped(where, kind, "the call fails");
        return kind;
    }

    /**
     * The plural of the kind {@code kind} of {@code group} named by strings ({@code genericKubernetesResources(
     * "g/v1", "K")}, {@code new GroupVersionKind(...)}), for which fabric8 asks the API server: the CRD's of a
     * kind of the project ({@code PROJECT}'s, {@code --plural} too) or of a class of the sources, Kubernetes' of
     * its own kinds; else as fabric8 makes one of a kind's name.
     */
    private String plural(String group, String kind) {
        return project.resources().stream().filter(r -> r.group().equals(group) && r.kind().equals(kind))
                .map(ProjectFile.Resource::plural).findFirst()
                .or(() -> BuiltInKind.find(group, kind).filter(k -> k.group().equals(group)).map(BuiltInKind::plural))
                .or(() -> model.types().values().stream()
                        .filter(t -> annotationValue(t, "Kind").orElse(t.simpleName()).equals(kind))
                        .flatMap(t -> annotated(t).stream()).filter(k -> k.group().equals(group))
                        .map(Kind::plural).findFirst())
                .orElse(Fabric8Plural.of(kind.toLowerCase(Locale.ROOT)));
    }

    /**
     * The group and kind's name that {@link #ofClient} takes ({@code apps/Deployment}) of a kind named by
     * strings: {@code group} a group, or an API version ({@code apps/v1}, {@code v1}) where {@code apiVersion};
     * null where {@code kind} is no kind's name (empty, not upper case).
     */
    static String named(String group, boolean apiVersion, String kind) {
        if (kind.isEmpty() || !Character.isUpperCase(kind.charAt(0))) {
            return null;
        }
        return (!apiVersion ? group : group.contains("/") ? group.substring(0, group.indexOf('/')) : "") + "/" + kind;
    }

    /**
     * The kind of a Kubernetes model class, of a kind of the project, of a class with fabric8's annotations, or of
     * a class of OpenShift's model that {@link OpenShiftKinds} knows; none for any other type.
     */
    Optional<Kind> of(TypeUse type) {
        if (!(type instanceof TypeUse.Named named)) {
            return Optional.empty();
        }
        Optional<BuiltInKind> builtIn = BuiltInKind.ofModelClass(named.name());
        if (builtIn.isPresent()) {
            return Optional.of(new Kind(builtIn.get().group(), builtIn.get().plural(), builtIn.get().namespaced()));
        }
        Optional<Kind> ofProject = project.resources().stream()
                .filter(r -> r.api() && (r.javaPackage() + "." + r.kind()).equals(named.name()))
                .findFirst()
                .map(r -> new Kind(r.group(), r.plural(), r.namespaced()));
        if (ofProject.isPresent()) {
            return ofProject;
        }
        Optional<Kind> annotated = model.type(named.name()).or(() -> jars.apply(named.name())).flatMap(Kinds::annotated);
        // OpenShift's Route, without the model's jar on the class path (a dependency the operator's pom may lack).
        return annotated.or(() -> OpenShiftKinds.ofModelClass(named.name()).map(groupAndPlural -> new Kind(
                groupAndPlural.substring(0, groupAndPlural.indexOf('/')), groupAndPlural.substring(groupAndPlural
                .indexOf('/') + 1), !OpenShiftKinds.clusterScoped(groupAndPlural))));
    }

    /**
     * The kind of a class with fabric8's {@code @Group} and {@code @Version}, named as fabric8's client
     * names it when it asks the API server for it ({@code @Plural}, else the plural of {@code @Singular}
     * or of the lower-case {@code @Kind} or class name).
     */
    private static Optional<Kind> annotated(TypeDeclaration type) {
        Optional<String> group = type.find(MODEL_ANNOTATION + "Group").flatMap(a -> a.string("value"));
        if (group.isEmpty() || type.find(MODEL_ANNOTATION + "Version").isEmpty()) {
            return Optional.empty();
        }
        String kind = annotationValue(type, "Kind").orElse(type.simpleName());
        String singular = annotationValue(type, "Singular").orElse(kind).toLowerCase(Locale.ROOT);
        String plural = annotationValue(type, "Plural").map(p -> p.toLowerCase(Locale.ROOT))
                .orElse(Fabric8Plural.of(singular));
        boolean namespaced = type.interfaces().stream().anyMatch(i -> i.name().equals(NAMESPACED));
        return Optional.of(new Kind(group.get(), plural, namespaced));
    }

    private static Optional<String> annotationValue(TypeDeclaration type, String annotation) {
        return type.find(MODEL_ANNOTATION + annotation).flatMap(a -> a.string("value")).filter(v -> !v.isEmpty());
    }

    /**
     * The API group and plural of a kind, whether its objects live in namespaces, and whether that is a
     * guess (of a kind of another API that opctl knows no class of, named by its group and plural).
     */
    record Kind(String group, String plural, boolean namespaced, boolean guessed) {
        Kind(String group, String plural, boolean namespaced) {
            this(group, plural, namespaced, false);
        }

        void grant(Grants grants, String subresource, List<String> verbs) {
            grants.add(group, plural + subresource, verbs);
        }
    }
}
