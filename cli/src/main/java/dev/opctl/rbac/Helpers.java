package dev.opctl.rbac;

import dev.opctl.crd.MethodLines;
import dev.opctl.crd.SourceModel;
import dev.opctl.crd.model.Modifier;
import dev.opctl.crd.model.TypeDeclaration;
import dev.opctl.crd.model.TypeUse;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** The classes of the sources that reconcilers, dependents and the like use: their code is read as theirs. */
final class Helpers {
    private Helpers() {
    }

    /**
     * The classes of the sources that the code of {@code owners} (their nested types' too) uses, and
     * those that these use in turn: the class of a static method it calls ({@code Secrets.read(...)}),
     * of an object it makes ({@code new Pods(client)}), of a field, parameter or local variable it calls a
     * method on ({@code secrets.read()}), of a static field's
     * ({@code Secrets.READER.apply(client)}); with that class's supertypes of the sources, whose methods
     * are its own; and where that class is an interface or abstract, the classes of the sources that
     * implement or extend it. None of {@code owners}.
     */
    static Set<String> of(JosdkUses josdk, Set<String> owners) {
        Set<String> found = new HashSet<>();
        SourceModel model = josdk.model();
        Deque<String> uses = new ArrayDeque<>(owners);
        while (!uses.isEmpty()) {
            String user = uses.pop();
            for (String name : model.types().keySet()) {
                if (!JosdkUses.within(name, user)) {
                    continue;
                }
                TypeDeclaration declared = model.type(name).orElseThrow();
                for (SourceModel.Call call : josdk.calls(name)) {
                    String target = call.target();
                    TypeUse.Named field = target == null || model.type(target).isPresent() ? null : declared.fields()
                            .stream().filter(f -> f.name().equals(target)).findFirst()
                            .map(f -> f.type() instanceof TypeUse.Named n ? n : null)
                            .filter(n -> model.type(n.name()).isPresent()).orElse(null);
                    TypeUse.Named use = field != null ? field : call.targetType() instanceof TypeUse.Named variable
                            && model.type(variable.name()).isPresent() ? variable : null;
                    String helper = target == null ? null : model.type(target).isPresent() ? target
                            : field != null ? field.name() : target.indexOf('.') > 0
                                    && model.type(target.substring(0, target.lastIndexOf('.'))).isPresent()
                                    ? target.substring(0, target.lastIndexOf('.')) : null;
                    if (helper == null && use != null) {
                        helper = use.name(); // a parameter or local variable of its type (trial38 L2)
                    }
                    for (String used : implementations(josdk, helper, use)) {
                        if (!owners.contains(used) && found.add(used)) {
                            uses.add(used);
                        }
                    }
                }
            }
        }
        return found;
    }

    /**
     * Whether {@code call}, in {@code type}'s code, calls by its name alone a method of as many parameters that the
     * type, a type enclosing it, or a supertype of theirs of the sources declares with a body: the code's own, not
     * JOSDK's ({@code updateStatus(gerrit, context)} of Gerrit's reconcilers builds the status that
     * {@code UpdateControl.patchStatus} sends, trial48 M1).
     */
    static boolean own(JosdkUses uses, String type, SourceModel.Call call) {
        if (call.receiver() != null || call.target() != null || call.kept() != null || call.method().equals("new")) {
            return false;
        }
        SourceModel model = uses.model();
        for (String t = type; model.type(t).isPresent(); t = t.substring(0, Math.max(0, t.lastIndexOf('.')))) {
            TypeDeclaration declared = model.type(t).orElseThrow();
            // The methods with a body, whatever their parameters (the model keeps accessors' only).
            if (Stream.concat(Stream.of(t), uses.supertypes(declared).stream().map(TypeUse.Named::name))
                    .flatMap(d -> MethodLines.of(model, d).stream()).flatMap(l -> l.methods().stream())
                    .anyMatch(m -> m.name().equals(call.method()) && m.takes(call.arguments().size()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code type} (none for null) with its supertypes of the sources, and the classes of the sources that implement
     * or extend it where it is abstract; where it is used with type arguments ({@code use}: a field
     * {@code Reconciler<FlinkSessionJob>}), those that do with arguments that may be these (not an
     * {@code ApplicationReconciler} of {@code Reconciler<FlinkDeployment>}: trial39 L5).
     */
    private static Set<String> implementations(JosdkUses josdk, String type, TypeUse.Named use) {
        SourceModel model = josdk.model();
        Optional<TypeDeclaration> declared = type == null ? Optional.empty() : model.type(type);
        if (declared.isEmpty()) {
            return Set.of();
        }
        Set<String> found = new HashSet<>(Set.of(type));
        // Its supertypes of the sources: their methods are its own (trial38 H1: a status write inherited).
        josdk.supertypes(declared.get()).stream().map(TypeUse.Named::name).filter(n -> model.type(n).isPresent())
                .forEach(found::add);
        if (declared.get().is(Modifier.ABSTRACT) || declared.get().kind() == TypeDeclaration.Kind.INTERFACE) {
            model.types().values().stream()
                    .filter(t -> josdk.supertypes(t).stream().anyMatch(s -> s.name().equals(type)
                            && (use == null || !use.name().equals(type) || mayBe(s, use))))
                    .forEach(t -> found.add(t.name()));
        }
        return found;
    }

    /** Whether {@code supertype} may be {@code use}: no type argument of one is a class the other's is not. */
    private static boolean mayBe(TypeUse.Named supertype, TypeUse.Named use) {
        if (supertype.arguments().size() != use.arguments().size()) {
            return true; // a raw use
        }
        for (int i = 0; i < use.arguments().size(); i++) {
            if (supertype.arguments().get(i) instanceof TypeUse.Named a && use.arguments().get(i) instanceof TypeUse.Named b
                    && !a.name().equals(b.name())) {
                return false;
            }
        }
        return true;
    }
}
