package dev.opctl.scaffold;

import dev.opctl.Versions;
import dev.opctl.project.License;
import dev.opctl.project.ProjectFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything templates know about a project: its {@code PROJECT} file, the versions opctl pins and
 * the names derived from them. Accessors are read by the Mustache templates by name.
 *
 * @param project the project file
 * @param projectVersion the Maven version of the project (only known when the project is created)
 * @param versions the library and plugin versions of this opctl
 */
public record ProjectModel(ProjectFile project, String projectVersion, Versions versions) {
    /** The port the health probes are served on, in the code and in the Deployment. */
    public static final int HEALTH_PORT = 8081;
    /** The port the Prometheus metrics are served on, in the code and in the Deployment. */
    public static final int METRICS_PORT = 8080;
    /** The port the admission webhooks are served on (HTTPS), as controller-runtime's default. */
    public static final int WEBHOOK_PORT = 9443;

    public ProjectModel {
        Objects.requireNonNull(project, "project == null");
        Objects.requireNonNull(projectVersion, "projectVersion == null");
        Objects.requireNonNull(versions, "versions == null");
    }

    /** The model of an existing project, for commands after {@code opctl new}. */
    public static ProjectModel of(ProjectFile project) {
        return new ProjectModel(project, "", Versions.current());
    }

    /** This model with another project file, e.g. one a command is about to write. */
    public ProjectModel with(ProjectFile updated) {
        return new ProjectModel(updated, projectVersion, versions);
    }

    public String name() {
        return project.projectName();
    }

    public String domain() {
        return project.domain();
    }

    public String javaPackage() {
        return project.javaPackage();
    }

    /** The base package as a path, e.g. {@code com/example/demooperator}. */
    public String packagePath() {
        return project.javaPackage().replace('.', '/');
    }

    public String groupId() {
        return project.groupId();
    }

    public String artifactId() {
        return project.artifactId();
    }

    /**
     * The git ref of opctl's repository that the project's CI installs opctl from: the release tag
     * of the opctl that made the project, or {@code main} for a development build.
     */
    public String opctlGitRef() {
        return versions.opctl().endsWith("-SNAPSHOT") ? "main" : "v" + versions.opctl();
    }

    /** The class that starts the operator. */
    public String mainClass() {
        return "OperatorMain";
    }

    /** The namespace the operator is deployed to. */
    public String namespace() {
        return name() + "-system";
    }

    public String deploymentName() {
        return name() + "-controller-manager";
    }

    public String serviceAccountName() {
        return name() + "-controller-manager";
    }

    /** The ClusterRole holding the controllers' permissions. */
    public String clusterRoleName() {
        return name() + "-manager-role";
    }

    public int healthPort() {
        return HEALTH_PORT;
    }

    public int metricsPort() {
        return METRICS_PORT;
    }

    /**
     * What a Java file written from a Mustache template starts with: the license header as line
     * comments and a blank line, or nothing.
     */
    public String javaFileHeader() {
        List<String> lines = licenseHeader();
        return lines.isEmpty() ? "" : "// " + String.join("\n// ", lines) + "\n\n";
    }

    /**
     * The comment that starts a tool-owned Java file written from a template: the license header,
     * if any, and opctl's "do not edit" line, then a blank line.
     */
    public String toolJavaFileHeader() {
        List<String> lines = new ArrayList<>(licenseHeader());
        lines.add(JavaSources.GENERATED_HEADER);
        return "// " + String.join("\n// ", lines) + "\n\n";
    }

    /** The port the admission webhooks are served on, in the code and in the Deployment. */
    public int webhookPort() {
        return WEBHOOK_PORT;
    }

    /**
     * The lines of the license header that starts every generated source file (without comment
     * markers); empty when the project declares no license.
     */
    public List<String> licenseHeader() {
        License license = project.license();
        if (license == License.NONE) {
            return List.of();
        }
        String owner = project.owner();
        return List.of("Copyright " + owner + (owner.endsWith(".") ? "" : "."),
                "SPDX-License-Identifier: " + license.spdx());
    }
}
