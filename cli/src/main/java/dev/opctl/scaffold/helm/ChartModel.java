package dev.opctl.scaffold.helm;

import dev.opctl.project.ProjectFile.Resource;
import dev.opctl.scaffold.ProjectModel;
import dev.opctl.scaffold.webhook.WebhookRuntime;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the chart's templates under {@code templates/helm/} read by name, besides the project
 * ({@link ProjectModel}) and its webhooks ({@link dev.opctl.scaffold.webhook.WebhookTlsModel}).
 *
 * @param model the project
 * @param chartVersion the chart's version and appVersion: the project's Maven version
 * @param image the operator's image as {@code config/kustomization.yaml} names it, the default of the
 *     {@code image} values
 */
public record ChartModel(ProjectModel model, String chartVersion, String image) {
    /** The version of a project whose pom.xml has none opctl can read. */
    static final String DEFAULT_VERSION = "0.1.0";
    private static final Pattern POM_VERSION = Pattern.compile("(?m)^  <version>([0-9][0-9A-Za-z.+-]*)</version>$");

    public ChartModel {
        Objects.requireNonNull(model, "model == null");
        Objects.requireNonNull(chartVersion, "chartVersion == null");
        Objects.requireNonNull(image, "image == null");
    }

    /** The project's version in {@code pom} (the text of pom.xml, the project's own {@code <version>}). */
    static String version(String pom) {
        Matcher matcher = POM_VERSION.matcher(pom);
        return matcher.find() ? matcher.group(1) : DEFAULT_VERSION;
    }

    /** The image's repository: all before the tag. */
    public String imageRepository() {
        int colon = tagColon();
        return colon < 0 ? image : image.substring(0, colon);
    }

    /** The image's tag, {@code latest} when it has none. */
    public String imageTag() {
        int colon = tagColon();
        return colon < 0 ? "latest" : image.substring(colon + 1);
    }

    private int tagColon() {
        int colon = image.lastIndexOf(':');
        return colon > image.lastIndexOf('/') ? colon : -1;
    }

    /** Whether the project has admission or conversion webhooks. */
    public boolean webhooks() {
        return WebhookRuntime.enabled(model);
    }

    /** The default of the chart's {@code webhook.tls.mode}: the project's webhook TLS mode. */
    public String tlsMode() {
        return model.project().tls().id();
    }

    /** The project's kinds, {@code Kind (group)}, comma-separated, for NOTES.txt. */
    public String kindList() {
        TreeSet<String> kinds = new TreeSet<>();
        for (Resource resource : model.project().resources()) {
            if (resource.api()) {
                kinds.add(resource.kind() + " (" + resource.group() + ")");
            }
        }
        return kinds.isEmpty() ? "none yet" : String.join(", ", kinds);
    }
}
