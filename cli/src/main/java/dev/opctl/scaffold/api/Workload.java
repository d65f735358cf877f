package dev.opctl.scaffold.api;

import java.util.Locale;
import java.util.Objects;

/**
 * What a workload controller runs for each custom resource: a Deployment or a StatefulSet of one
 * container, and a Service in front of it.
 *
 * @param kind {@code Deployment} or {@code StatefulSet}
 * @param image the default container image
 * @param port the default container port
 */
public record Workload(String kind, String image, int port) {
    public Workload {
        Objects.requireNonNull(kind, "kind == null");
        Objects.requireNonNull(image, "image == null");
    }

    /** What {@code --workload} takes: the kinds a workload controller can run. */
    public enum Type {
        DEPLOYMENT("Deployment"),
        STATEFULSET("StatefulSet");

        private final String kind;

        Type(String kind) {
            this.kind = kind;
        }

        /** The value as the command line takes it, e.g. {@code statefulset}. */
        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The workload of {@code type}. */
    public static Workload of(Type type, String image, int port) {
        return new Workload(type.kind, image, port);
    }

    /** Whether the Service is headless, as a StatefulSet's governing Service is. */
    public boolean headless() {
        return kind.equals("StatefulSet");
    }
}
