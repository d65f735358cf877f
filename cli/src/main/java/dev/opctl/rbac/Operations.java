package dev.opctl.rbac;

import dev.opctl.crd.SourceModel;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The operations of the fabric8 client's chains, by what fabric8 7 asks the API server for each, as seen
 * on a real one: the verbs of the object (or of the subresource the chain names) and of its
 * subresources. {@link ClientCalls} reads a chain to its operation, then grants these.
 */
final class Operations {
    /** The operations, by the subresource and verbs they need ({@code " get"} is the object itself). */
    static final Map<String, List<String>> VERBS = Map.ofEntries(
            Map.entry("get", List.of(" get")), Map.entry("list", List.of(" list")),
            Map.entry("watch", List.of(" watch")), Map.entry("inform", List.of(" list", " watch")),
            Map.entry("informOnCondition", List.of(" list", " watch")),
            Map.entry("runnableInformer", List.of(" list", " watch")),
            Map.entry("waitUntilCondition", List.of(" list", " watch")),
            Map.entry("waitUntilReady", List.of(" list", " watch")),
            Map.entry("create", List.of(" create")), Map.entry("delete", List.of(" delete")),
            Map.entry("update", List.of(" get", " update")), Map.entry("replace", List.of(" get", " update")),
            Map.entry("createOrReplace", List.of(" create", " get", " update")),
            Map.entry("createOr", List.of(" create", " get", " update")),
            Map.entry("serverSideApply", List.of(" create", " patch")),
            Map.entry("patch", List.of(" get", " patch")), Map.entry("edit", List.of(" get", " patch")),
            Map.entry("updateStatus", List.of(" get", "/status update")),
            Map.entry("replaceStatus", List.of(" get", "/status update")),
            Map.entry("patchStatus", List.of("/status patch")),
            Map.entry("editStatus", List.of(" get", "/status patch")),
            // Of a pod: fabric8 waits for it to be ready or done first, from an informer of it.
            Map.entry("getLog", List.of(" list", " watch", "/log get")),
            Map.entry("watchLog", List.of(" list", " watch", "/log get")),
            Map.entry("getLogReader", List.of(" list", " watch", "/log get")),
            Map.entry("getLogInputStream", List.of(" list", " watch", "/log get")),
            // A websocket: Kubernetes authorizes its GET as get, and from 1.31 asks for create too. fabric8 reads the
            // pod for its default container, which its informer may not have given yet.
            Map.entry("exec", List.of(" list", " watch", " get", "/exec get", "/exec create")),
            Map.entry("attach", List.of(" list", " watch", " get", "/attach get", "/attach create")),
            Map.entry("upload", List.of(" list", " watch", " get", "/exec get", "/exec create")),
            Map.entry("copy", List.of(" list", " watch", " get", "/exec get", "/exec create")),
            Map.entry("read", List.of(" list", " watch", " get", "/exec get", "/exec create")), // file(f), dir(d)
            Map.entry("restart", List.of(" get", " patch")), Map.entry("pause", List.of(" get", " patch")),
            Map.entry("resume", List.of(" get", " patch")), Map.entry("updateImage", List.of(" get", " patch")),
            Map.entry("require", List.of(" get")), Map.entry("isReady", List.of(" get")), Map.entry("tokenRequest", List.of("/token create")),
            Map.entry("metrics", List.of(" list")), Map.entry("metric", List.of(" get")),
            Map.entry("scale", List.of(" get", "/scale get", "/scale update")),
            Map.entry("evict", List.of("/eviction create")),
            // A websocket opened when a connection is made: get, and from Kubernetes 1.31 create too.
            Map.entry("portForward", List.of("/portforward get", "/portforward create")),
            Map.entry("undo", List.of(" get", " patch")), Map.entry("accept", List.of(" get", " patch")),
            // A CSR's: fabric8 reads it and replaces its approval (the signer's approve: RbacGenerator.signers).
            Map.entry("approve", List.of(" get", "/approval update")),
            Map.entry("deny", List.of(" get", "/approval update")));

    /**
     * The kinds whose client reads the object on the server for a {@code replace()} whatever the chain
     * (fabric8's {@code modifyItemForReplaceOrPatch}: a Service's cluster IP, a Job's selector).
     */
    private static final Set<String> REPLACE_READS = Set.of("/services", "batch/jobs",
            "authorization.openshift.io/rolebindings");

    private Operations() {
    }

    /**
     * Whether {@code call} is a {@code replace()} after {@code lockResourceVersion(...)}: fabric8 replaces with
     * that version, and reads nothing first (unlocked, it reads the object for its version on a conflict).
     */
    static boolean lockedReplace(SourceModel.Call call, Kinds.Kind kind) {
        if (!call.method().equals("replace") || REPLACE_READS.contains(kind.group() + "/" + kind.plural())) {
            return false;
        }
        for (SourceModel.Call step = call.receiver(); step != null; step = step.receiver()) {
            if (step.method().equals("lockResourceVersion")) {
                return true;
            }
        }
        return false;
    }
}
