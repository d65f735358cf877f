package dev.opctl.project;

import dev.opctl.engine.OpctlException;
import dev.opctl.project.ProjectFile.Resource;
import java.util.List;

/** The version of a kind of the project that a command's {@code --group}, {@code --kind} and {@code --version} name. */
public final class OwnKinds {
    private OwnKinds() {
    }

    /**
     * The version {@code version} of {@code kind} in {@code group} (short or full; {@code null} when
     * the kind's name is enough), or without {@code version} the kind's storage version (the first
     * added, unless 'add api --storage' moved it).
     *
     * @param builtInExample a built-in kind for the error's example, e.g. {@code Service}
     * @throws OpctlException (invalid input) when the project has no such kind or version, or the
     *     kind is in several groups and none is named
     */
    public static Resource find(ProjectFile project, String group, String kind, String version, String builtInExample) {
        List<Resource> candidates = project.resources().stream()
                .filter(r -> r.kind().equals(kind) && r.api())
                .filter(r -> group == null || r.group().equals(group) || r.group().equals(group + "."
                        + project.domain()))
                .toList();
        if (candidates.isEmpty()) {
            throw OpctlException.invalidInput(String.format("the project has no kind %s%s; add it first with "
                    + "'opctl add api --group G --version V --kind %s', or name a built-in kind with its group "
                    + "(e.g. --group core --version v1 --kind %s)", kind, group == null ? "" : " in group "
                    + group, kind, builtInExample));
        }
        if (candidates.stream().map(Resource::group).distinct().count() > 1) {
            throw OpctlException.invalidInput(String.format("kind %s is in several groups (%s); choose one with "
                    + "--group", kind, String.join(", ", candidates.stream().map(Resource::group).distinct()
                    .toList())));
        }
        String wanted = version != null ? version : project.storageVersion(candidates.get(0).group(), kind)
                .orElse(candidates.get(0).version());
        return candidates.stream()
                .filter(r -> r.version().equals(wanted)).findFirst()
                .orElseThrow(() -> OpctlException.invalidInput(String.format("kind %s has no version %s; it has %s",
                        kind, version, String.join(", ", candidates.stream().map(Resource::version).toList()))));
    }
}
