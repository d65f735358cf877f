package dev.opctl.scaffold.webhook;

import dev.opctl.project.WebhookTls;
import dev.opctl.scaffold.MarkerEdit;
import dev.opctl.scaffold.ProjectCheck;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of the user's {@code config/kustomization.yaml} that deploy the webhooks: their
 * configurations and Service, the certificate's files of the project's TLS mode (cert-manager's
 * Certificate, or the self-managed mode's roles), and the Deployment patch. Inserted at the
 * {@code +opctl:scaffold:} markers; switching modes removes the other mode's line.
 */
public final class WebhookKustomization {
    private WebhookKustomization() {
    }

    /**
     * The edits of the kustomization that deploy webhooks whose certificate {@code tls} gives, and
     * their configurations when there are {@code admission} webhooks (a kind with only a conversion
     * webhook has none).
     */
    public static List<MarkerEdit> edits(WebhookTls tls, boolean admission) {
        String path = ProjectCheck.KUSTOMIZATION;
        List<String> resources = new ArrayList<>();
        if (admission) {
            resources.add(line(WebhookManifests.PATH));
        }
        resources.add(line(WebhookRuntime.SERVICE));
        resources.add(line(tlsFile(tls)));
        return List.of(new MarkerEdit.RemoveLine(path, line(tlsFile(other(tls)))),
                new MarkerEdit.InsertLines(path, "resources", resources),
                new MarkerEdit.InsertLines(path, "patches", List.of("patchesStrategicMerge:",
                        line(WebhookRuntime.PATCH))));
    }

    /**
     * The reverse of {@link #edits}: the lines that deploy the webhooks removed, and the
     * {@code patchesStrategicMerge:} key when no patch is left under it.
     */
    public static List<MarkerEdit> removals(WebhookTls tls, boolean admission) {
        String path = ProjectCheck.KUSTOMIZATION;
        List<MarkerEdit> edits = new ArrayList<>();
        if (admission) {
            edits.add(new MarkerEdit.RemoveLine(path, line(WebhookManifests.PATH)));
        }
        for (String file : List.of(WebhookRuntime.SERVICE, tlsFile(tls), WebhookRuntime.PATCH)) {
            edits.add(new MarkerEdit.RemoveLine(path, line(file)));
        }
        edits.add(new MarkerEdit.RemoveEmptyKey(path, "patchesStrategicMerge:"));
        return edits;
    }

    /** The line of the kustomization that lists the configurations of admission webhooks. */
    public static MarkerEdit.RemoveLine configurations() {
        return new MarkerEdit.RemoveLine(ProjectCheck.KUSTOMIZATION, line(WebhookManifests.PATH));
    }

    /** The tool-owned file that only {@code tls} mode deploys. */
    static String tlsFile(WebhookTls tls) {
        return tls == WebhookTls.CERT_MANAGER ? WebhookRuntime.CERTIFICATE : WebhookRuntime.TLS_ROLE;
    }

    private static WebhookTls other(WebhookTls tls) {
        return tls == WebhookTls.CERT_MANAGER ? WebhookTls.SELF_MANAGED : WebhookTls.CERT_MANAGER;
    }

    private static String line(String configPath) {
        return "- " + configPath.substring("config/".length());
    }
}
