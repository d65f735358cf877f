package dev.opctl.scaffold.controller;

import dev.opctl.engine.GeneratedFile;
import dev.opctl.naming.Names;
import dev.opctl.project.ProjectFile.Resource;
import dev.opctl.scaffold.ProjectModel;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code KindReconciler.java}, the user's Java Operator SDK reconciler of a custom resource, from
 * {@code templates/controller/Reconciler.java.mustache}; its test's template reads the same values.
 *
 * @param model the project
 * @param resource the kind the reconciler reconciles
 * @param types the names of the kind's classes in the file
 */
record ReconcilerJava(ProjectModel model, Resource resource, KindTypes types) {
    static GeneratedFile render(ProjectModel model, Resource resource) {
        return Controllers.main(Controllers.reconciler(model, resource), "Reconciler", resource,
                qualified -> scope(model, resource, qualified));
    }

    /** The scope of the templates, the kind's classes {@code qualified} written fully qualified. */
    static ReconcilerJava scope(ProjectModel model, Resource resource, Set<String> qualified) {
        return new ReconcilerJava(model, resource, new KindTypes(resource.javaPackage(), resource.kind(), qualified));
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

    /** The kind's class as the file writes it: {@code Memcached}, or qualified if that name clashes. */
    public String kindType() {
        return types.kindType();
    }

    public String specType() {
        return types.specType();
    }

    public String statusType() {
        return types.statusType();
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
