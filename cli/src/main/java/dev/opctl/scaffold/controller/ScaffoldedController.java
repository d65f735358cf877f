package dev.opctl.scaffold.controller;

import dev.opctl.engine.GeneratedFile;
import dev.opctl.project.BuiltInKind;
import dev.opctl.project.ProjectFile.Resource;
import dev.opctl.scaffold.ProjectFiles;
import dev.opctl.scaffold.ProjectModel;
import dev.opctl.scaffold.ScaffoldedFile;
import dev.opctl.scaffold.api.Workload;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The user-owned files {@code opctl add controller} (or {@code add api --controller}/{@code --workload})
 * wrote for a controller, each with what opctl would write for it now, so that a command that
 * deletes them can tell an untouched scaffold from one the user edited.
 *
 * <p>What {@code PROJECT} does not record is read back from the files: which workload the
 * controller runs (the dependent resource class that exists), the image and port its test uses,
 * and the kinds a built-in kind's reconciler watches.
 */
public final class ScaffoldedController {
    private static final Pattern IMAGE = Pattern.compile("spec\\.setImage\\(\"([^\"\\n]*)\"\\)");
    private static final Pattern PORT = Pattern.compile("\\.withPort\\(([0-9]{1,5})\\)");
    private static final Pattern WATCHED = Pattern.compile("\\.from\\((\\w+)\\.class, ");

    private ScaffoldedController() {
    }

    /** The files of the controller of {@code resource} (a kind of {@code model}'s project) in {@code project}. */
    public static List<ScaffoldedFile> files(ProjectFiles project, ProjectModel model, Resource resource) {
        Map<String, Set<String>> renderings = new TreeMap<>();
        if (!resource.api()) {
            BuiltInKind primary = BuiltInKind.find(resource.group(), resource.kind()).orElse(null);
            if (primary == null) {
                return List.of();
            }
            String reconciler = Controllers.reconcilerPath(model, resource);
            List<BuiltInKind> watched = new ArrayList<>();
            for (String name : ScaffoldedFile.matches(WATCHED, project.text(reconciler).orElse(""))) {
                BuiltInKind.find(null, name).ifPresent(watched::add);
            }
            add(renderings, BuiltInReconcilerJava.render(model, primary, watched));
            add(renderings, ReconcilerTestJava.builtIn(model, primary));
            return scaffolded(renderings);
        }
        add(renderings, ReconcilerJava.render(model, resource));
        add(renderings, ReconcilerTestJava.render(model, resource));
        for (String kind : List.of("Deployment", "StatefulSet")) {
            Workload probe = new Workload(kind, "", 0);
            String dependent = Controllers.path(WorkloadJava.workloadDependent(model, resource, probe));
            if (!project.exists(dependent)) {
                continue;
            }
            String test = project.text(Controllers.testPath(model, resource)).orElse("");
            Set<String> images = ScaffoldedFile.matches(IMAGE, test);
            Set<String> ports = ScaffoldedFile.matches(PORT, test);
            for (String image : images.isEmpty() ? Set.of("") : images) {
                for (String port : ports.isEmpty() ? Set.of("0") : ports) {
                    WorkloadJava.render(model, resource, new Workload(kind, image, Integer.parseInt(port)))
                            .forEach(file -> add(renderings, file));
                }
            }
        }
        return scaffolded(renderings);
    }

    private static void add(Map<String, Set<String>> renderings, GeneratedFile file) {
        renderings.computeIfAbsent(file.path(), p -> new LinkedHashSet<>()).add(file.content());
    }

    private static List<ScaffoldedFile> scaffolded(Map<String, Set<String>> renderings) {
        return renderings.entrySet().stream().map(e -> new ScaffoldedFile(e.getKey(), List.copyOf(e.getValue())))
                .toList();
    }
}
