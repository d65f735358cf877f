package dev.opctl.scaffold.webhook;

import dev.opctl.project.WebhookTls;
import dev.opctl.scaffold.ProjectModel;
import java.util.List;
import java.util.Objects;

/**
 * What the webhook manifests under {@code templates/webhook/config/} name, read by the templates by
 * accessor name: the project, how its webhooks get their certificate, and the objects whose
 * {@code caBundle} the operator keeps in self-managed mode.
 *
 * @param model the project
 * @param markers the project's webhook markers
 */
public record WebhookTlsModel(ProjectModel model, List<WebhookMarker> markers) {
    public WebhookTlsModel {
        Objects.requireNonNull(model, "model == null");
        markers = List.copyOf(markers);
    }

    public String name() {
        return model.name();
    }

    public String namespace() {
        return model.namespace();
    }

    public String deploymentName() {
        return model.deploymentName();
    }

    public String serviceAccountName() {
        return model.serviceAccountName();
    }

    public int webhookPort() {
        return model.webhookPort();
    }

    public boolean certManager() {
        return model.project().tls() == WebhookTls.CERT_MANAGER;
    }

    public boolean selfManaged() {
        return model.project().tls() == WebhookTls.SELF_MANAGED;
    }

    /** The Secret holding the serving certificate (and, self-managed, its CA). */
    public String secretName() {
        return model.name() + "-webhook-server-cert";
    }

    /** The Service the API server calls the webhooks through. */
    public String serviceName() {
        return model.name() + "-webhook-service";
    }

    /** The MutatingWebhookConfiguration, or {@code null} when no marker declares a mutating webhook. */
    public String mutatingConfiguration() {
        return markers.stream().anyMatch(WebhookMarker::mutating)
                ? WebhookManifests.configurationName(model, true) : null;
    }

    /** The ValidatingWebhookConfiguration, or {@code null} when no marker declares a validating webhook. */
    public String validatingConfiguration() {
        return markers.stream().anyMatch(m -> !m.mutating())
                ? WebhookManifests.configurationName(model, false) : null;
    }

    /** The names of the project's CRDs with a conversion webhook, in name order: they get the CA too. */
    public List<String> crds() {
        return List.copyOf(WebhookRuntime.conversions(model).keySet());
    }

    public boolean hasCrds() {
        return !crds().isEmpty();
    }

    /** {@link #crds()}, comma-separated. */
    public String crdList() {
        return String.join(",", crds());
    }
}
