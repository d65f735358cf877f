package dev.opctl.scaffold.controller;

import com.squareup.javapoet.ClassName;
import dev.opctl.project.ProjectFile.Resource;
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
}
