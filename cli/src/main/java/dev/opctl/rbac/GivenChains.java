package dev.opctl.rbac;

import dev.opctl.crd.SourceModel;
import dev.opctl.crd.model.TypeDeclaration;
import dev.opctl.crd.model.TypeUse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chains on the client given to a method of the sources that works on them, read as one chain each where the method
 * is called: after {@code createOrUpdate(client.apps().deployments(), d)}, whose body calls
 * {@code resources.inNamespace(n).withName(x)} on its parameter (kept in a variable, or not) and then {@code replace},
 * the call site does {@code client.apps().deployments().inNamespace(n).withName(x).replace(...)}
 * (kas-fleetshard's {@code OperandUtils}, trial46 H1). So for a chain that a method of the type returns on its
 * parameter, given a chain in turn: {@code filter(client.configMaps())} returning {@code op.inAnyNamespace()...}
 * is {@code client.configMaps().inAnyNamespace()...} (kas-fleetshard's informers). Only a chain plainly on the client
 * that names a kind and does nothing yet ({@link KeptChains#plain}), given to a method of the class of the call's
 * target (a static call, or one on a variable or field of a class of the sources) or of the caller's class, or of a
 * superclass of the sources; by the method's name and number of parameters. One level: what the method does with a
 * chain it passes on to another is not read, and stays the warning it was.
 */
final class GivenChains {
    private final JosdkUses uses;
    /**
     * The calls of each type, as the model has them, read once: its own list follows them, and a chain on a parameter
     * is made anew on each chain given (never changed in place).
     */
    private final Map<String, List<SourceModel.Call>> written = new HashMap<>();
    /** The chains plainly on the client given as arguments where what is done with them is not read. */
    private final Set<SourceModel.Call> away = Collections.newSetFromMap(new IdentityHashMap<>());

    GivenChains(JosdkUses uses) {
        this.uses = uses;
    }

    /**
     * Whether {@code call}, of the calls {@link #calls} gave, is a chain plainly on the client given as an argument
     * where what is done with it is not read: to a library's method, or to a method of the sources that does nothing
     * opctl reads with it (that passes it on). Its warning stays, where calls on a variable that keeps it are read.
     */
    boolean away(SourceModel.Call call) {
        return away.contains(call);
    }

    /**
     * The calls in {@code type}'s code, with the chains kept in variables or returned followed ({@link KeptChains}),
     * and what methods of the sources do with those it gives them.
     */
    List<SourceModel.Call> calls(String type) {
        List<SourceModel.Call> written = written(type); // read once, where it is a callee too
        return added(type, written, KeptChains.followed(written, () -> types(type).stream().skip(1)
                .map(uses.model()::calls).toList()));
    }

    /**
     * {@code followed}, the calls of {@code type} with its kept chains followed ({@link KeptChains}) as made of
     * {@code calls}, the model's, in the same order; with, for each chain it gives a method of the sources, what the
     * method does on it, made at the call.
     */
    private List<SourceModel.Call> added(String type, List<SourceModel.Call> calls, List<SourceModel.Call> followed) {
        Map<SourceModel.Call, SourceModel.Call> made = null;
        List<SourceModel.Call> added = new ArrayList<>();
        for (SourceModel.Call call : followed) {
            for (int i = 0; i < call.arguments().size(); i++) {
                SourceModel.Call given = call.arguments().get(i).call();
                if (given == null) {
                    continue;
                }
                if (made == null) {
                    made = new IdentityHashMap<>();
                    for (int c = 0; c < calls.size(); c++) {
                        made.put(calls.get(c), followed.get(c));
                    }
                }
                SourceModel.Call value = made.getOrDefault(given, given);
                SourceModel.Call chain = chain(type, value, made, added);
                int before = added.size();
                String method = call.method() + "/" + call.arguments().size();
                String parameter = method + "#" + i;
                boolean returned = false; // what the method returns on it is read where its value goes
                for (String callee : chain == null ? Set.<String>of() : callees(type, call)) {
                    added.addAll(done(written(callee), parameter, chain, call.location()));
                    returned |= written(callee).stream().anyMatch(c -> method.equals(c.returns())
                            && parameter.equals(root(c).parameter()));
                }
                if (added.size() == before && !returned && KeptChains.plain(value)) {
                    away.add(value); // to a library's method, or passed on
                }
            }
        }
        if (added.isEmpty()) {
            return followed;
        }
        List<SourceModel.Call> all = new ArrayList<>(followed);
        all.addAll(added);
        return all;
    }

    /**
     * The chain plainly on the client that {@code given}, an argument of a call in {@code type}'s code, is: itself, or
     * what a method of the type returns on its parameter where it is called with such a chain, whose calls are added
     * to {@code into}; else null.
     */
    private SourceModel.Call chain(String type, SourceModel.Call given, Map<SourceModel.Call, SourceModel.Call> made,
            List<SourceModel.Call> into) {
        if (KeptChains.plain(given)) {
            return given;
        }
        if (given.receiver() != null || given.target() != null || given.kept() != null || given.method().equals("new")) {
            return null;
        }
        String method = given.method() + "/" + given.arguments().size();
        for (int i = 0; i < given.arguments().size(); i++) {
            SourceModel.Call inner = given.arguments().get(i).call();
            if (inner == null || !KeptChains.plain(made.getOrDefault(inner, inner))) {
                continue;
            }
            for (String callee : types(type)) {
                for (SourceModel.Call returned : written(callee)) {
                    if (method.equals(returned.returns())) {
                        Map<SourceModel.Call, SourceModel.Call> remade = new IdentityHashMap<>();
                        SourceModel.Call on = on(returned, method + "#" + i, made.getOrDefault(inner, inner),
                                given.location(), remade);
                        if (on != returned && KeptChains.plain(on)) {
                            for (SourceModel.Call call : written(callee)) { // in the order written, as each type's
                                SourceModel.Call again = remade.get(call);
                                if (again != null && again != call) {
                                    into.add(again);
                                }
                            }
                            return on;
                        }
                    }
                }
            }
        }
        return null;
    }

    /**
     * What the calls {@code written} do on the parameter {@code parameter} ({@code createOrUpdate/2#0}), made on
     * {@code chain} at {@code location}, with the chains they keep in variables followed; not a chain the method
     * returns that does nothing yet, read where its value goes ({@link #chain}).
     */
    private static List<SourceModel.Call> done(List<SourceModel.Call> written, String parameter,
            SourceModel.Call chain, String location) {
        String method = parameter.substring(0, parameter.indexOf('#'));
        Map<SourceModel.Call, SourceModel.Call> made = new IdentityHashMap<>();
        Set<SourceModel.Call> returned = Collections.newSetFromMap(new IdentityHashMap<>());
        written.stream().filter(c -> method.equals(c.returns()) && KeptChains.plain(on(c, parameter, chain, location,
                made))).forEach(c -> steps(c, returned)); // a chain that does nothing yet
        List<SourceModel.Call> on = new ArrayList<>();
        for (SourceModel.Call call : written) {
            SourceModel.Call remade = returned.contains(call) ? call : on(call, parameter, chain, location, made);
            if (remade != call) {
                on.add(remade);
            }
        }
        return on.isEmpty() ? on : KeptChains.followed(on, List::of);
    }

    /**
     * {@code call} made on {@code chain} where its chain starts on {@code parameter}, or keeps a call that does, each
     * call made once ({@code made}) at {@code location}; else {@code call} itself.
     */
    private static SourceModel.Call on(SourceModel.Call call, String parameter, SourceModel.Call chain,
            String location, Map<SourceModel.Call, SourceModel.Call> made) {
        if (call == null) {
            return null;
        }
        SourceModel.Call done = made.get(call);
        if (done != null) {
            return done;
        }
        if (call.receiver() == null && call.kept() == null && parameter.equals(call.parameter())) {
            done = new SourceModel.Call(null, call.method(), call.arguments(), chain, location, null, null, null, null,
                    null, null);
        } else {
            SourceModel.Call receiver = on(call.receiver(), parameter, chain, location, made);
            SourceModel.Call kept = on(call.kept(), parameter, chain, location, made);
            done = receiver == call.receiver() && kept == call.kept() ? call : new SourceModel.Call(call.target(),
                    call.method(), call.arguments(), receiver, location, call.targetType(), call.targetMadeBy(), kept,
                    null, null, call.parameter());
        }
        made.put(call, done);
        return done;
    }

    /** The first call of the chain {@code call} ends, through the calls it is made on and those they keep. */
    private static SourceModel.Call root(SourceModel.Call call) {
        SourceModel.Call root = call;
        while (root.receiver() != null || root.kept() != null) {
            root = root.receiver() != null ? root.receiver() : root.kept();
        }
        return root;
    }

    /** Adds {@code call} to {@code steps}, with the calls its chain is made on, and those it keeps. */
    private static void steps(SourceModel.Call call, Set<SourceModel.Call> steps) {
        if (call != null && steps.add(call)) {
            steps(call.receiver(), steps);
            steps(call.kept(), steps);
        }
    }

    /** The classes of the sources whose methods {@code call}, in {@code type}'s code, may call. */
    private Set<String> callees(String type, SourceModel.Call call) {
        if (call.receiver() != null || call.kept() != null || call.method().equals("new")) {
            return Set.of();
        }
        if (call.target() == null) {
            return types(type);
        }
        if (uses.model().type(call.target()).isPresent()) {
            return types(call.target());
        }
        return call.targetType() instanceof TypeUse.Named named && uses.model().type(named.name()).isPresent()
                ? types(named.name()) : Set.of();
    }

    /** {@code type} and its superclasses of the sources. */
    private Set<String> types(String type) {
        Set<String> types = new LinkedHashSet<>(List.of(type));
        TypeDeclaration declared = uses.model().type(type).orElseThrow();
        uses.supertypes(declared).stream().map(TypeUse.Named::name).filter(n -> uses.model().type(n).isPresent())
                .forEach(types::add);
        return types;
    }

    private List<SourceModel.Call> written(String type) {
        return written.computeIfAbsent(type, uses.model()::calls);
    }
}
