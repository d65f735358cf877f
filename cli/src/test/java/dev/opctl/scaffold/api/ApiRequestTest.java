package dev.opctl.scaffold.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.opctl.engine.ExitCode;
import dev.opctl.engine.OpctlException;
import dev.opctl.project.License;
import dev.opctl.project.ProjectFile.Resource;
import dev.opctl.project.ProjectFile;
import dev.opctl.project.Scope;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of {@code opctl add api}, in memory: no project on disk. */
class ApiRequestTest {
    private static final ProjectFile DEMO = new ProjectFile(ProjectFile.CURRENT_LAYOUT, "0.0.1", "demo-operator",
            "example.com", "com.example.demooperator", "com.example", "demo-operator", License.APACHE2,
            "Example Corp.");

    private static ApiRequest request(String group, String version, List<String> shortNames, boolean storage) {
        return new ApiRequest(group, null, version, "Memcached", null, Scope.NAMESPACED, shortNames, List.of(), false, storage,
                null);
    }

    @Test
    void joinsTheGroupToTheDomainAndNamesThePackageAfterIt() {
        Resource r = request("cache", "v1alpha1", null, false).resolve(DEMO).resource();
        assertEquals("cache.example.com", r.group());
        assertEquals("com.example.demooperator.api.cache.v1alpha1", r.javaPackage());
        assertEquals("memcacheds", r.plural());
        assertTrue(r.storage(), "the first version of a kind is stored");
        Resource foreign = request("cache.acme.io", "v1", null, false).resolve(DEMO).resource();
        assertEquals("com.example.demooperator.api.io.acme.cache.v1", foreign.javaPackage());
    }

    @Test
    void aLaterVersionKeepsTheNamesOfTheKindAndTheStorageUnlessMoved() {
        ApiModel v1 = request("cache", "v1", List.of("mc"), false).resolve(DEMO);
        ProjectFile project = DEMO.with(v1.resource());
        ApiRequest v2 = request("cache", "v2", null, false);
        ApiModel second = v2.resolve(project);
        assertEquals(List.of("mc"), second.resource().shortNames());
        assertFalse(second.storage());
        assertEquals(List.of(), v2.demoted(project, second));

        ApiRequest stored = request("cache", "v2", null, true);
        ApiModel moved = stored.resolve(project);
        assertTrue(moved.storage());
        assertEquals(List.of(v1.resource()), stored.demoted(project, moved));

        OpctlException renamed = assertThrows(OpctlException.class,
                () -> request("cache", "v2", List.of("mem"), false).resolve(project));
        assertEquals(ExitCode.INVALID_INPUT, renamed.exitCode());
        assertEquals("Memcached cache.example.com/v1 is namespaced with plural memcacheds, short names [mc] and "
                + "categories []; a new version of it must keep them", renamed.getMessage());
    }

    @Test
    void aLaterVersionKeepsThePluralTheKindWasAddedWith() {
        // A kind added by an earlier opctl, whose plural rules were simpler (Shelf: shelfs).
        Resource shelfs = new ApiRequest("shop", null, "v1", "Shelf", "shelfs", Scope.NAMESPACED, null, List.of(),
                false, false, null).resolve(DEMO).resource();
        ApiRequest v2 = new ApiRequest("shop", null, "v2", "Shelf", null, Scope.NAMESPACED, null, List.of(), false,
                false, null);
        assertEquals("shelfs", v2.resolve(DEMO.with(shelfs)).resource().plural());
        assertEquals("shelves", v2.resolve(DEMO).resource().plural());
    }

    @Test
    void theCoreGroupAndBadNamesAreRefused() {
        assertEquals("the core group is Kubernetes' own; give your API a group, e.g. --group apps (joined to the "
                + "domain)", assertThrows(OpctlException.class,
                        () -> request("core", "v1", null, false).resolve(DEMO)).getMessage());
        assertEquals(ExitCode.INVALID_INPUT, assertThrows(OpctlException.class,
                () -> request("cache", "1.0", null, false).resolve(DEMO)).exitCode());
    }
}
