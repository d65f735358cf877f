package dev.opctl.rbac;

import dev.opctl.crd.SourceModel;
import dev.opctl.crd.model.TypeUse;
import dev.opctl.rbac.Kinds.Kind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The chains of calls that build JOSDK workflows in code, with its {@code WorkflowBuilder} ({@link Dependents#built}),
 * and the dependents given to them.
 */
final class WorkflowChains {
    private WorkflowChains() {
    }

    /**
     * The calls that build each workflow of {@code calls}, in order: a chain {@code new WorkflowBuilder<P>()...build()},
     * or the chains on a local variable that keeps such a builder and is used for nothing but calls on it
     * ({@code builder.addDependentResourceAndConfigure(d).withReconcilePrecondition(c);} per dependent, trial43 M1);
     * and after a call of them that a local variable so used keeps, a node's configuration, the chains on that
     * variable ({@code var node = builder.addDependentResourceAndConfigure(d); node.withReconcilePrecondition(c);},
     * Microcks', under an {@code if}, whose condition is not read: as every call that may run).
     */
    static List<List<SourceModel.Call>> of(List<SourceModel.Call> calls) {
        List<List<SourceModel.Call>> workflows = new ArrayList<>();
        Map<SourceModel.Call, List<SourceModel.Call>> onBuilder = new IdentityHashMap<>();
        Set<SourceModel.Call> receivers = ClientCalls.receivers(calls);
        List<List<SourceModel.Call>> configuring = new ArrayList<>();
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
            } else if (kept != null && !receivers.contains(call)) {
                configuring.add(0, chain);
            }
        }
        for (List<SourceModel.Call> chain : configuring) { // from the last: each after the call kept, in order
            for (List<SourceModel.Call> steps : workflows) {
                int at = 0;
                while (at < steps.size() && steps.get(at) != chain.get(0).kept()) {
                    at++;
                }
                if (at < steps.size()) {
                    steps.addAll(at + 1, chain);
                    break;
                }
            }
        }
        return workflows;
    }

    /**
     * The class of the dependent {@code given} to a workflow in the code of {@code type}: what its variable is declared
     * as, or made of; not one of JOSDK's own (an interface), but a class of the sources in JOSDK's packages (its
     * sample operators'); else that of the objects the code gives a field ({@link #assigned}); or null.
     */
    static String dependentClass(JosdkUses uses, String type, SourceModel.Argument given) {
        return given.type() instanceof TypeUse.Named n && (!n.name().startsWith(Dependents.JOSDK)
                || uses.model().type(n.name()).isPresent()) ? n.name() : assigned(uses.calls(type), given);
    }

    /** Says that opctl cannot tell the dependent {@code given} to {@code step}, naming its kind where its type does. */
    static void unknownDependent(JosdkUses uses, SourceModel.Call step, SourceModel.Argument given) {
        Optional<Kind> kind = given != null && given.type() instanceof TypeUse.Named n // JOSDK's type's
                && !n.arguments().isEmpty() ? uses.kinds().of(n.arguments().get(0)) : Optional.empty();
        uses.warn(String.format("%s: opctl cannot tell which dependent %s(...) is given (it reads a variable or field "
                + "named alone and declared with the dependent's own class or given an object of one, or a new), and "
                + "may grant too little for what the workflow's conditions delete; declare it so, or grant it by a "
                + "marker, %s", step.location(), step.method(), UnreadChains.marker(kind, "delete")));
    }

    /**
     * The class of the object a field named alone by {@code argument} holds, where every value {@code calls} give it
     * is one made by {@code new} of that class ({@code this.ingressDR = new IngressDependentResource()} in JOSDK's
     * sample, of a field declared {@code KubernetesDependentResource<Ingress, WebPage>}); else null.
     */
    private static String assigned(List<SourceModel.Call> calls, SourceModel.Argument argument) {
        String name = argument.names().size() == 1 ? argument.names().get(0) : "";
        Set<String> made = new HashSet<>();
        calls.stream().filter(c -> name.equals(c.field()))
                .forEach(c -> made.add(c.method().equals("new") && c.target() != null ? c.target() : ""));
        return made.size() == 1 && !made.contains("") ? made.iterator().next() : null;
    }

    /** Whether {@code call} makes JOSDK's {@code WorkflowBuilder}. */
    private static boolean builder(SourceModel.Call call) {
        return call.method().equals("new") && call.target() != null && call.target().endsWith("WorkflowBuilder");
    }
}
