package dev.opctl.project;

import java.util.List;
import java.util.Optional;

/**
 * A Kubernetes kind with no CRD, which a controller can reconcile or watch: its group, version,
 * resource name, scope, and the fabric8 model class generated code uses.
 *
 * @param group the API group, empty for the core group
 * @param version the API version
 * @param kind the kind
 * @param plural the resource name, as in RBAC rules
 * @param namespaced whether objects live in a namespace
 * @param modelClass the fabric8 class of the kind
 */
public record BuiltInKind(String group, String version, String kind, String plural, boolean namespaced,
        String modelClass) {
    private static final String MODEL = "io.fabric8.kubernetes.api.model.";

    /** The kinds opctl knows, the ones operators reconcile and create most. */
    public static final List<BuiltInKind> ALL = List.of(
            core("Pod", "pods", true), core("Service", "services", true), core("ConfigMap", "configmaps", true),
            core("Secret", "secrets", true), core("ServiceAccount", "serviceaccounts", true),
            core("PersistentVolumeClaim", "persistentvolumeclaims", true), core("Endpoints", "endpoints", true),
            core("Event", "events", true), core("Namespace", "namespaces", false), core("Node", "nodes", false),
            core("PersistentVolume", "persistentvolumes", false),
            of("apps", "v1", "Deployment", "deployments", true, MODEL + "apps.Deployment"),
            of("apps", "v1", "StatefulSet", "statefulsets", true, MODEL + "apps.StatefulSet"),
            of("apps", "v1", "DaemonSet", "daemonsets", true, MODEL + "apps.DaemonSet"),
            of("apps", "v1", "ReplicaSet", "replicasets", true, MODEL + "apps.ReplicaSet"),
            of("batch", "v1", "Job", "jobs", true, MODEL + "batch.v1.Job"),
            of("batch", "v1", "CronJob", "cronjobs", true, MODEL + "batch.v1.CronJob"),
            of("networking.k8s.io", "v1", "Ingress", "ingresses", true, MODEL + "networking.v1.Ingress"),
            of("networking.k8s.io", "v1", "NetworkPolicy", "networkpolicies", true,
                    MODEL + "networking.v1.NetworkPolicy"),
            of("policy", "v1", "PodDisruptionBudget", "poddisruptionbudgets", true,
                    MODEL + "policy.v1.PodDisruptionBudget"),
            of("rbac.authorization.k8s.io", "v1", "Role", "roles", true, MODEL + "rbac.Role"),
            of("rbac.authorization.k8s.io", "v1", "RoleBinding", "rolebindings", true, MODEL + "rbac.RoleBinding"),
            of("coordination.k8s.io", "v1", "Lease", "leases", true, MODEL + "coordination.v1.Lease"));

    private static BuiltInKind core(String kind, String plural, boolean namespaced) {
        return new BuiltInKind("", "v1", kind, plural, namespaced, MODEL + kind);
    }

    private static BuiltInKind of(String group, String version, String kind, String plural, boolean namespaced,
            String modelClass) {
        return new BuiltInKind(group, version, kind, plural, namespaced, modelClass);
    }

    /** The built-in kind {@code kind} of {@code group} ({@code core} or empty for the core group). */
    public static Optional<BuiltInKind> find(String group, String kind) {
        String g = group == null || group.equals("core") ? "" : group;
        return ALL.stream().filter(k -> k.kind().equals(kind) && (group == null || k.group().equals(g))).findFirst();
    }

    /** The built-in kind whose fabric8 model class is {@code modelClass}. */
    public static Optional<BuiltInKind> ofModelClass(String modelClass) {
        return ALL.stream().filter(k -> k.modelClass().equals(modelClass)).findFirst();
    }

    /** {@code group/version}, or {@code version} for the core group. */
    public String apiVersion() {
        return gvk().apiVersion();
    }

    /** The kind and its API version. */
    public GroupVersionKind gvk() {
        return new GroupVersionKind(group, version, kind);
    }

    /** Where the kind's objects live. */
    public Scope scope() {
        return Scope.of(namespaced);
    }
}
