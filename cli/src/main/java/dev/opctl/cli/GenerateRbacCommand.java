package dev.opctl.cli;

import dev.opctl.engine.FileSet;
import dev.opctl.engine.ProjectLock;
import dev.opctl.project.MavenClasspath;
import dev.opctl.project.ProjectFile;
import dev.opctl.rbac.RbacGenerator;
import dev.opctl.scaffold.ToolOwned;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code opctl generate rbac}: the operator's ClusterRole. */
@Command(
        name = "rbac",
        description = {
            "Writes the operator's ClusterRole, config/rbac/role.yaml, least privilege: for each controller in "
                    + "PROJECT, its kind (list, watch); what the Java Operator SDK code in src/main/java shows it uses "
                    + "(status patches, a Cleaner's finalizer, informers, dependent resources and workflows, chains of "
                    + "calls on the client); plus what '+opctl:rbac:groups=G,resources=R,verbs=V[,resourceNames=N]' and "
                    + "'+opctl:rbac:urls=U,verbs=V' marker comments grant. Merged, deduplicated and sorted; '*' is "
                    + "refused. A kind the code uses that opctl cannot grant is a warning."
        })
final class GenerateRbacCommand implements Callable<Integer> {
    private static final String NAME = "opctl generate rbac";

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
        return run(workingDir, check.check ? check.rerun() : null, check.spec.commandLine().getOut(),
                check.spec.commandLine().getErr());
    }

    /** @param rerun with --check, the command that brings stale files up to date; else null */
    static int run(Path workingDir, String rerun, PrintWriter out, PrintWriter err) {
        boolean check = rerun != null;
        try (ProjectLock lock = check ? Locks.acquireProjectToRead(workingDir, NAME, err)
                : Locks.acquireProject(workingDir, NAME, err)) {
            ProjectFile project = ProjectFile.read(workingDir);
            FileSet files = FileSet.builder()
                    .add(RbacGenerator.role(project, workingDir.resolve(ToolOwned.SOURCES), Map.of(),
                            () -> MavenClasspath.resolve(workingDir, GenerateCrdsCommand.notice(err), null),
                            w -> Failure.warn(err, w)))
                    .build();
            return CheckOption.writeOrCheck(lock, out, check, rerun, workingDir, files, List.of(), "RBAC");
        }
    }
}
