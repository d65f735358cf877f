package dev.opctl.scaffold.helm;

import dev.opctl.crd.CrdGenerator;
import dev.opctl.engine.GeneratedFile;
import dev.opctl.engine.Templates;
import dev.opctl.scaffold.ProjectModel;
import dev.opctl.scaffold.webhook.WebhookManifests;
import dev.opctl.scaffold.webhook.WebhookRuntime;
import dev.opctl.scaffold.webhook.WebhookTlsModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Helm chart under {@code dist/chart}: its own files from the templates under
 * {@code templates/helm/dist/chart} (Chart.yaml, the documented values and their schema, NOTES.txt,
 * the Deployment and the metrics Service with their values), and every other manifest taken from
 * {@code config/} as the installer takes it, in the release's namespace: the CRDs (installed and kept
 * as the {@code crds} values say), the RBAC and the webhooks; and the files of both webhook TLS modes
 * (cert-manager's Issuer and Certificate, the self-managed mode's roles) from the templates
 * {@code config/} has its mode's from, each behind {@code webhook.tls.mode}, whose default is the
 * project's mode.
 */
final class HelmChart {
    static final String DIR = "dist/chart";
    private static final List<String> OWN = List.of("Chart.yaml", "values.yaml", "values.schema.json",
            "templates/NOTES.txt", "templates/deployment.yaml", "templates/metrics.yaml");
    /** Made from the chart's values instead: the Namespace is Helm's ({@code --create-namespace}). */
    private static final List<String> NOT_TAKEN = List.of("config/manager/namespace.yaml",
            "config/manager/manager.yaml", "config/manager/metrics_service.yaml");
    private static final String RELEASE_NAMESPACE = "{{ .Release.Namespace }}";
    /** The files of one webhook TLS mode: the chart has both, each behind its {@code webhook.tls.mode}. */
    private static final List<String> TLS_FILES = List.of(WebhookRuntime.CERTIFICATE, WebhookRuntime.TLS_ROLE);
    private static final String INJECT_CA = "cert-manager.io/inject-ca-from";
    private static final String IF_CERT_MANAGER = "eq .Values.webhook.tls.mode \"cert-manager\"";
    private static final String IF_SELF_MANAGED = "eq .Values.webhook.tls.mode \"self-managed\"";

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
        List<String> injected = chart.webhooks() ? new ArrayList<>(webhooks.crds()) : List.of();
        for (String path : resources) {
            if (NOT_TAKEN.contains(path) || TLS_FILES.contains(path)) {
                continue;
            }
            config.text(path).ifPresent(text -> files.add(GeneratedFile.tool(DIR + "/templates/"
                    + path.substring("config/".length()), taken(path, text, model.namespace(), model.name(), injected))));
        }
        if (chart.webhooks()) {
            // Both modes' files, from the templates config/ has its mode's from.
            for (String path : TLS_FILES) {
                files.add(GeneratedFile.tool(DIR + "/templates/" + path.substring("config/".length()),
                        taken(path, Templates.render("webhook/" + path + ".mustache", webhooks), model.namespace(), model.name(), injected)));
            }
        }
        config.toolOwned().files().stream().filter(file -> file.path().startsWith("config/rbac/namespaced/"))
                .forEach(file -> files.add(GeneratedFile.tool(DIR + "/templates/rbac/namespaced_"
                        + file.path().substring("config/rbac/namespaced/".length()),
                        taken(file.path(), file.content(), model.namespace(), model.name(), List.of()))));
        return files;
    }

    /**
     * {@code text}, the file {@code path} of {@code config/}, as a template of the chart: the objects of
     * each webhook TLS mode behind a condition on {@code webhook.tls.mode}, cert-manager's CA injection
     * into the webhook configurations and the conversion CRDs {@code injected} included.
     */
    static String taken(String path, String text, String namespace, String name, List<String> injected) {
        String body = text.startsWith(CrdGenerator.HEADER) ? text.substring(CrdGenerator.HEADER.length()) : text;
        // Template actions in the text (a description, a comment) are printed as they are.
        body = body.replace("{{", "{{ \"{{\" }}");
        Map<String, String> entries = new LinkedHashMap<>();
        boolean crd = path.startsWith("config/crd/");
        if (crd) {
            entries.put(".Values.crds.keep", "helm.sh/resource-policy: keep");
        }
        if (path.equals(WebhookManifests.PATH) || crd && injected.stream()
                .anyMatch(crdName -> path.equals("config/crd/" + crdName + ".yaml"))) {
            entries.put(IF_CERT_MANAGER, INJECT_CA + ": " + namespace + "/" + name + "-serving-cert");
        }
        if (!entries.isEmpty()) {
            body = annotated(body, entries, crd);
        }
        body = Pattern.compile("(?<![A-Za-z0-9-])" + Pattern.quote(namespace) + "(?![A-Za-z0-9-])")
                .matcher(body).replaceAll(Matcher.quoteReplacement(RELEASE_NAMESPACE));
        String header = CrdGenerator.HEADER + "# From " + path;
        if (crd) {
            return header + ": installed with crds.install, kept by 'helm uninstall' with crds.keep.\n"
                    + "{{- if .Values.crds.install }}\n" + body + "{{- end }}\n";
        }
        if (path.equals(WebhookRuntime.CERTIFICATE)) {
            return header + ", in the release's namespace, with webhook.tls.mode cert-manager and "
                    + "webhook.certManager.enabled.\n{{- if and (" + IF_CERT_MANAGER
                    + ") .Values.webhook.certManager.enabled }}\n" + body + "{{- end }}\n";
        }
        if (path.equals(WebhookRuntime.TLS_ROLE)) {
            return header + ", in the release's namespace, with webhook.tls.mode self-managed.\n{{- if "
                    + IF_SELF_MANAGED + " }}\n" + body + "{{- end }}\n";
        }
        return header + ", in the release's namespace.\n" + body;
    }

    /**
     * {@code body} with the annotations {@code entries} (by the condition each is there with) in the
     * metadata of each of its objects, without the cert-manager CA injection it had: under the object's
     * annotations, or under annotations of their own (the metadata's {@code first} entry, else its last),
     * there when one of the conditions holds.
     */
    private static String annotated(String body, Map<String, String> entries, boolean first) {
        String[] lines = body.split("\n", -1);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < lines.length) {
            String line = lines[i++];
            out.append(line).append(i < lines.length ? "\n" : "");
            if (!line.equals("metadata:")) {
                continue;
            }
            List<String> metadata = new ArrayList<>();
            while (i < lines.length && lines[i].startsWith("  ")) {
                metadata.add(lines[i++]);
            }
            List<String> annotations = new ArrayList<>();
            List<String> rest = new ArrayList<>();
            int at = first ? 0 : metadata.size();
            for (int j = 0; j < metadata.size(); j++) {
                if (metadata.get(j).equals("  annotations:")) {
                    at = rest.size();
                    while (j + 1 < metadata.size() && metadata.get(j + 1).startsWith("    ")) {
                        String annotation = metadata.get(++j);
                        if (!annotation.startsWith("    " + INJECT_CA + ":")) {
                            annotations.add(annotation);
                        }
                    }
                } else {
                    rest.add(metadata.get(j));
                }
            }
            StringBuilder block = new StringBuilder();
            if (annotations.isEmpty() && entries.size() == 1) {
                Map.Entry<String, String> entry = entries.entrySet().iterator().next();
                block.append("  {{- if ").append(entry.getKey()).append(" }}\n  annotations:\n    ")
                        .append(entry.getValue()).append("\n  {{- end }}\n");
            } else {
                if (annotations.isEmpty()) {
                    block.append("  {{- if or ").append(String.join(" ", entries.keySet().stream()
                            .map(c -> c.contains(" ") ? "(" + c + ")" : c).toList())).append(" }}\n");
                }
                block.append("  annotations:\n");
                entries.forEach((condition, entry) -> block.append("    {{- if ").append(condition)
                        .append(" }}\n    ").append(entry).append("\n    {{- end }}\n"));
                annotations.forEach(annotation -> block.append(annotation).append("\n"));
                if (annotations.isEmpty()) {
                    block.append("  {{- end }}\n");
                }
            }
            for (int j = 0; j <= rest.size(); j++) {
                if (j == at) {
                    out.append(block);
                }
                if (j < rest.size()) {
                    out.append(rest.get(j)).append("\n");
                }
            }
        }
        return out.toString();
    }
}
