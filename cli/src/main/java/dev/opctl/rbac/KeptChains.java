package dev.opctl.rbac;

import dev.opctl.crd.SourceModel;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chains of calls on the client that the code keeps in a local variable and calls on later, read as
 * one chain each: after {@code var jokes = client.resources(Joke.class)}, {@code jokes.withName(n).get()}
 * is {@code client.resources(Joke.class).withName(n).get()} (the Quarkus Operator SDK's samples, trial42 M3;
 * Microcks keeps a {@code MixedOperation} so, trial43 M2). Only what the model links
 * ({@link SourceModel.Call#kept}: a local variable used for nothing but calls on it), and only a chain
 * plainly on the client that names a kind and does nothing yet ({@link UnreadChains#keptStep}): a client
 * kept ({@code var client = context.getClient()}) is read as before, by the variable.
 */
final class KeptChains {
    private KeptChains() {
    }

    /** {@code calls}, a type's, with each chain that starts on such a variable made on the call it keeps. */
    static List<SourceModel.Call> followed(List<SourceModel.Call> calls) {
        if (calls.stream().noneMatch(c -> c.kept() != null)) {
            return calls;
        }
        Map<SourceModel.Call, SourceModel.Call> made = new IdentityHashMap<>();
        return calls.stream().map(c -> followed(c, made)).toList();
    }

    /** {@code call} with its chain followed, each call made once (another's receiver is the same call). */
    private static SourceModel.Call followed(SourceModel.Call call, Map<SourceModel.Call, SourceModel.Call> made) {
        if (call == null) {
            return null;
        }
        SourceModel.Call done = made.get(call);
        if (done != null) {
            return done;
        }
        SourceModel.Call receiver = followed(call.receiver(), made);
        SourceModel.Call kept = call.receiver() == null ? followed(call.kept(), made) : null;
        if (kept != null && plain(kept)) { // on the value kept: on no variable
            done = new SourceModel.Call(null, call.method(), call.arguments(), kept, call.location(), null, null, null,
                    call.field());
        } else {
            done = receiver == call.receiver() ? call : new SourceModel.Call(call.target(), call.method(),
                    call.arguments(), receiver, call.location(), call.targetType(), call.targetMadeBy(), call.kept(),
                    call.field());
        }
        made.put(call, done);
        return done;
    }

    /** Whether {@code kept} ends a chain plainly on the client, before any operation, that names a kind. */
    private static boolean plain(SourceModel.Call kept) {
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
