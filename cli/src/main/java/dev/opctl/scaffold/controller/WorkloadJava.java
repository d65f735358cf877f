package dev.opctl.scaffold.controller;

import com.squareup.javapoet.ClassName;
import dev.opctl.engine.GeneratedFile;
import dev.opctl.project.ProjectFile.Resource;
import dev.opctl.scaffold.ProjectModel;
import dev.opctl.scaffold.api.Workload;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * A workload controller, the classic operator: the custom resource describes an application; its
 * reconciler, on JOSDK dependent resources, runs it as a Deployment or StatefulSet and a Service,
 * both owned by the resource, and mirrors the ready replicas into the status. The four classes
 * are written from {@code templates/controller/workload/}, which read these values after those of
 * {@link ControllerProject} and {@link ReconcilerJava}.
 *
 * @param resource the kind that describes the application
 * @param runs what the controller runs for each resource
 */
record WorkloadJava(Resource resource, Workload runs) {
    /** The reconciler, the two dependent resources and the test. */
    static List<GeneratedFile> render(ProjectModel model, Resource resource, Workload workload) {
        WorkloadJava runs = new WorkloadJava(resource, workload);
        Function<Set<String>, Object[]> scope = qualified -> {
            Object[] reconciler = ReconcilerJava.scopes(model, resource, qualified);
            return new Object[] {reconciler[0], reconciler[1], runs};
        };
        ClassName reconciler = Controllers.reconciler(model, resource);
        return List.of(
                Controllers.main(workloadDependent(model, resource, workload), "workload/Workload", resource, scope),
                Controllers.main(reconciler.peerClass(resource.kind() + "Service"), "workload/Service", resource,
                        scope),
                Controllers.main(reconciler, "workload/Reconciler", resource, scope),
                Controllers.test(reconciler.peerClass(reconciler.simpleName() + "Test"), "workload/ReconcilerTest",
                        resource, scope));
    }

    /** The dependent resource of the Deployment or StatefulSet, e.g. {@code MemcachedDeployment}. */
    static ClassName workloadDependent(ProjectModel model, Resource resource, Workload workload) {
        return ClassName.get(Controllers.controllerPackage(model), resource.kind() + workload.kind());
    }

    /** {@code Deployment} or {@code StatefulSet}. */
    public String workload() {
        return runs.kind();
    }

    /** The workload's variable, {@code deployment} or {@code statefulSet}. */
    public String variable() {
        return runs.headless() ? "statefulSet" : "deployment";
    }

    /** Whether it is a StatefulSet, with a headless Service. */
    public boolean headless() {
        return runs.headless();
    }

    /** The container's name, the kind in lower case. */
    public String container() {
        return resource.kind().toLowerCase(Locale.ROOT);
    }

    /** The image the test sets in the spec, as a Java string literal. */
    public String image() {
        return Controllers.literal(runs.image());
    }

    public int port() {
        return runs.port();
    }

}
