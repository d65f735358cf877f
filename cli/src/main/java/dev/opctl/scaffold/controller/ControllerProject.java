package dev.opctl.scaffold.controller;

import dev.opctl.scaffold.ProjectModel;
import java.util.function.Function;

/**
 * What every template under {@code templates/controller/} reads of the project; the scaffold's own
 * record (the kind, the workload) comes after it in the template's scopes.
 *
 * @param model the project
 */
record ControllerProject(ProjectModel model) {
    public String javaFileHeader() {
        return model.javaFileHeader();
    }

    public String controllerPackage() {
        return Controllers.controllerPackage(model);
    }

    /** The project's name: the Events' source and a workload's {@code managed-by} label. */
    public String name() {
        return model.name();
    }

    /** The {@code {{#wrap}}} lambda: breaks a long signature or call as JavaPoet did. */
    public Function<String, String> wrap() {
        return Controllers.WRAP;
    }
}
