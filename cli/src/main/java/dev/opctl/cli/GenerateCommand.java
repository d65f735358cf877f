package dev.opctl.cli;

import dev.opctl.crd.CrdGenerator;
import dev.opctl.engine.FileSet;
import dev.opctl.engine.ProjectLock;
import dev.opctl.project.MavenClasspath;
import dev.opctl.project.ProjectFile;
import dev.opctl.scaffold.ProjectCheck;
import dev.opctl.scaffold.ProjectFiles;
import dev.opctl.scaffold.ProjectModel;
import dev.opctl.scaffold.SampleCheck;
import dev.opctl.scaffold.VersionsCheck;
import dev.opctl.scaffold.ToolOwned;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code opctl generate}: regenerates every tool-owned artifact of the project. */
@Command(
        name = "generate",
        commandListHeading = "%nCommands:%n",
        description = {
            "Regenerates every file opctl owns from the project's sources and PROJECT file: the CRDs in "
                    + "config/crd (see 'opctl generate crds'), the ClusterRole in config/rbac/role.yaml (see "
                    + "'opctl generate rbac') and ReconcilerRegistry.java. Run it after editing custom resource "
                    + "types or reconcilers; in CI run it with --check.",
            "",
            "Running it twice changes nothing; the output does not depend on the machine, locale or file order."
        })
final class GenerateCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;

    @Mixin
    CheckOption check;

    @Mixin
    CrdOptions crdOptions;

    private final Path workingDir;

    GenerateCommand(Path workingDir) {
        this.workingDir = workingDir;
    }

    @Override
    public Integer call() {
        return run(workingDir, crdOptions.maxDescriptionLength, check.check ? check.rerun() : null,
                check.spec.commandLine().getOut(), check.spec.commandLine().getErr());
    }

    /**
     * Runs the command with {@code --max-description-length} (null where not given).
     *
     * @param rerun with --check, the command that brings stale files up to date; else null
     */
    static int run(Path workingDir, Integer maxDescriptionLength, String rerun, PrintWriter out,
            PrintWriter err) {
        boolean check = rerun != null;
        try (ProjectLock lock = check ? Locks.acquireProjectToRead(workingDir, "opctl generate", err)
                : Locks.acquireProject(workingDir, "opctl generate", err)) {
            ProjectModel model = ProjectModel.of(ProjectFile.read(workingDir));
            ProjectFiles project = ProjectFiles.on(workingDir);
            ProjectCheck.requireSources(project, model);
            // PROJECT says how descriptions are cut; --max-description-length overrides it for this run.
            CrdGenerator.Options options = maxDescriptionLength != null ? CrdOptions.options(maxDescriptionLength)
                    : ToolOwned.crdOptions(model);
            // Types the sources use but do not declare come from the Maven dependencies (resolved when one is met).
            options = options.withClasspath(
                    () -> MavenClasspath.resolve(workingDir, GenerateCrdsCommand.notice(err), null))
                    .withJavaRelease(MavenClasspath.javaRelease(workingDir));
            // Said once the files are written (or checked): a command that fails says its error alone.
            List<String> warnings = new ArrayList<>();
            FileSet files = ToolOwned.render(project, model, Map.of(), options, warnings::add);
            warnings.addAll(SampleCheck.problems(project, files));
            warnings.addAll(VersionsCheck.problems(files));
            List<String> obsolete = ToolOwned.obsolete(project, files);
            ProjectCheck.requireKustomization(project, files, obsolete);
            int exitCode = CheckOption.writeOrCheck(lock, out, check, rerun, workingDir, files, obsolete,
                    "tool-owned");
            warnings.forEach(w -> Failure.warn(err, w));
            return exitCode;
        }
    }
}
