package dev.opctl.rbac;

import dev.opctl.crd.model.TypeUse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How JOSDK 5.2 writes a Kubernetes dependent's objects ({@code ConfigurationService.shouldUseSSA}):
 * by an apply patch, or by create and replace (PUT). {@code @KubernetesDependent(useSSA = ...)} on the
 * dependent's class decides; else ConfigMaps and Secrets are replaced and other kinds applied, unless
 * the code changes that ({@code withSSABasedCreateUpdateMatchForDependentResources(false)},
 * {@code withDefaultNonSSAResource(...)}, on the operator's {@code ConfigurationServiceOverrider}).
 */
final class ServerSideApply {
    /** The kinds JOSDK replaces rather than applies by default ({@code ConfigurationService.defaultNonSSAResources()}). */
    private static final Set<String> NOT_APPLIED = Set.of("io.fabric8.kubernetes.api.model.ConfigMap",
            "io.fabric8.kubernetes.api.model.Secret");
    /** The overrider's calls that change which dependents JOSDK applies. */
    private static final Set<String> OVERRIDES = Set.of("withSSABasedCreateUpdateMatchForDependentResources",
            "withDefaultNonSSAResource");

    private final boolean overridden;

    private ServerSideApply(boolean overridden) {
        this.overridden = overridden;
    }

    /** How the code of {@code uses} has JOSDK write dependents. */
    static ServerSideApply of(JosdkUses uses) {
        return new ServerSideApply(uses.model().types().keySet().stream().flatMap(type -> uses.calls(type).stream())
                .anyMatch(call -> OVERRIDES.contains(call.method())));
    }

    /**
     * The verbs a dependent of {@code kind} whose class says {@code useSSA} (TRUE, FALSE or UNDEFINED) needs
     * to create and to update its objects, where it does: {@code create}, {@code patch} applied, {@code create},
     * {@code update} replaced; both where the code overrides JOSDK's default, opctl not reading to what.
     */
    List<String> verbs(TypeUse kind, String useSSA, boolean creates, boolean updates) {
        boolean byDefault = useSSA.equals("UNDEFINED");
        boolean applied = useSSA.equals("TRUE")
                || byDefault && (overridden || !(kind instanceof TypeUse.Named named && NOT_APPLIED.contains(named.name())));
        boolean replaced = useSSA.equals("FALSE") || byDefault && (overridden || !applied);
        List<String> verbs = new ArrayList<>();
        if (creates) {
            verbs.add("create");
        }
        if (applied && (creates || updates)) {
            verbs.add("patch");
        }
        if (replaced && updates) {
            verbs.add("update");
        }
        return verbs;
    }
}
