package dev.opctl.scaffold.api;

import dev.opctl.engine.FileSet;
import dev.opctl.engine.GeneratedFile;
import dev.opctl.project.ProjectFile.Resource;
import dev.opctl.project.ProjectFile;
import dev.opctl.scaffold.JavaSources;
import dev.opctl.scaffold.MarkerEdit;
import dev.opctl.scaffold.ProjectFiles;
import dev.opctl.scaffold.ProjectModel;
import dev.opctl.scaffold.ToolOwned;
import dev.opctl.scaffold.controller.AddController;
import dev.opctl.scaffold.webhook.ConverterScaffold;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The files of {@code opctl add api}: the kind's classes, a sample, the updated {@code PROJECT}, the
 * project's CRDs regenerated with the new classes, and the CRD listed in {@code config/kustomization.yaml}.
 */
public final class AddApi {
    static final String KUSTOMIZATION = "config/kustomization.yaml";

    private AddApi() {
    }

    /**
     * Renders everything {@code api} adds to {@code project}, in memory; with
     * {@code withController}, the controller's files too.
     */
    public static FileSet render(ProjectFiles project, ApiModel api, boolean withController) {
        return render(project, api, withController, List.of());
    }

    /**
     * {@link #render(ProjectFiles, ApiModel, boolean)}, where {@code api} becomes the storage version of its
     * kind and {@code demoted} (the version that was) no longer is: its class is edited to say
     * {@code storage = false}.
     */
    public static FileSet render(ProjectFiles files, ApiModel api, boolean withController, List<Resource> demoted) {
        Resource resource = withController ? api.resource().withController() : api.resource();
        if (resource.controller()) {
            AddController.requireWatchable(api.project().project(), resource);
            AddController.requireOwnReconciler(api.project().project(), resource);
        }
        ProjectFile project = api.project().project().with(resource);
        List<GeneratedFile> edited = new ArrayList<>();
        for (Resource old : demoted) {
            project = project.with(old.withStorage(false));
            edited.add(ResourceJava.demote(files, old));
        }
        ProjectModel model = new ProjectModel(project, api.project().projectVersion(), api.project().versions());
        Workload workload = api.workload();
        // A kind with a conversion webhook gives each new version a schema of its own and a converter.
        Optional<Resource> hub = project.resources(resource.group(), resource.kind()).stream()
                .filter(r -> r.webhooks() != null && r.webhooks().conversion()).findFirst();
        Resource previous = workload == null && hub.isEmpty() ? inheritedFrom(files, api).orElse(null) : null;
        List<GeneratedFile> java = new ArrayList<>(List.of(ResourceJava.render(api)));
        if (previous != null) {
            java.addAll(List.of(StateJava.inherited(api, previous, "Spec"), StateJava.inherited(api, previous,
                    "Status")));
        } else if (workload != null) {
            java.addAll(List.of(WorkloadStateJava.spec(api, workload), WorkloadStateJava.status(api, workload)));
        } else {
            java.addAll(List.of(StateJava.spec(api), StateJava.status(api)));
        }
        java.addAll(edited);
        if (hub.isPresent() && !hub.get().version().equals(resource.version())) {
            java.addAll(ConverterScaffold.render(model, resource, hub.get()));
        }
        if (workload != null) {
            java.addAll(AddController.workloadFiles(model, resource, workload));
        } else if (withController) {
            java.addAll(AddController.userFiles(model, resource));
        }
        FileSet.Builder out = FileSet.builder();
        java.forEach(out::add);
        out.add(previous != null ? sample(files, api, previous) : sample(api));
        out.add(project.toGeneratedFile());
        List<String> crdEntries = new ArrayList<>();
        for (GeneratedFile file : ToolOwned.render(files, model, java).files()) {
            out.add(file);
            if (file.path().startsWith(ToolOwned.CRD_DIR + "/")) {
                crdEntries.add("- " + file.path().substring("config/".length()));
            }
        }
        MarkerEdit.applyAll(files, ", so opctl cannot list the new CRD in it",
                List.of(new MarkerEdit.InsertLines(KUSTOMIZATION, "resources", crdEntries))).forEach(out::add);
        return out.build();
    }

    /**
     * The class of {@code r} as it is in {@code project}, edited to make it the storage version of its kind
     * ({@code @Version("v1")} instead of {@code @Version(value = "v1", storage = false)}), for a
     * command that deletes the version that was.
     */
    public static GeneratedFile promote(ProjectFiles project, Resource r) {
        return ResourceJava.promote(project, r);
    }

    /**
     * The version of the kind a later version takes its schema from: the first one added (so that
     * running the command again gives the same files), if its Spec and Status classes are still
     * where opctl wrote them.
     */
    private static Optional<Resource> inheritedFrom(ProjectFiles project, ApiModel api) {
        Resource r = api.resource();
        return api.project().project().resources(r.group(), r.kind()).stream().limit(1)
                .filter(first -> !first.version().equals(r.version()))
                .filter(first -> Stream.of("Spec", "Status").allMatch(suffix -> project.exists(
                        JavaSources.mainPath(first.javaPackage(), r.kind() + suffix))))
                .findFirst();
    }

    /**
     * The sample of a new version that has the schema of {@code previous}: that version's sample, as
     * the user left it, under this version's apiVersion and a name of its own.
     */
    static GeneratedFile sample(ProjectFiles project, ApiModel api, Resource previous) {
        GeneratedFile fresh = sample(api);
        String text = project.text(samplePath(previous)).orElse("");
        int spec = text.indexOf("\nspec:");
        int freshSpec = fresh.content().indexOf("\nspec:");
        if (spec < 0 || freshSpec < 0) {
            return fresh;
        }
        return GeneratedFile.user(fresh.path(), fresh.content().substring(0, freshSpec) + text.substring(spec));
    }

    private static String samplePath(Resource r) {
        return samplePath(r.group(), r.version(), r.kind());
    }

    /** {@code config/samples/LABEL_VERSION_KIND.yaml}, LABEL the group's first label: one file per such triple. */
    static String samplePath(String group, String version, String kind) {
        return "config/samples/" + group.split("\\.")[0] + "_" + version + "_" + kind.toLowerCase(Locale.ROOT)
                + ".yaml";
    }

    /** {@code config/samples/<group>_<version>_<kind>.yaml}: an object of the kind to apply and edit. */
    static GeneratedFile sample(ApiModel api) {
        Resource r = api.resource();
        String kind = r.kind().toLowerCase(Locale.ROOT);
        String path = samplePath(r);
        Workload workload = api.workload();
        // Versions after the first get names of their own, so that every sample applies together.
        List<Resource> known = api.project().project().resources(r.group(), r.kind());
        boolean first = known.isEmpty() || known.get(0).version().equals(r.version());
        String name = first ? kind + "-sample" : kind + "-" + r.version() + "-sample";
        String spec = workload == null ? """
                spec:
                  # TODO(user): set the fields of the spec
                  foo: bar
                """ : """
                spec:
                  size: 3
                  image: %s
                  ports:
                  - name: main
                    port: %d
                  # TODO(user): set env and resources, and the fields you add to the spec
                """.formatted(workload.image(), workload.port());
        return GeneratedFile.user(path, """
                apiVersion: %s
                kind: %s
                metadata:
                  name: %s
                  labels:
                    app.kubernetes.io/name: %s
                """.formatted(r.apiVersion(), r.kind(), name, api.project().name()) + spec);
    }
}
