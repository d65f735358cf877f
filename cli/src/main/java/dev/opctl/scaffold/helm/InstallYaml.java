package dev.opctl.scaffold.helm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.opctl.crd.CrdGenerator;
import dev.opctl.engine.GeneratedFile;
import dev.opctl.engine.OpctlException;
import dev.opctl.engine.YamlWriter;
import dev.opctl.scaffold.ProjectModel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * {@code dist/install.yaml}: what {@code kubectl kustomize config} gives for the files opctl generates
 * in {@code config/}, as they are on disk, in one file for {@code kubectl apply -f}, as kubebuilder's
 * {@code make build-installer}. opctl renders it itself, without kustomize, doing what its own
 * {@code config/kustomization.yaml} asks: the resources, the webhook patch (a strategic merge), the
 * namespace and the image of its {@code images} entry.
 */
final class InstallYaml {
    static final String PATH = "dist/install.yaml";
    private static final String KUSTOMIZATION = "config/kustomization.yaml";
    private static final String WEBHOOK_PATCH = "config/manager/webhook_patch.yaml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    /** The kinds that have no namespace, of those opctl generates. */
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "CustomResourceDefinition", "ClusterRole",
            "ClusterRoleBinding", "MutatingWebhookConfiguration", "ValidatingWebhookConfiguration");
    /** The order kubectl applies in: what others refer to first, the webhooks that could refuse them last. */
    private static final List<String> KIND_ORDER = List.of("Namespace", "CustomResourceDefinition", "ServiceAccount",
            "ClusterRole", "ClusterRoleBinding", "Role", "RoleBinding", "Service", "Deployment");
    private static final List<String> LAST = List.of("MutatingWebhookConfiguration", "ValidatingWebhookConfiguration");

    private InstallYaml() {
    }

    /** The installer of the project, from its {@code config/} files as {@code config} has them. */
    static GeneratedFile render(ProjectModel model, ConfigView config) {
        Kustomization kustomization = Kustomization.read(config.text(KUSTOMIZATION).orElse(""), model);
        List<ObjectNode> objects = new ArrayList<>();
        for (String path : resources(model, config)) {
            config.text(path).ifPresent(text -> objects.addAll(read(text, path)));
        }
        if (config.generated(WEBHOOK_PATCH)) {
            for (ObjectNode patch : read(config.text(WEBHOOK_PATCH).orElseThrow(), WEBHOOK_PATCH)) {
                objects.stream().filter(o -> sameObject(o, patch)).forEach(o -> StrategicMerge.apply(o, patch));
            }
        }
        StringBuilder out = new StringBuilder(CrdGenerator.HEADER).append("""
                # Everything the operator needs in a cluster, in one file: kubectl apply -f dist/install.yaml
                # (no kustomize needed). opctl renders it from the files it generates in config/, as they are,
                # with config/kustomization.yaml's namespace, image and webhook patch; 'opctl generate' keeps it
                # up to date and 'opctl generate --check' fails when it is not.
                """);
        objects.forEach(object -> kustomization.applyTo(object, CLUSTER_SCOPED.contains(object.path("kind").asText())));
        // The RoleBindings of the watched namespaces ('opctl edit --namespaces') are in those namespaces.
        config.toolOwned().files().stream().filter(file -> file.path().startsWith("config/rbac/namespaced/"))
                .forEach(file -> objects.addAll(read(file.content(), file.path())));
        objects.stream().sorted(Comparator.comparingInt(InstallYaml::rank))
                .forEach(object -> out.append("---\n").append(YamlWriter.write(object)));
        return GeneratedFile.tool(PATH, out.toString());
    }

    /** The files opctl's {@code config/kustomization.yaml} lists. */
    static List<String> resources(ProjectModel model, ConfigView config) {
        List<String> paths = new ArrayList<>(List.of("config/manager/namespace.yaml",
                "config/rbac/service_account.yaml", "config/rbac/role.yaml"));
        if (model.project().namespaces().isEmpty()) {
            paths.add("config/rbac/role_binding.yaml");
        }
        paths.addAll(List.of("config/rbac/leader_election_role.yaml", "config/rbac/leader_election_role_binding.yaml",
                "config/manager/manager.yaml", "config/manager/metrics_service.yaml"));
        config.toolOwned().files().stream().map(GeneratedFile::path)
                .filter(path -> path.startsWith("config/crd/") || path.startsWith("config/webhook/")
                        || path.startsWith("config/certmanager/") || path.equals("config/rbac/webhook_tls_role.yaml"))
                .forEach(paths::add);
        return paths;
    }

    private static List<ObjectNode> read(String text, String path) {
        List<ObjectNode> objects = new ArrayList<>();
        try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(text)) {
            while (documents.hasNext()) {
                if (documents.next() instanceof ObjectNode object) {
                    objects.add(object);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw OpctlException.invalidInput(path + " is not valid YAML, so opctl cannot render " + PATH
                    + " from it: fix it (kubectl kustomize config shows the error too)");
        }
        return objects;
    }

    private static boolean sameObject(ObjectNode object, JsonNode patch) {
        return object.path("kind").equals(patch.path("kind"))
                && object.path("metadata").path("name").equals(patch.path("metadata").path("name"));
    }

    private static int rank(ObjectNode object) {
        String kind = object.path("kind").asText();
        int index = KIND_ORDER.indexOf(kind);
        return index >= 0 ? index : LAST.contains(kind) ? KIND_ORDER.size() + 1 : KIND_ORDER.size();
    }
}
