package dev.opctl.scaffold.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.opctl.engine.ExitCode;
import dev.opctl.engine.OpctlException;
import dev.opctl.project.BuiltInKind;
import dev.opctl.project.GroupVersionKind;
import dev.opctl.project.License;
import dev.opctl.project.ProjectFile;
import dev.opctl.project.ProjectFile.Resource;
import dev.opctl.project.Scope;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of {@code opctl add controller}, in memory: which kind a request names. */
class ControllerRequestTest {
    private static final Resource MEMCACHED = Resource.api(new GroupVersionKind("cache.example.com", "v1",
            "Memcached"), "memcacheds", Scope.NAMESPACED, "com.example.demooperator.api.cache.v1");
    private static final ProjectFile DEMO = new ProjectFile(ProjectFile.CURRENT_LAYOUT, "0.0.1", "demo-operator",
            "example.com", "com.example.demooperator", "com.example", "demo-operator", License.APACHE2,
            "Example Corp.").with(MEMCACHED);

    private static String refused(ControllerRequest request) {
        OpctlException e = assertThrows(OpctlException.class, () -> request.resolve(DEMO));
        assertEquals(ExitCode.INVALID_INPUT, e.exitCode());
        return e.getMessage();
    }

    @Test
    void aKindOfTheProjectIsFoundByItsNameAlone() {
        ControllerRequest.Target target = new ControllerRequest(null, null, "Memcached", List.of()).resolve(DEMO);
        assertEquals(MEMCACHED, target.resource());
        assertNull(target.builtIn());
    }

    @Test
    void aBuiltInKindIsNamedByItsGroupAndMayWatchOthers() {
        ControllerRequest.Target target = new ControllerRequest("core", null, "Service", List.of("Pod", "ConfigMap"))
                .resolve(DEMO);
        assertNull(target.resource());
        assertEquals(new GroupVersionKind("", "v1", "Service"), target.builtIn().gvk());
        assertEquals(List.of("Pod", "ConfigMap"), target.watched().stream().map(BuiltInKind::kind).toList());
    }

    @Test
    void whatDoesNotFitIsRefusedWithWhatToDo() {
        assertEquals("opctl knows Deployment as apps/v1, not version v2; drop --version or use v1",
                refused(new ControllerRequest("apps", "v2", "Deployment", List.of())));
        assertEquals("--watch is for controllers of built-in kinds (e.g. --group core --version v1 --kind Service "
                + "--watch Pod); watch from a custom kind's reconciler in its code",
                refused(new ControllerRequest(null, null, "Memcached", List.of("Pod"))));
        assertTrue(refused(new ControllerRequest("core", null, "Service", List.of("Widget")))
                .startsWith("--watch Widget: not a built-in kind opctl knows; use one of "));
    }
}
