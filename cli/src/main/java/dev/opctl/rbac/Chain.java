package dev.opctl.rbac;

import dev.opctl.crd.SourceModel;
import dev.opctl.crd.model.TypeUse;
import java.util.Set;

/**
 * A chain of calls on the client read back from its last call ({@code client.configMaps().inNamespace(ns)
 * .withName(n).get()}): the call that names its kind ({@code configMaps()}, or {@code client.resource(x)}
 * for an object given), found through the calls that only narrow it, what those say, and the call that
 * places it in a namespace.
 *
 * @param kind the first call before the last that does not narrow it, or that gives the client an
 *     object ({@code client.resource(x)}); null where the chain starts with narrowing calls only
 * @param oneObject whether a call from the kind's to the last narrows it to one object ({@code withName}, {@code resource})
 * @param givenObject whether one of those gives the object worked on ({@code resource(x)})
 * @param placing the nearest call before the last that says where the chain works
 *     ({@code inNamespace}, {@code inAnyNamespace}, {@code resource}), after the kind's call or before it;
 *     null where none does
 * @param subresource the subresource a {@code subresource("status")} among the narrowing calls makes the
 *     chain write (fabric8 reads the object itself, where it reads it first); else null
 */
record Chain(SourceModel.Call kind, boolean oneObject, boolean givenObject, SourceModel.Call placing,
        String subresource) {
    /** Calls that narrow a chain to one object. */
    // load(yaml) after a kind (configMaps().load(stream)) works on the object loaded, as resource(x): fabric8 7's
    // get() of it reads it from the server (trial46 L2); the client's own load(yaml) names no kind (UnreadChains).
    private static final Set<String> ONE_OBJECT = Set.of("withName", "resource", "load");
    private static final Set<String> PLACING = Set.of("inNamespace", "inAnyNamespace", "resource", "load");
    /** An object of any kind, and never taken for the primary (whose class names its kind). */
    static final String GENERIC = "io.fabric8.kubernetes.api.model.GenericKubernetesResource";
    /** The types a variable holding the reconciler's primary may be declared with where it names no kind. */
    static final Set<String> ANY_KIND = Set.of("io.fabric8.kubernetes.api.model.HasMetadata",
            "io.fabric8.kubernetes.api.model.KubernetesResource", "io.fabric8.kubernetes.client.CustomResource",
            "java.lang.Object");

    /** The chain {@code last} ends, read back from its receiver. */
    static Chain of(SourceModel.Call last) {
        boolean oneObject = false;
        boolean givenObject = false;
        String subresource = null;
        SourceModel.Call step = last.receiver();
        while (step != null && (ClientCalls.NARROWING.contains(step.method()) || subresource(step) != null)
                && !ClientCalls.given(step) && !(step.method().equals("load") && ClientCalls.startsOnClient(step))) {
            oneObject |= ONE_OBJECT.contains(step.method());
            givenObject |= step.method().equals("resource") || step.method().equals("load");
            subresource = subresource == null ? subresource(step) : subresource;
            step = step.receiver();
        }
        if (step != null && ClientCalls.given(step)) {
            oneObject = true;
            givenObject = true;
        }
        SourceModel.Call placing = last.receiver();
        while (placing != null && !PLACING.contains(placing.method())) {
            placing = placing.receiver();
        }
        return new Chain(step, oneObject, givenObject, placing, subresource);
    }

    /**
     * Whether the chain {@code last} ends works on an object given to the client ({@code client.resource(x)})
     * declared with a class that is no kind opctl knows ({@code GenericKubernetesResource}, OpenShift's
     * {@code Route} without its jar): of another kind than the reconciler's primary, whose kind opctl knows.
     * Not one declared a {@code HasMetadata} or a type variable, which may be the primary: a method's
     * type parameter reads as a class of its name, all capitals by convention ({@code R}, {@code CR}).
     * A variable whose type opctl cannot tell (a lambda's parameter, {@code for (var d : ...)}) may be
     * of any kind: not taken for the primary either.
     */
    static boolean onObjectOfAnotherKind(SourceModel.Call last) {
        SourceModel.Call step = of(last).kind();
        if (step == null || !ClientCalls.given(step) || step.arguments().isEmpty()) {
            return false;
        }
        SourceModel.Argument given = step.arguments().get(0);
        if (given.type() == null) { // a variable of no type opctl can tell: a lambda's parameter, a var of a loop
            return given.names().size() == 1 && given.names().get(0).indexOf('.') < 0 && given.strings().isEmpty();
        }
        return given.type() instanceof TypeUse.Named type && !ANY_KIND.contains(type.name())
                && !typeVariable(type.name());
    }

    /**
     * Whether {@code name}, of a class as opctl reads it, is a method's type parameter's: it reads as a class of
     * its name, all capitals by convention ({@code T}, {@code CR}).
     */
    static boolean typeVariable(String name) {
        return name.substring(name.lastIndexOf('.') + 1).matches("[A-Z][A-Z0-9_]*");
    }

    /** The subresource {@code step} names, when it is {@code subresource("status")} (a constant's too); else null. */
    private static String subresource(SourceModel.Call step) {
        return step.method().equals("subresource") && step.arguments().size() == 1
                && step.arguments().get(0).strings().size() == 1 ? step.arguments().get(0).strings().get(0) : null;
    }
}
