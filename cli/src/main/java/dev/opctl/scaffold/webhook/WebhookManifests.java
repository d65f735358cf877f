package dev.opctl.scaffold.webhook;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opctl.crd.CrdGenerator;
import dev.opctl.engine.GeneratedFile;
import dev.opctl.engine.OpctlException;
import dev.opctl.engine.YamlWriter;
import dev.opctl.project.ProjectFile.Resource;
import dev.opctl.project.WebhookTls;
import dev.opctl.scaffold.ProjectModel;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code config/webhook/manifests.yaml}: the Mutating- and ValidatingWebhookConfiguration of the
 * project, one webhook per {@code +opctl:webhook} marker, as controller-gen writes them from
 * kubebuilder's markers. The API server reaches them through the webhook Service, trusting the CA
 * cert-manager injects, or in self-managed mode the CA the operator writes into them itself.
 */
public final class WebhookManifests {
    /** Where the webhook configurations are written. */
    public static final String PATH = "config/webhook/manifests.yaml";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private WebhookManifests() {
    }

    /** The configurations of {@code markers}, in the name order of their webhooks. */
    public static GeneratedFile render(ProjectModel model, List<WebhookMarker> markers) {
        requireUnique(markers);
        markers.forEach(marker -> requireOwnVersion(model, marker));
        List<WebhookMarker> sorted = markers.stream().sorted(Comparator.comparing(WebhookMarker::name)).toList();
        StringBuilder yaml = new StringBuilder(CrdGenerator.HEADER);
        yaml.append("# The admission webhooks of the +opctl:webhook markers in src/main/java: edit a marker and run\n")
                .append("# 'opctl generate' to change one.\n");
        boolean first = true;
        for (boolean mutating : new boolean[] {true, false}) {
            List<WebhookMarker> ofKind = sorted.stream().filter(m -> m.mutating() == mutating).toList();
            if (ofKind.isEmpty()) {
                continue;
            }
            if (!first) {
                yaml.append("---\n");
            }
            first = false;
            yaml.append(YamlWriter.write(configuration(model, mutating, ofKind)));
        }
        return GeneratedFile.tool(PATH, yaml.toString());
    }

    private static ObjectNode configuration(ProjectModel model, boolean mutating, List<WebhookMarker> markers) {
        ObjectNode config = JSON.objectNode();
        config.put("apiVersion", "admissionregistration.k8s.io/v1");
        config.put("kind", mutating ? "MutatingWebhookConfiguration" : "ValidatingWebhookConfiguration");
        ObjectNode metadata = config.putObject("metadata");
        metadata.put("name", configurationName(model, mutating));
        metadata.putObject("labels").put("app.kubernetes.io/name", model.name());
        if (model.project().tls() == WebhookTls.CERT_MANAGER) {
            // cert-manager's CA injector writes the CA of this Certificate (config/certmanager) into the caBundle.
            metadata.putObject("annotations").put("cert-manager.io/inject-ca-from",
                    model.namespace() + "/" + model.name() + "-serving-cert");
        }
        ArrayNode webhooks = config.putArray("webhooks");
        for (WebhookMarker marker : markers) {
            ObjectNode webhook = webhooks.addObject();
            webhook.put("name", marker.name());
            strings(webhook.putArray("admissionReviewVersions"), marker.list("admissionReviewVersions"));
            ObjectNode service = webhook.putObject("clientConfig").putObject("service");
            service.put("name", model.name() + "-webhook-service");
            service.put("namespace", model.namespace());
            service.put("path", marker.path());
            webhook.put("failurePolicy", marker.failurePolicy());
            if (marker.get("matchPolicy") != null) {
                webhook.put("matchPolicy", marker.get("matchPolicy"));
            }
            ObjectNode namespaceSelector = LabelSelectors.parse(marker.get("namespaceSelector"), marker.where(),
                    "namespaceSelector");
            if (namespaceSelector != null) {
                webhook.set("namespaceSelector", namespaceSelector);
            }
            ObjectNode objectSelector = LabelSelectors.parse(marker.get("objectSelector"), marker.where(),
                    "objectSelector");
            if (objectSelector != null) {
                webhook.set("objectSelector", objectSelector);
            }
            if (marker.get("reinvocationPolicy") != null) {
                webhook.put("reinvocationPolicy", marker.get("reinvocationPolicy"));
            }
            ObjectNode rule = webhook.putArray("rules").addObject();
            strings(rule.putArray("apiGroups"), marker.list("groups"));
            strings(rule.putArray("apiVersions"), marker.list("versions"));
            strings(rule.putArray("operations"), marker.operations());
            strings(rule.putArray("resources"), marker.list("resources"));
            webhook.put("sideEffects", marker.sideEffects());
            if (marker.get("timeoutSeconds") != null) {
                webhook.put("timeoutSeconds", Integer.parseInt(marker.get("timeoutSeconds")));
            }
        }
        return config;
    }

    /** The name of the project's Mutating- or ValidatingWebhookConfiguration. */
    static String configurationName(ProjectModel model, boolean mutating) {
        return model.name() + (mutating ? "-mutating" : "-validating") + "-webhook-configuration";
    }

    /** Two webhooks of one name, or two classes at one path, cannot both be served. */
    private static void requireUnique(List<WebhookMarker> markers) {
        Map<String, WebhookMarker> names = new HashMap<>();
        Map<String, WebhookMarker> paths = new HashMap<>();
        for (WebhookMarker marker : markers) {
            WebhookMarker sameName = names.putIfAbsent(marker.name(), marker);
            if (sameName != null) {
                throw OpctlException.invalidInput(String.format("%s: webhook name %s is also used at %s; give each "
                        + "webhook a name of its own", marker.where(), marker.name(), sameName.where()));
            }
            WebhookMarker samePath = paths.putIfAbsent(marker.path(), marker);
            if (samePath != null) {
                throw OpctlException.invalidInput(String.format("%s: path %s is also served by %s (%s); give each "
                        + "webhook class a path of its own", marker.where(), marker.path(),
                        samePath.qualifiedClassName(), samePath.where()));
            }
        }
    }

    /**
     * The versions a marker sends are those of the class its webhook takes: the server reads every
     * request as that class, so an object of another version would be read as this one's (its fields
     * lost), and the patch of a defaulter applied to it.
     */
    private static void requireOwnVersion(ProjectModel model, WebhookMarker marker) {
        for (Resource resource : model.project().resources()) {
            if (marker.objectClass() != null && marker.objectClass().equals(resource.javaPackage() + "."
                    + resource.kind()) && !marker.list("versions").equals(List.of(resource.version()))) {
                throw OpctlException.invalidInput(String.format("%s: the marker lists versions=%s, but %s takes %s "
                        + "objects of %s (%s), as which the webhook server reads every request; set versions=%s (the API "
                        + "server converts a request in another version to it first: matchPolicy Equivalent)",
                        marker.where(), marker.get("versions"), marker.className(), resource.kind(),
                        resource.apiVersion(), marker.objectClass(), resource.version()));
            }
        }
    }

    /**
     * A marker with {@code matchPolicy=Exact} for a kind of the project that has other versions: the
     * API server sends this webhook the requests in its own version only, and admits those in the
     * others without it.
     */
    public static void warnExactMatches(ProjectModel model, List<WebhookMarker> markers, Consumer<String> warnings) {
        for (WebhookMarker marker : markers) {
            if (!"Exact".equals(marker.get("matchPolicy"))) {
                continue;
            }
            for (Resource resource : model.project().resources()) {
                if (!(resource.javaPackage() + "." + resource.kind()).equals(marker.objectClass())) {
                    continue;
                }
                List<String> others = model.project().resources().stream()
                        .filter(r -> r.group().equals(resource.group()) && r.kind().equals(resource.kind()))
                        .map(Resource::version).filter(v -> !v.equals(resource.version())).sorted().toList();
                if (!others.isEmpty()) {
                    warnings.accept(String.format("%s: matchPolicy=Exact: the API server admits %s objects sent in "
                            + "%s without this webhook; remove matchPolicy (the default, Equivalent, converts them to "
                            + "%s and calls it)", marker.where(), resource.kind(), String.join(", ", others),
                            resource.version()));
                }
            }
        }
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
