package dev.opctl.rbac;

import dev.opctl.crd.SourceModel;
import dev.opctl.crd.model.TypeUse;
import java.util.List;
import java.util.Optional;

/**
 * A dependent resource the code deletes itself: {@code deployment.delete(primary, context)} on a
 * field or variable of a Kubernetes dependent's class, as a reconciler that uses its dependents
 * standalone does in its {@code cleanup}. JOSDK deletes the object then whatever the dependent's
 * interfaces say ({@code GarbageCollected} ones too), so its kind needs {@code delete}.
 */
final class DependentDeletes {
    private DependentDeletes() {
    }

    /** Grants {@code delete} of the kind of the dependent {@code call} deletes, where it is such a call. */
    static void grant(SourceModel.Call call, JosdkUses uses) {
        if (!call.method().equals("delete") || call.arguments().size() != 2
                || !(call.targetType() instanceof TypeUse.Named declared)) {
            return;
        }
        // The dependent's class of the sources, or JOSDK's class itself (KubernetesDependentResource<Pod, P> pods).
        Optional<TypeUse.Named> dependent = Dependents.of(List.of(declared))
                .or(() -> uses.model().type(declared.name()).flatMap(t -> Dependents.of(uses.supertypes(t))));
        dependent.filter(d -> !d.arguments().isEmpty() && !d.name().endsWith(".GenericKubernetesDependentResource"))
                .flatMap(d -> uses.kinds().of(d.arguments().get(0), call.location()))
                .ifPresent(kind -> kind.grant(uses.grants(), "", List.of("delete")));
    }
}
