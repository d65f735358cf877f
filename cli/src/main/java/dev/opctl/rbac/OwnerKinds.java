package dev.opctl.rbac;

import dev.opctl.crd.SourceModel;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The kind of the owner an owner reference that blocks its owner's deletion names, where its builder
 * says it in string literals ({@code new OwnerReferenceBuilder().withApiVersion("v1").withKind("Pod")
 * ...withBlockOwnerDeletion(true)}): that kind's finalizers are what the API server asks for
 * (OwnerReferencesPermissionEnforcement), not the primary's, which opctl takes the owner to be where the
 * code does not say.
 */
final class OwnerKinds {
    /** The calls that begin an owner reference's builder: the search for its kind ends there. */
    private static final Set<String> STARTS = Set.of("addNewOwnerReference", "withNewOwnerReference",
            "addNewOwnerReferenceLike", "new");

    private OwnerKinds() {
    }

    /**
     * The kind, {@code group/Kind} ({@code /Pod}, {@code apps/Deployment}), that the builder of the owner
     * reference whose {@code withBlockOwnerDeletion} {@code call} is names before it; else none.
     */
    static Optional<String> of(SourceModel.Call call) {
        String kind = null;
        String apiVersion = null;
        for (SourceModel.Call step = call.receiver(); step != null && !STARTS.contains(step.method());
                step = step.receiver()) {
            List<String> literal = step.arguments().size() == 1 ? step.arguments().get(0).strings() : List.of();
            if (literal.size() == 1 && step.method().equals("withKind")) {
                kind = literal.get(0);
            } else if (literal.size() == 1 && step.method().equals("withApiVersion")) {
                apiVersion = literal.get(0);
            }
        }
        if (kind == null || apiVersion == null || !kind.matches("[A-Z][A-Za-z0-9]*")) {
            return Optional.empty();
        }
        return Optional.of((apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "") + "/"
                + kind);
    }

    /**
     * The method a name {@link JosdkUses#method} gives is of: {@code withBlockOwnerDeletion} of
     * {@code withBlockOwnerDeletion(/Pod)}.
     */
    static String method(String named) {
        return named.endsWith(")") && named.indexOf('(') > 0 && !named.endsWith("(false)")
                ? named.substring(0, named.indexOf('(')) : named;
    }

    /** Grants the finalizers of each owner's kind {@code called} names ({@link JosdkUses#method}'s names). */
    static void grant(Collection<String> called, Kinds kinds, Grants grants) {
        for (String named : called) {
            if (!named.equals(method(named))) {
                String kind = named.substring(named.indexOf('(') + 1, named.length() - 1);
                kinds.ofClient("", kind).grant(grants, "/finalizers", List.of("update"));
            }
        }
    }
}
