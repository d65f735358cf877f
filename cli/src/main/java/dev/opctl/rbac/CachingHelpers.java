package dev.opctl.rbac;

import dev.opctl.rbac.Kinds.Kind;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * JOSDK's {@code PrimaryUpdateAndCacheUtils}: helpers that write a reconciler's primary resource
 * and keep its cache up to date, by what each writes.
 */
final class CachingHelpers {
    private static final String CACHING = "io.javaoperatorsdk.operator.api.reconciler.PrimaryUpdateAndCacheUtils";
    private static final Map<String, String> WRITES = Map.of("ssaPatchStatusAndCacheResource", "/status patch",
            "mergePatchStatusAndCacheResource", "/status patch", "patchStatusAndCacheResource", "/status patch",
            "updateStatusAndCacheResource", "/status update", "updateAndCacheResource", " update",
            "addFinalizer", " patch", "addFinalizerWithSSA", " patch", "removeFinalizer", " patch",
            "conflictRetryingPatch", " patch");
    /** Those of them that read the primary from the API server again on a conflict; the others poll the cache. */
    private static final Set<String> READS = Set.of("addFinalizer", "removeFinalizer", "conflictRetryingPatch");

    private CachingHelpers() {
    }

    /** Grants what {@code target.method(...)} writes of {@code primary}, where it is one of these helpers. */
    static void grant(Grants grants, Kind primary, String target, String method) {
        String writes = CACHING.equals(target) ? WRITES.get(method) : null;
        if (writes != null) {
            String[] subresourceAndVerb = writes.split(" ");
            primary.grant(grants, subresourceAndVerb[0], List.of(subresourceAndVerb[1]));
            if (READS.contains(method)) {
                primary.grant(grants, "", List.of("get"));
            }
        }
    }
}
