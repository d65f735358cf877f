package dev.opctl.scaffold.edit;

import dev.opctl.engine.FileSet;
import dev.opctl.engine.OpctlException;
import dev.opctl.naming.Names;
import dev.opctl.project.ProjectFile.Resource;
import dev.opctl.project.ProjectFile;
import dev.opctl.project.WebhookTls;
import dev.opctl.scaffold.MarkerEdit;
import dev.opctl.scaffold.ProjectFiles;
import dev.opctl.scaffold.ProjectModel;
import dev.opctl.scaffold.ToolOwned;
import dev.opctl.scaffold.webhook.WebhookKustomization;
import dev.opctl.scaffold.webhook.WebhookManifests;
import dev.opctl.scaffold.webhook.WebhookRuntime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * {@code opctl edit}: a project-wide setting changed in PROJECT, and every file that depends on it
 * regenerated: the tool-owned files, and {@code config/kustomization.yaml} at its markers.
 */
public final class EditProject {
    private static final String KUSTOMIZATION = "config/kustomization.yaml";
    private static final String CLUSTER_BINDING = "- rbac/role_binding.yaml";

    private EditProject() {
    }

    /**
     * What to change; an empty field keeps the setting as it is.
     *
     * @param namespaces the namespaces to watch, none for every namespace
     * @param descriptions how to cut CRD descriptions
     * @param webhookTls who gives the webhooks their certificate
     * @param helm whether opctl generates the Helm chart and installer under {@code dist/}
     */
    public record Request(Optional<List<String>> namespaces, Optional<Descriptions> descriptions,
            Optional<WebhookTls> webhookTls, Optional<Boolean> helm) {
    }

    /**
     * How CRD descriptions are cut.
     *
     * @param maxLength the most characters a description keeps (0 drops them), {@code null} to keep them whole
     */
    public record Descriptions(Integer maxLength) {
    }

    /**
     * The outcome: the files to write and to delete, and the project as PROJECT now records it.
     *
     * @param project the edited PROJECT
     * @param files every file the edit writes
     * @param obsolete the tool-owned files no longer generated
     */
    public record Plan(ProjectFile project, FileSet files, List<String> obsolete) {
    }

    /** The edit of {@code files}, the project whose PROJECT is {@code before}. */
    public static Plan plan(ProjectFiles files, ProjectFile before, Request request) {
        ProjectFile project = before;
        if (request.descriptions().isPresent()) {
            project = project.withMaxDescriptionLength(request.descriptions().get().maxLength());
        }
        if (request.webhookTls().isPresent()) {
            project = project.withWebhookTls(request.webhookTls().get());
        }
        if (request.helm().isPresent()) {
            project = project.withHelm(request.helm().get());
        }
        if (request.namespaces().isPresent()) {
            List<String> namespaces = List.copyOf(new TreeSet<>(request.namespaces().get()));
            namespaces.forEach(n -> Names.requireDnsLabel("namespace", n));
            requireNamespacedControllers(before, namespaces);
            project = project.withNamespaces(namespaces);
        }
        ProjectModel model = ProjectModel.of(project);
        FileSet.Builder out = FileSet.builder().add(project.toGeneratedFile());
        FileSet toolOwned = ToolOwned.render(files, model, Map.of());
        toolOwned.files().forEach(out::add);
        boolean webhooks = request.webhookTls().isPresent() && WebhookRuntime.enabled(model);
        List<MarkerEdit> edits = new ArrayList<>();
        if (request.namespaces().isPresent()) {
            // Watching namespaces, the role is bound in each (config/rbac/namespaced), not cluster-wide.
            edits.add(project.namespaces().isEmpty()
                    ? new MarkerEdit.InsertLineAfter(KUSTOMIZATION, "resources", CLUSTER_BINDING, "- rbac/role.yaml")
                    : new MarkerEdit.RemoveLine(KUSTOMIZATION, CLUSTER_BINDING));
        }
        if (webhooks) {
            edits.addAll(WebhookKustomization.edits(project.tls(), toolOwned.files().stream()
                    .anyMatch(f -> f.path().equals(WebhookManifests.PATH))));
        }
        MarkerEdit.applyAll(files, "", edits).forEach(out::add);
        return new Plan(project, out.build(), ToolOwned.obsolete(files, toolOwned));
    }

    private static void requireNamespacedControllers(ProjectFile project, List<String> namespaces) {
        if (namespaces.isEmpty()) {
            return;
        }
        for (Resource r : project.resources()) {
            if (r.controller() && !r.namespaced()) {
                throw OpctlException.invalidInput(String.format("the controller of %s (%s) reconciles a "
                        + "cluster-scoped kind, which an operator limited to namespaces cannot watch; keep it "
                        + "cluster-wide", r.kind(), r.apiVersion()));
            }
        }
    }
}
