package dev.opctl.scaffold.controller;

import dev.opctl.engine.OpctlException;
import dev.opctl.naming.Names;
import dev.opctl.project.BuiltInKind;
import dev.opctl.project.OwnKinds;
import dev.opctl.project.ProjectFile;
import dev.opctl.project.ProjectFile.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code opctl add controller} is asked for: a reconciler of {@code kind}, a kind of the
 * project or one Kubernetes defines.
 *
 * @param group the kind's group (short, full or {@code core}), or {@code null}
 * @param version the version to reconcile, or {@code null} for the kind's storage version
 * @param kind the kind
 * @param watch for a built-in kind, the built-in kinds to watch as secondary resources
 */
public record ControllerRequest(String group, String version, String kind, List<String> watch) {
    public ControllerRequest {
        Objects.requireNonNull(kind, "kind == null");
        watch = List.copyOf(watch);
    }

    /**
     * The kind to reconcile.
     *
     * @param resource the project's kind, or {@code null} for a built-in one
     * @param builtIn the built-in kind, or {@code null} for the project's
     * @param watched the built-in kinds a built-in kind's reconciler watches
     */
    public record Target(Resource resource, BuiltInKind builtIn, List<BuiltInKind> watched) {
    }

    /** The kind in {@code project}, or an error (exit code 2) naming the rule the request breaks. */
    public Target resolve(ProjectFile project) {
        Names.requireKind(kind);
        Optional<BuiltInKind> builtIn = group == null ? Optional.empty() : BuiltInKind.find(group, kind);
        boolean ownKind = project.resources().stream().anyMatch(r -> r.api() && r.kind().equals(kind));
        if (builtIn.isPresent() && !ownKind) {
            BuiltInKind primary = builtIn.get();
            if (version != null && !version.equals(primary.version())) {
                throw OpctlException.invalidInput(String.format("opctl knows %s as %s, not version %s; drop "
                        + "--version or use %s", kind, primary.apiVersion(), version, primary.version()));
            }
            List<BuiltInKind> watched = new ArrayList<>();
            for (String name : watch) {
                watched.add(BuiltInKind.find(null, name).orElseThrow(() -> OpctlException.invalidInput(String.format(
                        "--watch %s: not a built-in kind opctl knows; use one of %s", name, String.join(", ",
                                BuiltInKind.ALL.stream().map(BuiltInKind::kind).toList())))));
            }
            return new Target(null, primary, watched);
        }
        if (!watch.isEmpty()) {
            throw OpctlException.invalidInput("--watch is for controllers of built-in kinds (e.g. --group core "
                    + "--version v1 --kind Service --watch Pod); watch from a custom kind's reconciler in its code");
        }
        return new Target(OwnKinds.find(project, group, kind, version, "Service"), null, List.of());
    }
}
