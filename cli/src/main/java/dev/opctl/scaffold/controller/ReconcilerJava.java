package dev.opctl.scaffold.controller;

import dev.opctl.engine.GeneratedFile;
import dev.opctl.naming.Names;
import dev.opctl.project.ProjectFile.Resource;
import dev.opctl.scaffold.ProjectModel;
import java.util.function.Function;

/**
 * {@code KindReconciler.java}, the user's Java Operator SDK reconciler of a custom resource, from
 * {@code templates/controller/Reconciler.java.mustache}; its test's template reads the same values.
 *
 * @param model the project
 * @param resource the kind the reconciler reconciles
 */
record ReconcilerJava(ProjectModel model, Resource resource) {
    static GeneratedFile render(ProjectModel model, Resource resource) {
        return Controllers.main(Controllers.reconciler(model, resource), "Reconciler",
                new ReconcilerJava(model, resource));
    }

    public String javaFileHeader() {
        return model.javaFileHeader();
    }

    public String controllerPackage() {
        return Controllers.controllerPackage(model);
    }

    public String kind() {
        return resource.kind();
    }

    /** The package of the kind's classes, e.g. {@code com.example.api.cache.v1alpha1}. */
    public String kindPackage() {
        return resource.javaPackage();
    }

    public String apiVersion() {
        return resource.apiVersion();
    }

    /** The kind after "a" or "an": "a Memcached". */
    public String aKind() {
        return Names.withArticle(resource.kind());
    }

    public boolean namespaced() {
        return resource.namespaced();
    }

    public Function<String, String> wrap() {
        return Controllers.WRAP;
    }
}
