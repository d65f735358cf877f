package dev.opctl.scaffold.controller;

import com.squareup.javapoet.ClassName;
import dev.opctl.engine.GeneratedFile;
import dev.opctl.naming.Names;
import dev.opctl.project.BuiltInKind;
import dev.opctl.scaffold.ProjectModel;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code KindReconciler.java} for a built-in kind (a Service, a Deployment), from
 * {@code templates/controller/BuiltInReconciler.java.mustache}: no CRD, no status of its own to
 * write; optionally watching other built-in kinds as secondary resources.
 *
 * @param model the project
 * @param primary the kind the reconciler reconciles
 * @param watched the kinds it watches, in the order their event sources are registered
 */
record BuiltInReconcilerJava(ProjectModel model, BuiltInKind primary, List<BuiltInKind> watched) {
    /** A kind the reconciler watches, with its event source's variable, e.g. {@code configMaps}. */
    record Watched(String kind, String variable, String primary) {
    }

    static GeneratedFile render(ProjectModel model, BuiltInKind primary, List<BuiltInKind> watched) {
        BuiltInReconcilerJava reconciler = new BuiltInReconcilerJava(model, primary, watched);
        return Controllers.main(reconciler.type(), "BuiltInReconciler", new ControllerProject(model), reconciler);
    }

    ClassName type() {
        return ClassName.get(Controllers.controllerPackage(model), primary.kind() + "Reconciler");
    }

    public String kind() {
        return primary.kind();
    }

    /** The fabric8 class of the kind, e.g. {@code io.fabric8.kubernetes.api.model.Service}. */
    public String kindClass() {
        return primary.modelClass();
    }

    /** The fabric8 classes of the kind and of the kinds it watches, each once. */
    public List<String> kindImports() {
        return List.copyOf(Stream.concat(Stream.of(primary), watched.stream()).map(BuiltInKind::modelClass)
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    public String apiVersion() {
        return primary.apiVersion();
    }

    public String aKind() {
        return Names.withArticle(primary.kind());
    }

    public boolean namespaced() {
        return primary.namespaced();
    }

    public boolean watching() {
        return !watched.isEmpty();
    }

    public List<Watched> watchedKinds() {
        return watched.stream().map(w -> new Watched(w.kind(), variable(w), primary.kind())).toList();
    }

    /** The event sources, e.g. {@code pods, configMaps}. */
    public String watchedVariables() {
        return watched.stream().map(BuiltInReconcilerJava::variable).collect(Collectors.joining(", "));
    }

    private static String variable(BuiltInKind kind) {
        return Character.toLowerCase(kind.kind().charAt(0)) + kind.kind().substring(1) + "s";
    }
}
