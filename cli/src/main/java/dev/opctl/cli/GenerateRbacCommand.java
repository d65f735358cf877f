package dev.opctl.cli;

import dev.opctl.engine.FileSet;
import dev.opctl.engine.ProjectLock;
import dev.opctl.project.ProjectFile;
import dev.opctl.rbac.RbacGenerator;
import dev.opctl.scaffold.ToolOwned;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code opctl generate rbac}: the operator's ClusterRole. */
@Command(
        name = "rbac",
        description = {
            "Writes the operator's ClusterRole, config/rbac/role.yaml: for each controller in PROJECT, its kind "
                    + "(get, list, watch, patch, update) with /status (get, patch, update) and /finalizers (update); "
                    + "plus what '+opctl:rbac:groups=G,resources=R,verbs=V' marker comments in src/main/java grant. "
                    + "Merged, deduplicated and sorted; '*' is refused."
        })
final class GenerateRbacCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;

    @Mixin
    CheckOption check;

    private final Path workingDir;

    GenerateRbacCommand(Path workingDir) {
        this.workingDir = workingDir;
    }

    @Override
    public Integer call() {
        try (ProjectLock lock = check.check
                ? Locks.acquireProjectToRead(workingDir, check.spec.qualifiedName(), check.spec.commandLine().getErr())
                : Locks.acquireProject(workingDir, check.spec.qualifiedName(), check.spec.commandLine().getErr())) {
            ProjectFile project = ProjectFile.read(workingDir);
            FileSet files = FileSet.builder()
                    .add(RbacGenerator.role(project, workingDir.resolve(ToolOwned.SOURCES), Map.of(),
                            w -> Failure.warn(check.spec.commandLine().getErr(), w)))
                    .build();
            return check.writeOrCheck(lock, workingDir, files, "RBAC");
        }
    }
}
