package dev.opctl.rbac;

import dev.opctl.crd.SourceModel;
import dev.opctl.rbac.Kinds.Kind;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the classes reconcilers use ({@link JosdkUses#helpers}) write of a primary resource whose kind
 * their code does not name: the patches of the {@code UpdateControl}s they make, and the status an
 * object given to the client is written with where opctl cannot tell its kind
 * ({@code client.resource(r).updateStatus()} of a {@code HasMetadata r}). Both are taken for the
 * primary's of the reconciler that uses the class, as in a reconciler's own code; of several, for each one's
 * (Apache Flink's reconcilers each hold a {@code StatusRecorder<CR, ...>} of their kind: trial39 H1). Of none,
 * which kind they write is unknown, and that is said. A write in a method that no code runs ({@link LiveCode})
 * needs nothing.
 */
final class HelperWrites {
    private HelperWrites() {
    }

    /**
     * Grants what the helpers' writes need, given the classes whose code is a reconciler's
     * ({@code reconcilerCode}) and the primary kinds of the reconcilers that use each helper.
     */
    static void grant(JosdkUses uses, Set<String> reconcilerCode, Map<String, Set<Kind>> helperOf) {
        for (String name : uses.model().types().keySet()) {
            if (reconcilerCode.stream().anyMatch(owner -> JosdkUses.within(name, owner))) {
                continue;
            }
            Set<Kind> primaries = new HashSet<>();
            helperOf.entrySet().stream().filter(helper -> JosdkUses.within(name, helper.getKey()))
                    .forEach(helper -> primaries.addAll(helper.getValue()));
            for (SourceModel.Call call : uses.calls(name)) {
                boolean control = call.target() != null && JosdkUses.UPDATE_CONTROLS.contains(call.target())
                        && (JosdkUses.PATCHES_STATUS.contains(call.method())
                                || JosdkUses.PATCHES_RESOURCE.contains(call.method()));
                if (!control && !unknownStatusWrite(call, uses) || !uses.runs(call)) {
                    continue;
                }
                for (Kind primary : primaries) {
                    uses.patches(primary, Set.of(call.method()));
                    if (JosdkUses.REPLACES_STATUS.contains(call.method())) {
                        primary.grant(uses.grants(), "/status", List.of("update"));
                    }
                }
                if (!primaries.isEmpty()) {
                    continue;
                }
                String where = "no reconciler calls into";
                uses.warn(control ? String.format("%s: UpdateControl.%s outside a reconciler, in a class %s: opctl "
                        + "cannot tell which kind it patches, and grants nothing for it; grant the patch by a marker "
                        + "on the reconciler, // +opctl:rbac:groups=GROUP,resources=PLURAL/status,verbs=patch",
                        call.location(), call.method(), where)
                        : String.format("%s: %s() of an object given to the client, outside a reconciler, in a class "
                        + "%s: opctl cannot tell which kind's status it writes, and grants nothing for it; grant it by "
                        + "a marker, // +opctl:rbac:groups=GROUP,resources=PLURAL/status,verbs=%s", call.location(),
                        call.method(), where, JosdkUses.REPLACES_STATUS.contains(call.method()) ? "update" : "patch"));
            }
        }
    }

    /**
     * Whether {@code call} writes the status of an object given to the client ({@code client.resource(r)})
     * of a kind opctl cannot tell (a {@code HasMetadata}, a type variable): in a reconciler's code, its
     * primary's.
     */
    private static boolean unknownStatusWrite(SourceModel.Call call, JosdkUses uses) {
        if (!JosdkUses.PATCHES_STATUS.contains(call.method()) && !JosdkUses.REPLACES_STATUS.contains(call.method())) {
            return false;
        }
        SourceModel.Call step = Chain.of(call).kind();
        return step != null && ClientCalls.given(step) && ClientCalls.kind(step, uses.kinds()::ofClient).isEmpty()
                && !Chain.onObjectOfAnotherKind(call);
    }
}
