package dev.opctl.scaffold.delete;

import dev.opctl.engine.FileSet;
import dev.opctl.engine.GeneratedFile;
import dev.opctl.engine.OpctlException;
import dev.opctl.project.ProjectFile.Resource;
import dev.opctl.project.ProjectFile;
import dev.opctl.scaffold.JavaSources;
import dev.opctl.scaffold.MarkerEdit;
import dev.opctl.scaffold.ProjectFiles;
import dev.opctl.scaffold.ProjectModel;
import dev.opctl.scaffold.ScaffoldedFile;
import dev.opctl.scaffold.ToolOwned;
import dev.opctl.scaffold.api.AddApi;
import dev.opctl.scaffold.api.ScaffoldedApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code opctl delete api}: removes versions of a kind, the reverse of {@code opctl add api}. The
 * kind's classes and sample go; {@code PROJECT} forgets the versions; the CRD, ClusterRole and
 * registry are regenerated from what is left, and a CRD no class produces any more is deleted and
 * leaves {@code config/kustomization.yaml}.
 *
 * <p>It refuses (and changes nothing) when a controller reconciles a version to delete (the
 * reconciler holds the user's logic, so deleting it takes its own command), when other sources use
 * the classes (a later version's Spec and Status extend the first version's), and when the storage
 * version goes while others stay and the one to take over has a {@code @Version} opctl cannot edit.
 */
public final class DeleteApi {
    private static final String KUSTOMIZATION = "config/kustomization.yaml";

    private DeleteApi() {
    }

    /**
     * Plans deleting {@code version} (or, when null, every version) of {@code kind} in
     * {@code group} (full) from {@code files}, the project's files.
     *
     * @throws OpctlException (invalid input) when the project has no such kind or a controller
     *     reconciles it; (conflict) when other sources use its classes
     */
    public static Deletion plan(ProjectFiles projectFiles, ProjectModel model, String group, String version,
            String kind) {
        ProjectFile project = model.project();
        List<Resource> versions = project.resources(group, kind).stream().filter(Resource::api).toList();
        List<Resource> targets = versions.stream().filter(r -> version == null || r.version().equals(version))
                .toList();
        if (targets.isEmpty()) {
            throw OpctlException.invalidInput(String.format("nothing to delete: the project has no kind %s in %s%s; "
                    + "%s", kind, version == null ? group : group + "/" + version, versions.isEmpty() ? ""
                    : " (it has " + versionsOf(versions) + ")", inventory(project)));
        }
        Optional<Resource> controlled = targets.stream().filter(Resource::controller).findFirst();
        if (controlled.isPresent()) {
            Resource r = controlled.get();
            throw OpctlException.invalidInput(String.format("%s (%s) has a controller, which holds your reconcile "
                    + "logic; delete it first with 'opctl delete controller --kind %s --group %s --version %s', then "
                    + "rerun", kind, r.apiVersion(), kind, group, r.version()));
        }
        Optional<Resource> hooked = targets.stream().filter(r -> r.webhooks() != null).findFirst();
        if (hooked.isPresent()) {
            Resource r = hooked.get();
            String flags = (r.webhooks().defaulting() ? " --defaulting" : "") + (r.webhooks().validation()
                    ? " --validation" : "") + (r.webhooks().conversion() ? " --conversion" : "");
            throw OpctlException.invalidInput(String.format("%s (%s) has webhooks, which hold your logic; delete "
                    + "them first with 'opctl delete webhook --kind %s --group %s --version %s%s', then rerun", kind,
                    r.apiVersion(), kind, group, r.version(), flags));
        }
        List<Resource> remaining = versions.stream().filter(r -> !targets.contains(r)).toList();

        ProjectFile after = project;
        for (Resource r : targets) {
            after = after.without(r);
        }
        List<GeneratedFile> edits = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Optional<String> storage = project.storageVersion(group, kind);
        if (!remaining.isEmpty() && targets.stream().anyMatch(r -> storage.filter(r.version()::equals).isPresent())) {
            // The storage version goes: the newest version left takes over.
            Resource next = remaining.get(remaining.size() - 1);
            after = after.with(next.withStorage(true));
            edits.add(AddApi.promote(projectFiles, next));
            notes.add(String.format("%s is now the storage version of %s: objects stored as %s must be migrated "
                    + "before the CRD is applied (see the CRD's status.storedVersions)", next.version(), kind,
                    storage.get()));
        }

        List<ScaffoldedFile> scaffolded = new ArrayList<>();
        for (Resource r : targets) {
            scaffolded.addAll(ScaffoldedApi.files(projectFiles, model, r));
        }
        String what = kind + " " + targets.stream().map(Resource::version).collect(Collectors.joining(", "));
        // Another version's classes extend the deleted ones only where opctl wrote them so (add api of a
        // later version); any other user is the user's own code, a webhook or a converter.
        List<String> remainingPackages = remaining.stream()
                .map(r -> JavaSources.mainPath(r.javaPackage(), r.kind()).replaceFirst("[^/]+$", "")).toList();
        Regeneration regenerated = Regeneration.of(projectFiles, model.with(after), scaffolded, edits, users -> {
            boolean onlyVersions = users.stream().allMatch(user -> remainingPackages.stream().anyMatch(user::startsWith));
            References.requireNone(users, what, remaining.isEmpty() || !onlyVersions ? "change them first"
                    : "delete the versions that extend it first (" + versionsOf(remaining) + "), or declare their "
                            + "Spec and Status fields themselves instead of extending");
        });

        FileSet.Builder files = FileSet.builder();
        regenerated.files().files().forEach(files::add);
        Resource any = targets.get(0);
        String crd = ToolOwned.CRD_DIR + "/" + any.plural() + "." + any.group() + ".yaml";
        if (regenerated.files().get(crd) == null && projectFiles.exists(KUSTOMIZATION)) {
            MarkerEdit.applyAll(projectFiles, "", List.of(new MarkerEdit.RemoveLine(KUSTOMIZATION,
                    "- " + crd.substring("config/".length())))).forEach(files::add);
        }
        String description = String.format("%s (%s)", kind, targets.stream().map(Resource::apiVersion)
                .collect(Collectors.joining(", ")));
        return new Deletion(description, files.build(), scaffolded, regenerated.obsolete(), notes);
    }

    /** Every kind of the project, for an error that names what is there. */
    static String inventory(ProjectFile project) {
        List<Resource> kinds = project.resources().stream().filter(Resource::api).toList();
        return kinds.isEmpty() ? "it has no kinds (add one with 'opctl add api')"
                : "it has " + kinds.stream().map(r -> r.gvk().toString())
                        .collect(Collectors.joining(", "));
    }

    private static String versionsOf(List<Resource> versions) {
        return versions.stream().map(Resource::version).collect(Collectors.joining(", "));
    }
}
