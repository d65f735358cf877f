package dev.opctl.project;

/** Where objects of a kind live: in a namespace, or in the cluster as a whole. */
public enum Scope {
    NAMESPACED("namespaced"),
    CLUSTER("cluster-scoped");

    private final String words;

    Scope(String words) {
        this.words = words;
    }

    /** {@link #NAMESPACED} when {@code namespaced}, else {@link #CLUSTER}: as {@code --namespaced} says it. */
    public static Scope of(boolean namespaced) {
        return namespaced ? NAMESPACED : CLUSTER;
    }

    /** Whether objects live in a namespace. */
    public boolean namespaced() {
        return this == NAMESPACED;
    }

    /** The scope in words, {@code namespaced} or {@code cluster-scoped}, for messages. */
    @Override
    public String toString() {
        return words;
    }
}
