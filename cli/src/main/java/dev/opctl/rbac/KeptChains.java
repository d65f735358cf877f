package dev.opctl.rbac;

import dev.opctl.crd.SourceModel;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Chains of calls on the client that the code keeps in a local variable and calls on later, read as
 * one chain each: after {@code var jokes = client.resources(Joke.class)}, {@code jokes.withName(n).get()}
 * is {@code client.resources(Joke.class).withName(n).get()} (the Quarkus Operator SDK's samples, trial42 M3;
 * Microcks keeps a {@code MixedOperation} so, trial43 M2). Only what the model links
 * ({@link SourceModel.Call#kept}: a local variable used for nothing but calls on it), and only a chain
 * plainly on the client that names a kind and does nothing yet ({@link UnreadChains#keptStep}): a client
 * kept ({@code var client = context.getClient()}) is read as before, by the variable. So is such a chain that a
 * method returns ({@link SourceModel.Call#returns}), where a call of the method by its name alone goes on, or a
 * local variable keeps it.
 */
final class KeptChains {
    private KeptChains() {
    }

    /**
     * {@code calls}, a type's, with each chain that starts on such a variable made on the call it keeps, and each that
     * starts on what a method of the type returns, or of a class of the sources it extends (whose calls
     * {@code inherited} gives), made on the call returned ({@code adminServiceResource(k).delete()} after {@code
     * return client.services().inNamespace(n).withName(k);}: kas-fleetshard, trial45 L1, trial46).
     */
    static List<SourceModel.Call> followed(List<SourceModel.Call> calls, Supplier<List<List<SourceModel.Call>>> inherited) {
        if (calls.stream().noneMatch(c -> c.kept() != null || c.receiver() != null && onMethod(c.receiver()))) {
            return calls;
        }
        Map<String, SourceModel.Call> returned = returned(calls);
        if (calls.stream().anyMatch(c -> on(c) != null && onMethod(on(c)) && !returned.containsKey(method(on(c))))) {
            // the type's own first, then those it extends
            returned(inherited.get().stream().flatMap(List::stream).toList()).forEach(returned::putIfAbsent);
        }
        Map<SourceModel.Call, SourceModel.Call> made = new IdentityHashMap<>();
        Function<SourceModel.Call, SourceModel.Call> returning = on -> returned.get(method(on));
        return calls.stream().map(c -> followed(c, made, returning)).toList();
    }

    /** The calls that methods return plainly on the client, among {@code calls}, by the method's name and arity. */
    private static Map<String, SourceModel.Call> returned(List<SourceModel.Call> calls) {
        Map<String, SourceModel.Call> returned = new HashMap<>();
        calls.stream().filter(c -> c.returns() != null && plain(c)).forEach(c -> returned.putIfAbsent(c.returns(), c));
        return returned;
    }

    /** The method {@code call} calls, as {@link SourceModel.Call#returns} names it. */
    private static String method(SourceModel.Call call) {
        return call.method() + "/" + call.arguments().size();
    }

    /** The call {@code call} is made on: its receiver, or the call a variable it is called on keeps; else null. */
    private static SourceModel.Call on(SourceModel.Call call) {
        return call.receiver() != null ? call.receiver() : call.kept();
    }

    /** Whether {@code call} calls a method by its name alone, on nothing: of its class, or one it extends. */
    private static boolean onMethod(SourceModel.Call call) {
        return call.receiver() == null && call.target() == null && call.kept() == null && !call.method().equals("new");
    }

    /** {@code call} with its chain followed, each call made once (another's receiver is the same call). */
    private static SourceModel.Call followed(SourceModel.Call call, Map<SourceModel.Call, SourceModel.Call> made,
            Function<SourceModel.Call, SourceModel.Call> returning) {
        if (call == null) {
            return null;
        }
        SourceModel.Call done = made.get(call);
        if (done != null) {
            return done;
        }
        SourceModel.Call returned = call.receiver() != null && onMethod(call.receiver())
                ? returning.apply(call.receiver()) : null;
        SourceModel.Call receiver = followed(returned != null ? returned : call.receiver(), made, returning);
        SourceModel.Call keptReturned = call.receiver() == null && call.kept() != null && onMethod(call.kept())
                ? returning.apply(call.kept()) : null; // var r = resource(k); r.delete();
        SourceModel.Call kept = call.receiver() == null ? followed(keptReturned != null ? keptReturned : call.kept(),
                made, returning) : null;
        if (kept != null && plain(kept)) { // on the value kept: on no variable
            done = new SourceModel.Call(null, call.method(), call.arguments(), kept, call.location(), null, null, null,
                    call.field(), call.returns(), null);
        } else {
            done = receiver == call.receiver() ? call : new SourceModel.Call(call.target(), call.method(),
                    call.arguments(), receiver, call.location(), call.targetType(), call.targetMadeBy(), call.kept(),
                    call.field(), call.returns(), call.parameter());
        }
        made.put(call, done);
        return done;
    }

    /** Whether {@code kept} ends a chain plainly on the client, before any operation, that names a kind. */
    static boolean plain(SourceModel.Call kept) {
        if (kept.method().equals("new")) {
            return false; // a client made (new DefaultKubernetesClient()) is read by its variable, as before
        }
        for (SourceModel.Call step = kept; step != null; step = step.receiver()) {
            if (Operations.VERBS.containsKey(step.method())) {
                return false;
            }
        }
        SourceModel.Call step = UnreadChains.keptStep(kept);
        return step != null && !ClientCalls.CLIENT_GETTERS.contains(step.method());
    }
}
