package dev.opctl.rbac;

import dev.opctl.crd.model.TypeDeclaration;
import dev.opctl.rbac.Kinds.Kind;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the code of a reconciler's superclass of a library does, read from the methods its class file
 * calls ({@code owner.method}, {@link dev.opctl.crd.classfile.MethodCalls}): the {@code UpdateControl}s
 * it returns and JOSDK's caching helpers it calls write the primary; its calls of the fabric8 client
 * are not read (a class file keeps no chain of calls as the sources write it), and are said.
 */
final class LibraryReconcilers {
    /** The client's own types; with those of its packages {@code dsl} and {@code informers}, the API's callers. */
    private static final Set<String> CLIENTS = Set.of("io.fabric8.kubernetes.client.KubernetesClient",
            "io.fabric8.kubernetes.client.Client", "io.fabric8.kubernetes.client.NamespacedKubernetesClient");

    private LibraryReconcilers() {
    }

    /**
     * Grants what {@code calls}, those of {@code base}, a superclass of a library of {@code reconciler}, write
     * of {@code primary} through JOSDK's caching helpers, and gives the methods of the {@code UpdateControl}s it
     * calls, for the caller to grant. Says when it calls the client, unless a marker of the reconciler's file
     * grants something.
     */
    static Set<String> read(JosdkUses uses, TypeDeclaration reconciler, String base, Set<String> calls, Kind primary,
            MarkedCalls marked) {
        Set<String> updateControls = new TreeSet<>();
        Set<String> client = new TreeSet<>();
        for (String call : calls) {
            String owner = call.substring(0, call.lastIndexOf('.'));
            String method = call.substring(call.lastIndexOf('.') + 1);
            if (JosdkUses.UPDATE_CONTROLS.contains(owner)) {
                updateControls.add(method);
            }
            CachingHelpers.grant(uses.grants(), primary, owner, method);
            if (CLIENTS.contains(owner) || owner.startsWith("io.fabric8.kubernetes.client.dsl.")
                    || owner.startsWith("io.fabric8.kubernetes.client.informers.")) {
                client.add(call.substring(call.lastIndexOf('.', call.lastIndexOf('.') - 1) + 1));
            }
        }
        String location = uses.location(reconciler);
        if (!client.isEmpty() && !marked.markedIn(location.substring(0, location.lastIndexOf(':') + 1))) {
            List<String> named = client.stream().limit(3).toList();
            uses.warn(String.format("%s: %s extends %s, a class of the class path whose code calls the Kubernetes "
                    + "client (%s%s), and opctl does not read the calls of a class file: it grants nothing for them; "
                    + "grant what they do by markers in this file, // +opctl:rbac:groups=GROUP,resources=PLURAL,"
                    + "verbs=...", location, reconciler.simpleName(), base, String.join(", ", named),
                    client.size() > named.size() ? ", ..." : ""));
        }
        return updateControls;
    }
}
