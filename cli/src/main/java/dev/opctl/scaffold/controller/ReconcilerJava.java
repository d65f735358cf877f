package dev.opctl.scaffold.controller;

import dev.opctl.engine.GeneratedFile;
import dev.opctl.naming.Names;
import dev.opctl.project.ProjectFile.Resource;
import dev.opctl.scaffold.ProjectModel;
import java.util.Set;

/**
 * {@code KindReconciler.java}, the user's Java Operator SDK reconciler of a custom resource, from
 * {@code templates/controller/Reconciler.java.mustache}: what its template reads of the kind, after
 * {@link ControllerProject}. Its test's template and the workload's read the same values.
 *
 * @param resource the kind the reconciler reconciles
 * @param types the names of the kind's classes in the file
 */
record ReconcilerJava(Resource resource, KindTypes types) {
    static GeneratedFile render(ProjectModel model, Resource resource) {
        return Controllers.main(Controllers.reconciler(model, resource), "Reconciler", resource,
                qualified -> scopes(model, resource, qualified));
    }

    /** The scopes of the templates, the kind's classes {@code qualified} written fully qualified. */
    static Object[] scopes(ProjectModel model, Resource resource, Set<String> qualified) {
        return new Object[] {new ControllerProject(model),
            new ReconcilerJava(resource, new KindTypes(resource.javaPackage(), resource.kind(), qualified))};
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
}
