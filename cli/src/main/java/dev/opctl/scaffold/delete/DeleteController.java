package dev.opctl.scaffold.delete;

import dev.opctl.engine.OpctlException;
import dev.opctl.project.ProjectFile.Resource;
import dev.opctl.project.ProjectFile;
import dev.opctl.scaffold.ProjectFiles;
import dev.opctl.scaffold.ProjectModel;
import dev.opctl.scaffold.ScaffoldedFile;
import dev.opctl.scaffold.controller.ScaffoldedController;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code opctl delete controller}: removes the reconciler of a kind, the reverse of
 * {@code opctl add controller}: the reconciler, its test and, for a workload controller, its
 * dependent resources go; {@code PROJECT} records the kind without a controller (a built-in kind
 * is forgotten); the registry and ClusterRole are regenerated.
 */
public final class DeleteController {
    private DeleteController() {
    }

    /**
     * Plans deleting the controller of {@code kind} from {@code project}.
     *
     * @param group the kind's group as the user gave it (short, full, or {@code core}), or null for any
     * @param version the reconciled version, or null for any
     * @throws OpctlException (invalid input) when the project has no such controller, or several
     */
    public static Deletion plan(ProjectFiles files, ProjectModel model, String kind, String group, String version) {
        ProjectFile project = model.project();
        List<Resource> targets = project.resources().stream()
                .filter(r -> r.controller() && r.kind().equals(kind) && inGroup(r, group, project.domain()))
                .filter(r -> version == null || r.version().equals(version))
                .toList();
        if (targets.isEmpty()) {
            throw OpctlException.invalidInput(String.format("nothing to delete: the project has no controller of "
                    + "%s%s%s; %s", kind, group == null ? "" : " in group " + group, version == null ? ""
                    : " version " + version, inventory(project)));
        }
        if (targets.stream().map(Resource::group).distinct().count() > 1) {
            throw OpctlException.invalidInput(String.format("kind %s has controllers in several groups (%s); choose "
                    + "one with --group", kind, targets.stream().map(Resource::group).distinct()
                    .collect(Collectors.joining(", "))));
        }
        ProjectFile after = project;
        Map<String, ScaffoldedFile> scaffolded = new LinkedHashMap<>();
        for (Resource r : targets) {
            after = r.api() ? after.with(r.withoutController()) : after.without(r);
            for (ScaffoldedFile file : ScaffoldedController.files(files, model, r)) {
                scaffolded.merge(file.path(), file, (a, b) -> new ScaffoldedFile(a.path(),
                        concat(a.renderings(), b.renderings())));
            }
        }
        List<ScaffoldedFile> deleted = List.copyOf(scaffolded.values());
        Regeneration regenerated = Regeneration.of(files, model.with(after), deleted, List.of(),
                users -> References.requireNone(users, "the controller of " + kind, "change them first"));
        String description = String.format("the controller of %s (%s)", kind, targets.stream()
                .map(Resource::apiVersion).collect(Collectors.joining(", ")));
        return new Deletion(description, regenerated.files(), deleted, regenerated.obsolete(), List.of());
    }

    /** Whether {@code r} is of {@code group} as the user gave it (short, full, or {@code core}); any for null. */
    static boolean inGroup(Resource r, String group, String domain) {
        return group == null || r.group().equals(group) || r.group().equals(group + "." + domain)
                || group.equals("core") && r.group().isEmpty();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        b.stream().filter(s -> !all.contains(s)).forEach(all::add);
        return all;
    }

    private static String inventory(ProjectFile project) {
        List<Resource> controlled = project.resources().stream().filter(Resource::controller).toList();
        return controlled.isEmpty() ? "it has no controllers"
                : "it has controllers of " + controlled.stream().map(r -> r.gvk().toString())
                        .collect(Collectors.joining(", "));
    }
}
