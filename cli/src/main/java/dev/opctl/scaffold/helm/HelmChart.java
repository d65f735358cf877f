package dev.opctl.scaffold.helm;

import dev.opctl.crd.CrdGenerator;
import dev.opctl.engine.GeneratedFile;
import dev.opctl.engine.Templates;
import dev.opctl.scaffold.ProjectModel;
import dev.opctl.scaffold.webhook.WebhookTlsModel;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Helm chart under {@code dist/chart}: its own files from the templates under
 * {@code templates/helm/dist/chart} (Chart.yaml, the documented values and their schema, NOTES.txt,
 * the Deployment and the metrics Service with their values), and every other manifest taken from
 * {@code config/} as the installer takes it, in the release's namespace: the CRDs (installed and kept
 * as the {@code crds} values say), the RBAC and the webhooks.
 */
final class HelmChart {
    static final String DIR = "dist/chart";
    private static final List<String> OWN = List.of("Chart.yaml", "values.yaml", "values.schema.json",
            "templates/NOTES.txt", "templates/deployment.yaml", "templates/metrics.yaml");
    /** Made from the chart's values instead: the Namespace is Helm's ({@code --create-namespace}). */
    private static final List<String> NOT_TAKEN = List.of("config/manager/namespace.yaml",
            "config/manager/manager.yaml", "config/manager/metrics_service.yaml");
    private static final String RELEASE_NAMESPACE = "{{ .Release.Namespace }}";

    private HelmChart() {
    }

    static List<GeneratedFile> render(ChartModel chart, WebhookTlsModel webhooks, ConfigView config,
            List<String> resources) {
        ProjectModel model = chart.model();
        List<GeneratedFile> files = new ArrayList<>();
        for (String path : OWN) {
            files.add(GeneratedFile.tool(DIR + "/" + path,
                    Templates.render("helm/" + DIR + "/" + path + ".mustache", model, webhooks, chart)));
        }
        for (String path : resources) {
            if (NOT_TAKEN.contains(path)) {
                continue;
            }
            config.text(path).ifPresent(text -> files.add(GeneratedFile.tool(DIR + "/templates/"
                    + path.substring("config/".length()), taken(path, text, model.namespace()))));
        }
        config.toolOwned().files().stream().filter(file -> file.path().startsWith("config/rbac/namespaced/"))
                .forEach(file -> files.add(GeneratedFile.tool(DIR + "/templates/rbac/namespaced_"
                        + file.path().substring("config/rbac/namespaced/".length()),
                        taken(file.path(), file.content(), model.namespace()))));
        return files;
    }

    /** {@code text}, the file {@code path} of {@code config/}, as a template of the chart. */
    static String taken(String path, String text, String namespace) {
        String body = text.startsWith(CrdGenerator.HEADER) ? text.substring(CrdGenerator.HEADER.length()) : text;
        // Template actions in the text (a description, a comment) are printed as they are.
        body = body.replace("{{", "{{ \"{{\" }}");
        body = Pattern.compile("(?<![A-Za-z0-9-])" + Pattern.quote(namespace) + "(?![A-Za-z0-9-])").matcher(body)
                .replaceAll(Matcher.quoteReplacement(RELEASE_NAMESPACE));
        String header = CrdGenerator.HEADER + "# From " + path;
        if (path.startsWith("config/crd/")) {
            return header + ": installed with crds.install, kept by 'helm uninstall' with crds.keep.\n"
                    + "{{- if .Values.crds.install }}\n" + kept(body) + "{{- end }}\n";
        }
        if (path.startsWith("config/certmanager/")) {
            return header + ", in the release's namespace, with webhook.certManager.enabled.\n"
                    + "{{- if .Values.webhook.certManager.enabled }}\n" + body + "{{- end }}\n";
        }
        return header + ", in the release's namespace.\n" + body;
    }

    /** A CRD's text with the annotation that keeps it on uninstall, where {@code crds.keep} says so. */
    private static String kept(String crd) {
        String annotated = "\nmetadata:\n  annotations:\n";
        if (crd.contains(annotated)) {
            return crd.replace(annotated, annotated + "    {{- if .Values.crds.keep }}\n"
                    + "    helm.sh/resource-policy: keep\n    {{- end }}\n");
        }
        return crd.replace("\nmetadata:\n", "\nmetadata:\n  {{- if .Values.crds.keep }}\n  annotations:\n"
                + "    helm.sh/resource-policy: keep\n  {{- end }}\n");
    }
}
