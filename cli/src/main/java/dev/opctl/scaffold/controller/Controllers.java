package dev.opctl.scaffold.controller;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import dev.opctl.project.ProjectFile.Resource;
import dev.opctl.scaffold.JavaSources;
import dev.opctl.scaffold.ProjectModel;

/** Names of the controller classes of a project. */
public final class Controllers {
    private Controllers() {
    }

    /** The package of the project's reconcilers. */
    public static String controllerPackage(ProjectModel model) {
        return model.javaPackage() + ".controller";
    }

    /** The reconciler of {@code resource}: {@code <package>.controller.<Kind>Reconciler}. */
    public static ClassName reconciler(ProjectModel model, Resource resource) {
        return ClassName.get(controllerPackage(model), resource.kind() + "Reconciler");
    }

    /** Where the reconciler of {@code resource} is, relative to the project. */
    public static String reconcilerPath(ProjectModel model, Resource resource) {
        return path(reconciler(model, resource));
    }

    /** Where the test of the reconciler of {@code resource} is, relative to the project. */
    public static String testPath(ProjectModel model, Resource resource) {
        return "src/test/java/" + reconciler(model, resource).packageName().replace('.', '/') + "/"
                + resource.kind() + "ReconcilerTest.java";
    }

    /**
     * A reconciler's first log line: "Reconciling Memcached default/sample", or just the name of a
     * cluster-scoped resource, which has no namespace.
     */
    static CodeBlock logReconciling(String kind, boolean namespaced) {
        return namespaced
                ? CodeBlock.of("log.info($S,$Wresource.getMetadata().getNamespace(),$Wresource.getMetadata().getName());\n",
                        "Reconciling " + kind + " {}/{}")
                : CodeBlock.of("log.info($S, resource.getMetadata().getName());\n", "Reconciling " + kind + " {}");
    }

    /** Where the class {@code type} of the project is under {@code src/main/java}. */
    static String path(ClassName type) {
        return JavaSources.mainPath(type.packageName(), type.simpleName());
    }
}
