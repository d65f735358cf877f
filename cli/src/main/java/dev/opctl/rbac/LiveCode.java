package dev.opctl.rbac;

import dev.opctl.crd.MethodLines;
import dev.opctl.crd.MethodParameters;
import dev.opctl.crd.SourceModel;
import dev.opctl.crd.model.Modifier;
import dev.opctl.crd.model.TypeDeclaration;
import dev.opctl.crd.model.TypeUse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which methods of the classes a reconciler (a dependent, ...) uses run when its code does: a helper class
 * with many methods, {@code KubeUtil}, is used for some of them, and what the others do on the client is not
 * the operator's (trial34 #5, trial38 L1). A method runs where a name its callers call is its name: the code
 * of the user ({@code owners}) and the methods of the helpers that run call it by name ({@code x.m()},
 * {@code X::m}); by name and number of arguments only, so an override, an interface's implementation and an
 * overload of as many parameters run with the method called, and a method whose last parameter is an array with a
 * call of as many arguments or more, less one (varargs). A method reference, and a call of no arguments on a name
 * or nothing, which opctl does not tell from one, call a method of any number; not a call of fabric8's of the name
 * with another number on a chain ({@code .create()}: cos-fleetshard's uncalled {@code create(connector)} ran,
 * trial47 M1). Code outside the helpers' methods (field initializers, constructors, initializers) runs too.
 * A method runs also where something other than the sources may call it: one with an annotation
 * ({@code @Override}, a framework's), one of {@link Object}'s ({@code toString}), {@code main}, and, in a class
 * with a supertype of a library ({@code Runnable}, a fabric8 {@code Watcher}), every one that is neither
 * static nor private.
 */
final class LiveCode {
    private static final Set<String> ALWAYS = Set.of("main", "toString", "equals", "hashCode", "clone", "finalize");

    private LiveCode() {
    }

    /**
     * The calls in the code of {@code owners} (their nested types' too) and in that of the classes it uses
     * ({@link Helpers}) that run when it does.
     */
    static List<SourceModel.Call> running(JosdkUses uses, Set<String> owners) {
        Set<String> helpers = uses.helpers(owners);
        Set<SourceModel.Call> dead = dead(uses, owners, helpers);
        List<SourceModel.Call> running = new ArrayList<>();
        for (String name : uses.model().types().keySet()) {
            if (owners.stream().anyMatch(o -> JosdkUses.within(name, o))
                    || helpers.stream().anyMatch(h -> JosdkUses.within(name, h))) {
                uses.calls(name).stream().filter(call -> !dead.contains(call)).forEach(running::add);
            }
        }
        return running;
    }

    /**
     * The calls in the methods of {@code helpers} (their nested types' too) that do not run when the code of
     * {@code owners} does; by identity, as {@link JosdkUses#calls} gives them.
     */
    static Set<SourceModel.Call> dead(JosdkUses uses, Set<String> owners, Set<String> helpers) {
        SourceModel model = uses.model();
        Map<String, Set<Integer>> called = new HashMap<>(); // numbers of arguments by name; -1 of a reference
        // Each method of a helper that may not run, with the calls in it.
        Map<MethodLines.Method, List<SourceModel.Call>> unreached = new IdentityHashMap<>();
        for (String name : model.types().keySet()) {
            if (owners.stream().anyMatch(owner -> JosdkUses.within(name, owner))) {
                uses.calls(name).forEach(call -> names(call, called));
            } else if (helpers.stream().anyMatch(helper -> JosdkUses.within(name, helper))) {
                methods(uses, name, called, unreached);
            }
        }
        for (boolean more = true; more; ) {
            more = false;
            for (Iterator<Map.Entry<MethodLines.Method, List<SourceModel.Call>>> it = unreached.entrySet().iterator();
                    it.hasNext(); ) {
                Map.Entry<MethodLines.Method, List<SourceModel.Call>> method = it.next();
                if (called.getOrDefault(method.getKey().name(), Set.of()).stream().anyMatch(method.getKey()::takes)) {
                    method.getValue().forEach(call -> names(call, called));
                    it.remove();
                    more = true;
                }
            }
        }
        Set<SourceModel.Call> dead = Collections.newSetFromMap(new IdentityHashMap<>());
        unreached.values().forEach(dead::addAll);
        return dead;
    }

    /**
     * Adds to {@code unreached} the methods of the helper {@code name} that may not run, with the calls in each;
     * to {@code called}, the names the rest of its code calls.
     */
    private static void methods(JosdkUses uses, String name, Map<String, Set<Integer>> called,
            Map<MethodLines.Method, List<SourceModel.Call>> unreached) {
        Optional<MethodLines> lines = MethodLines.of(uses.model(), name);
        boolean library = library(uses, name);
        Map<MethodLines.Method, List<SourceModel.Call>> maybe = new IdentityHashMap<>();
        for (MethodLines.Method method : lines.map(MethodLines::methods).orElse(List.of())) {
            boolean open = !method.modifiers().contains(Modifier.STATIC)
                    && !method.modifiers().contains(Modifier.PRIVATE);
            if (!method.annotated() && !ALWAYS.contains(method.name()) && !(library && open)) {
                maybe.put(method, new ArrayList<>());
            }
        }
        for (SourceModel.Call call : uses.calls(name)) {
            List<SourceModel.Call> in = lines.flatMap(l -> l.at(MethodParameters.line(call.location())))
                    .map(maybe::get).orElse(null);
            if (in == null) {
                names(call, called);
            } else {
                in.add(call);
            }
        }
        unreached.putAll(maybe);
    }

    /** Whether the class {@code name} has a supertype that is no class of the sources, but {@link Object}. */
    private static boolean library(JosdkUses uses, String name) {
        Optional<TypeDeclaration> type = uses.model().type(name);
        return type.isPresent() && uses.supertypes(type.get()).stream().map(TypeUse.Named::name)
                .anyMatch(s -> !s.equals("java.lang.Object") && uses.model().type(s).isEmpty());
    }

    /**
     * Adds the name of the method {@code call} calls with its number of arguments, and those of the method references
     * given to it, with any.
     */
    private static void names(SourceModel.Call call, Map<String, Set<Integer>> called) {
        // A method reference, X::m, is a call of no arguments on a name or nothing: of any number.
        called.computeIfAbsent(call.method(), m -> new HashSet<>()).add(call.arguments().isEmpty()
                && call.receiver() == null && call.kept() == null ? -1 : call.arguments().size());
        for (SourceModel.Argument argument : call.arguments()) {
            if (argument.reference() != null) {
                called.computeIfAbsent(argument.reference().substring(argument.reference().lastIndexOf(':') + 1),
                        m -> new HashSet<>()).add(-1);
            }
        }
    }
}
