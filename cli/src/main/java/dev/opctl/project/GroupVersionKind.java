package dev.opctl.project;

import java.util.Objects;

/**
 * A kind and the API version it is served at: what names a resource type to the API server.
 *
 * @param group the full API group, e.g. {@code cache.example.com}; empty for the core group
 * @param version the API version, e.g. {@code v1alpha1}
 * @param kind the kind, UpperCamelCase
 */
public record GroupVersionKind(String group, String version, String kind) {
    public GroupVersionKind {
        Objects.requireNonNull(group, "group == null");
        Objects.requireNonNull(version, "version == null");
        Objects.requireNonNull(kind, "kind == null");
    }

    /** {@code group/version}, or {@code version} for the core group, as in {@code apiVersion}. */
    public String apiVersion() {
        return group.isEmpty() ? version : group + "/" + version;
    }

    /** {@code Kind (group/version)}, as messages name a kind. */
    @Override
    public String toString() {
        return kind + " (" + apiVersion() + ")";
    }
}
