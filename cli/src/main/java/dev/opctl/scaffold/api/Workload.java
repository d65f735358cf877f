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

    /** The workload for {@code --workload deployment|statefulset}, or null for an unknown name. */
    public static Workload of(String name, String image, int port) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "deployment" -> new Workload("Deployment", image, port);
            case "statefulset" -> new Workload("StatefulSet", image, port);
            default -> null;
        };
    }

    /** Whether the Service is headless, as a StatefulSet's governing Service is. */
    public boolean headless() {
        return kind.equals("StatefulSet");
    }
}
