package dev.opctl.rbac;

import dev.opctl.crd.SourceModel;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The chains of calls that build JOSDK workflows in code, with its {@code WorkflowBuilder} ({@link Dependents#built}). */
final class WorkflowChains {
    private WorkflowChains() {
    }

    /**
     * The calls that build each workflow of {@code calls}, in order: a chain {@code new WorkflowBuilder<P>()...build()},
     * or the chains on a local variable that keeps such a builder and is used for nothing but calls on it
     * ({@code builder.addDependentResourceAndConfigure(d).withReconcilePrecondition(c);} per dependent, trial43 M1).
     */
    static List<List<SourceModel.Call>> of(List<SourceModel.Call> calls) {
        List<List<SourceModel.Call>> workflows = new ArrayList<>();
        Map<SourceModel.Call, List<SourceModel.Call>> onBuilder = new IdentityHashMap<>();
        Set<SourceModel.Call> receivers = ClientCalls.receivers(calls);
        for (SourceModel.Call call : calls) {
            List<SourceModel.Call> chain = new ArrayList<>();
            for (SourceModel.Call c = call; c != null; c = c.receiver()) {
                chain.add(0, c);
            }
            SourceModel.Call kept = chain.get(0).kept();
            if (call.method().equals("build") && chain.size() > 1 && builder(chain.get(0))) {
                workflows.add(chain);
            } else if (kept != null && builder(kept) && !receivers.contains(call)) {
                onBuilder.computeIfAbsent(kept, k -> {
                    List<SourceModel.Call> steps = new ArrayList<>(List.of(k));
                    workflows.add(steps);
                    return steps;
                }).addAll(chain);
            }
        }
        return workflows;
    }

    /** Whether {@code call} makes JOSDK's {@code WorkflowBuilder}. */
    private static boolean builder(SourceModel.Call call) {
        return call.method().equals("new") && call.target() != null && call.target().endsWith("WorkflowBuilder");
    }
}
