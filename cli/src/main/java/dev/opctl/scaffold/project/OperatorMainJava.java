package dev.opctl.scaffold.project;

import com.squareup.javapoet.ClassName;
import dev.opctl.engine.GeneratedFile;
import dev.opctl.scaffold.ProjectModel;
import dev.opctl.scaffold.Template;

/**
 * {@code OperatorMain.java}: the user-owned class that starts the operator, reads its settings from the
 * environment, elects a leader, and stops gracefully, from the template
 * {@code templates/project/src/main/java/OperatorMain.java.mustache}. Later commands insert code at
 * its {@code // +opctl:scaffold:} markers.
 */
public final class OperatorMainJava implements Template {
    /** The simple name of the class serving the metrics, written from a template. */
    static final String METRICS_SERVER = "MetricsServer";
    /** The client the operator talks to the API server through, for the scaffolds that use it too. */
    static final ClassName KUBERNETES_CLIENT = ClassName.get("io.fabric8.kubernetes.client", "KubernetesClient");

    private static final Template FILE = ProjectJavaFile.main("OperatorMain");

    @Override
    public GeneratedFile render(ProjectModel model) {
        return FILE.render(model);
    }
}
