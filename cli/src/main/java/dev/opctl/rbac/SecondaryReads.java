package dev.opctl.rbac;

import dev.opctl.crd.SourceModel;
import dev.opctl.crd.model.TypeDeclaration;
import dev.opctl.crd.model.TypeUse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * JOSDK's {@code context.getSecondaryResource(K.class)}, {@code getSecondaryResources(K.class)} and
 * {@code getSecondaryResourcesAsStream(K.class)} read
 * the informer of K that the reconciler registers (an {@code InformerEventSource}, a dependent's); without
 * one JOSDK throws on every call ("No event source found"). Where the role grants K no {@code list} and
 * {@code watch}, which every informer of K needs, opctl sees none registered and no marker grants one: said.
 */
final class SecondaryReads {
    private static final String GROUP = "io.fabric8.kubernetes.model.annotation.Group";
    private static final Set<String> READS = Set.of("getSecondaryResource", "getSecondaryResources",
            "getSecondaryResourcesAsStream");

    private SecondaryReads() {
    }

    /**
     * Whether {@code type} is a class of the sources that is no Kubernetes object: neither it nor a supertype of
     * the sources extends or implements one of fabric8's types, nor carries fabric8's {@code @Group}.
     */
    private static boolean external(SourceModel model, TypeUse type, int depth) {
        Optional<TypeDeclaration> declared = type instanceof TypeUse.Named named ? model.type(named.name())
                : Optional.empty();
        if (declared.isEmpty() || depth > 16 || declared.get().find(GROUP).isPresent()) {
            return false;
        }
        List<TypeUse> supertypes = new ArrayList<>(declared.get().interfaces());
        if (declared.get().superclass() != null) {
            supertypes.add(declared.get().superclass());
        }
        return supertypes.stream().allMatch(s -> !(s instanceof TypeUse.Named n) || !n.name().startsWith("io.fabric8.")
                && (model.type(n.name()).isEmpty() || external(model, n, depth + 1)));
    }

    /** Says each such read in the types of {@code model}, whose calls {@code calls} gives, of {@code grants}. */
    static void check(SourceModel model, Function<String, List<SourceModel.Call>> calls, Kinds kinds, Grants grants,
            Consumer<String> warnings) {
        for (String type : model.types().keySet()) {
            for (SourceModel.Call call : calls.apply(type)) {
                if (!READS.contains(call.method())) {
                    continue;
                }
                // A class that is no kind opctl knows: said as such (Strimzi's Kafka without its jar); not a class of
                // the sources that is no Kubernetes object, an external dependent's (trial42 L1: MySQL's Schema).
                call.classArgument(0).filter(read -> !external(model, read, 0))
                        .flatMap(read -> kinds.of(read, call.location())).filter(kind -> !grants.verbs(kind.group(), kind.plural())
                        .containsAll(RbacGenerator.WATCH_VERBS)).ifPresent(kind -> warnings.accept(String.format(
                        "%s: %s(...) reads the %s of an informer the reconciler registers, and opctl sees none (nothing "
                        + "grants them list and watch, which it needs): without one, JOSDK fails on this call at run "
                        + "time; register an InformerEventSource of them in prepareEventSources, or a dependent, or, "
                        + "where one is registered where opctl does not look (an informer of a kind it cannot read), "
                        + "grant it by a marker, "
                        + "// +opctl:rbac:groups=%s,resources=%s,verbs=list;watch", call.location(), call.method(),
                        kind.plural(), kind.group().isEmpty() ? "core" : kind.group(), kind.plural())));
            }
        }
    }
}
