package dev.opctl.scaffold.api;

import dev.opctl.engine.GeneratedFile;
import dev.opctl.project.ProjectFile.Resource;
import dev.opctl.scaffold.JavaSources;
import dev.opctl.scaffold.ProjectFiles;
import dev.opctl.scaffold.ProjectModel;
import dev.opctl.scaffold.ScaffoldedFile;
import dev.opctl.scaffold.webhook.ConverterScaffold;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The user-owned files {@code opctl add api} wrote for one version of a kind (the kind, its Spec,
 * Status and sample, and a converter and its test for a kind with a conversion webhook), each with what {@code add api} would write for it now, so that a command that
 * deletes them can tell an untouched scaffold from one the user edited.
 *
 * <p>{@code PROJECT} records neither {@code --workload} nor its {@code --image} and {@code --port}:
 * every form {@code add api} can give a file is a rendering, with the image and port read back from
 * the file itself.
 */
public final class ScaffoldedApi {
    private static final Pattern DEFAULT = Pattern.compile("@Default\\(\"([^\"\\n]*)\"\\)");
    private static final Pattern IMAGE = Pattern.compile("(?m)^  image: (\\S+)$");
    private static final Pattern PORT = Pattern.compile("(?m)^    port: ([0-9]{1,5})$");

    private ScaffoldedApi() {
    }

    /** The files of {@code resource}, a version of a kind of {@code model}'s project, in {@code project}. */
    public static List<ScaffoldedFile> files(ProjectFiles project, ProjectModel model, Resource resource) {
        boolean storage = model.project().storageVersion(resource.group(), resource.kind())
                .filter(resource.version()::equals).isPresent();
        ApiModel api = new ApiModel(model, resource, true, storage, null);
        List<Resource> versions = model.project().resources(resource.group(), resource.kind()).stream()
                .filter(Resource::api).toList();
        Resource first = versions.isEmpty() || versions.get(0).version().equals(resource.version()) ? null
                : versions.get(0);

        String specPath = JavaSources.mainPath(resource.javaPackage(), resource.kind() + "Spec");
        List<Workload> workloads = new ArrayList<>();
        for (String image : ScaffoldedFile.matches(DEFAULT, project.text(specPath).orElse(""))) {
            workloads.add(new Workload("Deployment", image, 80));
            workloads.add(new Workload("StatefulSet", image, 80));
        }
        List<GeneratedFile> specs = new ArrayList<>(List.of(StateJava.spec(api)));
        List<GeneratedFile> statuses = new ArrayList<>(List.of(StateJava.status(api)));
        if (first != null) {
            specs.add(StateJava.inherited(api, first, "Spec"));
            statuses.add(StateJava.inherited(api, first, "Status"));
        }
        for (Workload workload : workloads) {
            specs.add(WorkloadStateJava.spec(api, workload));
        }
        for (String kind : List.of("Deployment", "StatefulSet")) {
            // The status does not depend on the image.
            statuses.add(WorkloadStateJava.status(api, new Workload(kind, "", 80)));
        }

        GeneratedFile plainSample = AddApi.sample(api);
        List<GeneratedFile> samples = new ArrayList<>(List.of(plainSample));
        String sample = project.text(plainSample.path()).orElse("");
        for (String image : ScaffoldedFile.matches(IMAGE, sample)) {
            for (String port : ScaffoldedFile.matches(PORT, sample)) {
                samples.add(AddApi.sample(new ApiModel(model, resource, true, storage,
                        new Workload("Deployment", image, Integer.parseInt(port)))));
            }
        }
        if (first != null) {
            samples.add(AddApi.sample(project, api, first));
        }
        List<ScaffoldedFile> files = new ArrayList<>(List.of(scaffolded(List.of(ResourceJava.render(api))),
                scaffolded(specs), scaffolded(statuses), scaffolded(samples)));
        // A version of a kind with a conversion webhook has a converter to and from the hub.
        Optional<Resource> hub = versions.stream()
                .filter(r -> r.webhooks() != null && r.webhooks().conversion()).findFirst();
        if (hub.isPresent() && !hub.get().version().equals(resource.version())) {
            for (GeneratedFile converter : ConverterScaffold.render(model, resource, hub.get())) {
                files.add(scaffolded(List.of(converter)));
            }
        }
        return files;
    }

    private static ScaffoldedFile scaffolded(List<GeneratedFile> renderings) {
        return new ScaffoldedFile(renderings.get(0).path(), renderings.stream().map(GeneratedFile::content)
                .distinct().toList());
    }
}
