package dev.opctl.scaffold.controller;

import dev.opctl.engine.GeneratedFile;
import dev.opctl.project.BuiltInKind;
import dev.opctl.project.ProjectFile.Resource;
import dev.opctl.scaffold.ProjectModel;
import java.util.List;

/**
 * {@code KindReconcilerTest.java}: runs the reconciler on one resource, without a cluster, from
 * {@code templates/controller/ReconcilerTest.java.mustache} (or {@code BuiltInReconcilerTest} for
 * a kind Kubernetes defines).
 */
final class ReconcilerTestJava {
    private ReconcilerTestJava() {
    }

    /** The test of the reconciler of a built-in kind: it changes nothing yet. */
    static GeneratedFile builtIn(ProjectModel model, BuiltInKind primary) {
        BuiltInReconcilerJava reconciler = new BuiltInReconcilerJava(model, primary, List.of());
        return Controllers.test(reconciler.type().peerClass(primary.kind() + "ReconcilerTest"),
                "BuiltInReconcilerTest", new ControllerProject(model), reconciler);
    }

    static GeneratedFile render(ProjectModel model, Resource resource) {
        return Controllers.test(Controllers.reconciler(model, resource).peerClass(resource.kind() + "ReconcilerTest"),
                "ReconcilerTest", resource, qualified -> ReconcilerJava.scopes(model, resource, qualified));
    }
}
