package dev.opctl.cli;

import dev.opctl.Versions;
import dev.opctl.engine.ExitCode;
import dev.opctl.engine.OpctlException;
import dev.opctl.engine.ProjectLock;
import dev.opctl.engine.ProjectWriter;
import dev.opctl.naming.Names;
import dev.opctl.naming.Text;
import dev.opctl.project.License;
import dev.opctl.project.ProjectFile;
import dev.opctl.scaffold.ProjectModel;
import dev.opctl.scaffold.project.NewProject;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code opctl new NAME}: creates an operator project. */
@Command(
        name = "new",
        description = {
            "Creates a Kubernetes operator project: a Maven build with the Java Operator SDK, the operator's main "
                    + "class and reconciler registry, logging, a Dockerfile, deployment manifests under config/, "
                    + "a PROJECT file and a README. The project builds and passes its tests at once (mvn verify).",
            "",
            "Nothing is written when any value is invalid or the directory holds other files."
        })
final class NewCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;

    static final String DEFAULT_DOMAIN = "my.domain";
    static final String DEFAULT_PROJECT_VERSION = "0.1.0-SNAPSHOT";

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NAME",
            description = "Name of the project, such as memcached-operator: at most 47 lower-case letters, digits "
                    + "and '-', starting with a letter. Names the directory, the Maven artifactId, the image and the "
                    + "Kubernetes objects.")
    String name;

    @Option(names = "--domain", paramLabel = "DOMAIN", defaultValue = DEFAULT_DOMAIN,
            description = "Default: ${DEFAULT-VALUE}. The suffix of the project's API groups, like "
                    + "kubebuilder's --domain.")
    String domain;

    @Option(names = "--package", paramLabel = "PACKAGE",
            description = "Base Java package. Default: the reversed domain followed by NAME without "
                    + "dashes.")
    String javaPackage;

    @Option(names = "--group-id", paramLabel = "GROUP_ID",
            description = "Maven groupId. Default: the reversed domain.")
    String groupId;

    @Option(names = "--artifact-id", paramLabel = "ARTIFACT_ID",
            description = "Maven artifactId. Default: NAME.")
    String artifactId;

    @Option(names = "--project-version", paramLabel = "VERSION", defaultValue = DEFAULT_PROJECT_VERSION,
            description = "Default: ${DEFAULT-VALUE}. Maven version of the project.")
    String projectVersion;

    @Option(names = "--license", paramLabel = "LICENSE", defaultValue = "none", converter = LicenseConverter.class,
            description = "Default: ${DEFAULT-VALUE}. The license named in a header of every generated Java file: "
                    + "none or apache2 (an SPDX identifier and a copyright line).")
    License license;

    @Option(names = "--owner", paramLabel = "OWNER",
            description = "The copyright owner named in that header (needs --license). Default: The NAME Authors.")
    String owner;

    @Option(names = "--dir", paramLabel = "DIR",
            description = "Directory to create the project in. Default: ./NAME.")
    Path dir;

    @Option(names = "--force",
            description = "Create the project in a directory that is not empty, overwriting files of the same "
                    + "names. Other files are left alone.")
    boolean force;

    private final Path workingDir;

    /** Reads {@code --license} by the lower-case ids users type. */
    static final class LicenseConverter implements CommandLine.ITypeConverter<License> {
        @Override
        public License convert(String value) {
            try {
                return License.fromId(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    NewCommand(Path workingDir) {
        this.workingDir = workingDir;
    }

    @Override
    public Integer call() {
        Names.requireProjectName("project name", name);
        Names.requireDnsSubdomain("domain", domain);
        String pkg = javaPackage != null ? javaPackage : Names.defaultPackage(domain, name);
        String derivedGroup = groupId != null ? null : Names.defaultGroupId(domain);
        if (javaPackage == null && pkg.length() > Names.MAX_ID_LENGTH) {
            // Derived from a long --domain (valid up to 253 characters): say so, and what to give instead.
            boolean groupToo = derivedGroup != null && derivedGroup.length() > Names.MAX_ID_LENGTH;
            throw OpctlException.invalidInput(String.format("the package derived from --domain and NAME is %d "
                    + "characters, more than the %d opctl takes; give --package%s, or a shorter --domain", pkg.length(),
                    Names.MAX_ID_LENGTH, groupToo ? " and --group-id (derived from --domain too)" : ""));
        }
        Names.requireJavaPackage("package", pkg);
        String group = Names.requireMavenId("groupId", groupId != null ? groupId : derivedGroup);
        String artifact = Names.requireMavenId("artifactId", artifactId != null ? artifactId : name);
        Names.requireMavenId("project version", projectVersion);
        if (owner != null && license == License.NONE) {
            throw OpctlException.invalidInput("--owner names the copyright owner in a license header; add "
                    + "--license apache2, or drop --owner");
        }
        if (owner != null) {
            Text.requireOneLine("owner", owner, Text.MAX_FREE_TEXT, "--owner \"Example Corp.\"");
            Text.requireNoUnicodeEscape("owner", owner);
        }

        Versions versions = Versions.current();
        ProjectFile project = new ProjectFile(ProjectFile.CURRENT_LAYOUT, versions.opctl(), name, domain, pkg,
                group, artifact, license, owner != null ? owner.strip() : ProjectFile.defaultOwner(name));
        Path shown = dir != null ? Text.requirePath("--dir", dir) : Path.of(name);
        Path target = workingDir.resolve(shown).normalize();
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw OpctlException.conflict(target + " exists and is not a directory; choose another --dir");
        }
        ProjectWriter.Result result;
        try (ProjectLock lock = Locks.acquire(target, spec.qualifiedName(), spec.commandLine().getErr())) {
            result = NewProject.create(lock, new ProjectModel(project, projectVersion, versions), force);
        }

        PrintWriter out = spec.commandLine().getOut();
        out.printf("Created operator project %s in %s (%d files written, %d unchanged).%n",
                name, shown, result.created().size() + result.updated().size(), result.unchanged().size());
        out.println("Next steps:");
        out.printf("  cd %s%n", shown);
        out.println("  mvn verify");
        return ExitCode.OK.code();
    }
}
