package dev.opctl.scaffold.project;

import dev.opctl.engine.FileSet;
import dev.opctl.engine.OpctlException;
import dev.opctl.engine.Ownership;
import dev.opctl.engine.ProjectLock;
import dev.opctl.engine.ProjectWriter;
import dev.opctl.project.ProjectFile;
import dev.opctl.rbac.RbacGenerator;
import dev.opctl.scaffold.MustacheFile;
import dev.opctl.scaffold.ProjectModel;
import dev.opctl.scaffold.Template;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The files of a new operator project ({@code opctl new}). */
public final class NewProject {
    private static final List<Template> TEMPLATES = List.of(
            model -> model.project().toGeneratedFile(),
            mustache("README.md", Ownership.USER),
            mustache(".gitignore", Ownership.USER),
            mustache(".dockerignore", Ownership.USER),
            mustache(".github/workflows/ci.yml", Ownership.USER),
            mustache("Dockerfile", Ownership.USER),
            mustache("pom.xml", Ownership.USER),
            mustache(".mvn/jvm.config", Ownership.USER),
            ProjectJavaFile.main("OperatorMain"),
            new ReconcilerRegistryJava(),
            ProjectJavaFile.main("HealthServer"),
            ProjectJavaFile.main("MetricsServer"),
            mustache("src/main/resources/logback.xml", Ownership.USER),
            ProjectJavaFile.test("OperatorMainTest"),
            ProjectJavaFile.test("ManifestsTest"),
            ProjectJavaFile.test("OperatorE2ETest"),
            ProjectJavaFile.test("OperatorServiceAccount"),
            mustache("src/test/resources/logback-test.xml", Ownership.USER),
            mustache("src/test/resources/logging.properties", Ownership.USER),
            mustache("config/kustomization.yaml", Ownership.USER),
            mustache("config/manager/namespace.yaml", Ownership.USER),
            mustache("config/manager/manager.yaml", Ownership.USER),
            mustache("config/manager/metrics_service.yaml", Ownership.USER),
            mustache("config/prometheus/monitor.yaml", Ownership.USER),
            mustache("config/rbac/service_account.yaml", Ownership.USER),
            model -> RbacGenerator.role(model.project(), null, Map.of()),
            mustache("config/rbac/role_binding.yaml", Ownership.USER),
            mustache("config/rbac/leader_election_role.yaml", Ownership.USER),
            mustache("config/rbac/leader_election_role_binding.yaml", Ownership.USER));

    private NewProject() {
    }

    /** Renders every file of a new project, in memory. */
    public static FileSet render(ProjectModel model) {
        FileSet.Builder files = FileSet.builder();
        for (Template template : TEMPLATES) {
            files.add(template.render(model));
        }
        return files.build();
    }

    /**
     * Renders a new project and writes it to the directory {@code lock} holds, which must be empty
     * unless {@code force} is set.
     *
     * @throws OpctlException (conflict) when the directory has files in it and {@code force} is
     *     false; nothing is written then
     */
    public static ProjectWriter.Result create(ProjectLock lock, ProjectModel model, boolean force) {
        Path dir = lock.root();
        if (Files.exists(dir.resolve(ProjectFile.FILE_NAME), LinkOption.NOFOLLOW_LINKS)) {
            // Even with --force: a new PROJECT would forget the project's kinds, and the user's files be reset.
            throw OpctlException.conflict(String.format("%s is already an opctl project (it has a %s file); add to "
                    + "it with 'opctl add api' or 'opctl add controller', change it with 'opctl edit', or choose "
                    + "another --dir", dir, ProjectFile.FILE_NAME));
        }
        if (!force && !isEmpty(dir)) {
            throw OpctlException.conflict(String.format(
                    "directory %s already exists and is not empty; choose another --dir, or rerun with --force "
                            + "to add the project's files to it", dir));
        }
        return ProjectWriter.write(lock, dir, render(model), force);
    }

    /** Whether {@code dir} holds nothing but opctl's own working directory. */
    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.allMatch(p -> p.getFileName().toString().equals(ProjectLock.DIR));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Template mustache(String path, Ownership ownership) {
        return new MustacheFile("project", path, ownership);
    }
}
