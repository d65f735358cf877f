package dev.opctl.rbac;

import dev.opctl.crd.SourceModel;
import dev.opctl.crd.model.AnnotationUse;
import dev.opctl.crd.model.TypeDeclaration;
import dev.opctl.crd.model.Value;
import dev.opctl.project.ProjectFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * What an operator limited to namespaces ({@code opctl edit --namespaces}) cannot do, whose
 * RoleBindings grant nothing outside them, nor in its own namespace but the leader election's: says
 * so for an informer or a chain of client calls that works elsewhere.
 */
final class Namespaces {
    /** The values of JOSDK's Constants an informer's namespaces may be: all, the operator's, the controller's. */
    static final String WATCH_ALL_NAMESPACES = "JOSDK_ALL_NAMESPACES";
    static final String WATCH_CURRENT_NAMESPACE = "JOSDK_WATCH_CURRENT";
    private static final String SAME_AS_CONTROLLER = "JOSDK_SAME_AS_CONTROLLER";
    /** {@link #where}: every namespace ({@code inAnyNamespace()}). */
    static final String EVERY = "";
    /** {@link #where}: the client's own, the operator's, where no call says another. */
    static final String CLIENTS = "-";
    /** {@link #CLIENTS}, for a kind opctl guesses is namespaced ({@link Kinds.Kind#guessed}). */
    static final String GUESSED = "?";
    /** The operations that may be given the object they work on ({@code create(x)}), which has its namespace. */
    private static final Set<String> GIVEN = Set.of("create", "createOrReplace", "replace", "update", "patch",
            "delete", "serverSideApply");
    /** Those constants, by name. */
    private static final Map<String, String> JOSDK = Map.of("WATCH_ALL_NAMESPACES", WATCH_ALL_NAMESPACES,
            "WATCH_CURRENT_NAMESPACE", WATCH_CURRENT_NAMESPACE, "SAME_AS_CONTROLLER", SAME_AS_CONTROLLER,
            "WATCH_ALL_NAMESPACE_SET", WATCH_ALL_NAMESPACES, "DEFAULT_NAMESPACES_SET", WATCH_ALL_NAMESPACES,
            "WATCH_CURRENT_NAMESPACE_SET", WATCH_CURRENT_NAMESPACE, "SAME_AS_CONTROLLER_NAMESPACES_SET",
            SAME_AS_CONTROLLER);

    private final SourceModel model;
    private final ProjectFile project;
    private final Consumer<String> warnings;
    /** The namespaces the informer of each reconciler (by name) watches, as its annotation says ({@link #reconciler}). */
    private final Map<String, List<String>> watched = new TreeMap<>();

    Namespaces(SourceModel model, ProjectFile project, Consumer<String> warnings) {
        this.model = model;
        this.project = project;
        this.warnings = warnings;
    }

    /**
     * The namespaces {@code arguments} give ({@code withNamespaces(...)}'s) in the code of {@code type}:
     * string literals, collection factories of them, JOSDK's constants and String constants of the
     * sources, in a factory too ({@code Set.of(Constants.WATCH_ALL_NAMESPACES)}, {@code Set.of(TEAM)}).
     */
    List<String> of(String type, List<SourceModel.Argument> arguments) {
        return arguments.stream().flatMap(a -> !a.strings().isEmpty() ? a.strings().stream() : a.names().stream()
                .flatMap(name -> JOSDK.entrySet().stream().filter(e -> name.equals(e.getKey())
                        || name.endsWith("." + e.getKey())).map(Map.Entry::getValue).findFirst()
                        .or(() -> model.constant(type, name)).stream())).toList();
    }


    /**
     * The namespaces an {@code @Informer} gives: string literals, and JOSDK's constants by their names
     * ({@code Constants.WATCH_CURRENT_NAMESPACE}, which the model reads as an enum constant of a jar's: trial40 L1).
     */
    static List<String> of(AnnotationUse informer) {
        List<String> found = new ArrayList<>();
        Value value = informer.value("namespaces").orElse(null);
        for (Value v : value == null ? List.<Value>of() : value instanceof Value.Array a ? a.values() : List.of(value)) {
            String constant = v instanceof Value.EnumConstant c ? c.name() : v instanceof Value.Unknown u ? u.name() : "";
            if (v instanceof Value.Text text) {
                found.add(text.value());
            } else if (JOSDK.containsKey(constant.substring(constant.lastIndexOf('.') + 1))) {
                found.add(JOSDK.get(constant.substring(constant.lastIndexOf('.') + 1)));
            }
        }
        return found;
    }

    /** Notes where a configuration's {@code call}, in {@code type}'s code, says an informer watches, if it does. */
    void configured(String type, SourceModel.Call call) {
        if (call.method().equals("withWatchAllNamespaces") || call.method().equals("withWatchCurrentNamespace")) {
            watches(call.location(), List.of(call.method().equals("withWatchAllNamespaces") ? WATCH_ALL_NAMESPACES
                    : WATCH_CURRENT_NAMESPACE));
        } else if (call.method().equals("withNamespaces")) {
            watches(call.location(), of(type, call.arguments()));
        }
    }

    /** Notes where the informer of reconciler {@code type} watches, as its {@code @ControllerConfiguration} says. */
    void reconciler(TypeDeclaration type) {
        watched.put(type.name(), type.find(Registrations.CONTROLLER_CONFIGURATION)
                .map(c -> c.annotations("informer").stream().flatMap(i -> of(i).stream()).toList()).orElse(List.of()));
    }

    /**
     * Says when every reconciler watches only the operator's own namespace and the operator is not limited to
     * namespaces, as Microcks' (trial43 L2) and JOSDK's sample of a controller's namespace: the ClusterRoleBinding
     * grants the role in every namespace, where the operator's would do.
     */
    void clusterWide() {
        if (project.namespaces().isEmpty() && !watched.isEmpty()
                && watched.values().stream().allMatch(List.of(WATCH_CURRENT_NAMESPACE)::equals)) {
            String first = watched.keySet().iterator().next();
            warnings.accept(String.format("%s: every controller (%s) watches only the operator's own namespace "
                    + "(@Informer(namespaces = WATCH_CURRENT_NAMESPACE)), and the role is bound cluster-wide, which "
                    + "grants it in every namespace; to grant it only where the operator runs, limit the operator to "
                    + "its namespace, opctl edit --namespaces %s-system (opctl generate then says what the code does "
                    + "in others)", model.location(first), String.join(", ", watched.keySet().stream()
                            .map(n -> n.substring(n.lastIndexOf('.') + 1)).toList()), project.projectName()));
        }
    }

    /**
     * Says when an informer set up at {@code where} watches {@code namespaces} ({@code @Informer}'s, or
     * those of {@code withNamespaces(...)}, {@link #of}) outside those the operator is limited to.
     */
    void watches(String where, List<String> namespaces) {
        watches(where, namespaces, "an informer", "watch only those namespaces");
    }

    /** {@link #watches(String, List)}, of {@code what} watches, and {@code how} to mend it. */
    void watches(String where, List<String> namespaces, String what, String how) {
        if (project.namespaces().isEmpty()) {
            return;
        }
        List<String> outside = namespaces.stream().filter(n -> !project.namespaces().contains(n)
                && !n.equals(SAME_AS_CONTROLLER) && !(n.equals(WATCH_CURRENT_NAMESPACE) && own())).toList();
        if (!outside.isEmpty()) {
            warnings.accept(String.format("%s: %s watches %s, and the operator is limited to namespaces (%s), "
                    + "whose RoleBindings grant nothing outside them: it fails when the operator starts; %s, or add "
                    + "the others to the operator's (opctl edit --namespaces)", where, what,
                    outside.contains(WATCH_ALL_NAMESPACES) ? "every namespace" : "namespace " + String.join(", ",
                            outside.stream().map(n -> n.equals(WATCH_CURRENT_NAMESPACE) ? "the operator's own" : n)
                                    .toList()), String.join(", ", project.namespaces()), how));
        }
    }

    /**
     * Where the chain of client calls {@code call} ends works, where the code says it: {@link #EVERY},
     * that of an {@code inNamespace("a")} of a string literal (after the kind, or on the client before
     * it), or {@link #CLIENTS} for a namespaced kind no call places (no {@code inNamespace}, no object
     * given); none where a variable or an object gives it.
     */
    static Optional<String> where(SourceModel.Call call,
            BiFunction<SourceModel.Call, String, Optional<Kinds.Kind>> kinds) {
        // The call placing the chain, after its kind or on the client before it (client.adapt(...).inNamespace("a").pods()).
        Chain chain = Chain.of(call);
        SourceModel.Call step = chain.placing();
        if (step != null) {
            List<String> literal = step.arguments().isEmpty() ? List.of() : step.arguments().get(0).strings();
            return step.method().equals("inAnyNamespace") ? Optional.of(EVERY)
                    : step.method().equals("inNamespace") && literal.size() == 1 ? Optional.of(literal.get(0))
                    : Optional.empty();
        }
        // An object given to the operation (create(x), the deprecated form) has its namespace.
        boolean object = GIVEN.contains(call.method()) && call.arguments().stream().anyMatch(a -> a.classLiteral()
                == null && a.strings().isEmpty() && a.reference() == null);
        Optional<Kinds.Kind> kind = chain.kind() == null || object ? Optional.empty()
                : ClientCalls.kind(chain.kind(), kinds).filter(Kinds.Kind::namespaced);
        return kind.map(k -> k.guessed() ? GUESSED : CLIENTS);
    }

    /**
     * Says when the chain {@code call} ends works in {@code namespace} ({@link #where})
     * outside those the operator is limited to.
     */
    void outside(SourceModel.Call call, String namespace) {
        boolean every = namespace.equals(EVERY);
        boolean guessed = namespace.equals(GUESSED);
        boolean clients = guessed || namespace.equals(CLIENTS);
        if (clients ? own() : project.namespaces().contains(namespace)) {
            return;
        }
        warnings.accept(String.format("%s: %s() in %s, and the operator is limited to namespaces (%s), whose "
                + "RoleBindings grant nothing outside them: the call fails; %s", call.location(), call.method(),
                every ? "every namespace" : clients ? "the client's namespace (no inNamespace(...): the operator's "
                        + "own)" + (guessed ? " if the kind is namespaced, which opctl cannot tell of another API's"
                        : "") : "namespace " + namespace, String.join(", ", project.namespaces()),
                guessed ? "use inNamespace(...); if the kind is cluster-scoped, keep the operator cluster-wide"
                        : every || clients ? "use inNamespace(...)"
                        : "use one of them, or add " + namespace + " to the operator's (opctl edit --namespaces)"));
    }

    /** Whether the operator's own namespace ({@code NAME-system}, the kustomization's) is one of its namespaces. */
    private boolean own() {
        return project.namespaces().contains(project.projectName() + "-system");
    }
}
