package dev.opctl.rbac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.opctl.engine.OpctlException;
import java.util.List;
import org.junit.jupiter.api.Test;

class RbacMarkerTest {
    private static final Kinds.Kind PODS = new Kinds.Kind("", "pods", true);
    private static final Kinds.Kind DEPLOYMENTS = new Kinds.Kind("apps", "deployments", true);

    @Test
    void readsTheCoreGroupAsTheEmptyOneAndEachValueStripped() {
        RbacMarker marker = RbacMarker.parse("groups=core;apps, resources=\"pods/log\", verbs=get; list", "A.java:3");
        assertEquals(List.of("", "apps"), marker.get("groups"));
        assertEquals(List.of("pods/log"), marker.get("resources"));
        assertEquals(List.of("get", "list"), marker.get("verbs"));
        assertEquals(List.of(), marker.get("resourceNames"));
        assertFalse(marker.urls());
    }

    @Test
    void namesAKindByItsGroupAndItsResourceOrASubresource() {
        assertTrue(RbacMarker.parse("groups=core,resources=pods/portforward,verbs=get;create", "A.java:3").names(PODS));
        assertTrue(RbacMarker.parse("groups=core,resources=pods,verbs=get", "A.java:3").names(PODS));
        assertFalse(RbacMarker.parse("groups=core,resources=pods,verbs=get", "A.java:3").names(DEPLOYMENTS));
        assertFalse(RbacMarker.parse("groups=apps,resources=pods,verbs=get", "A.java:3").names(PODS));
        assertFalse(RbacMarker.parse("groups=core,resources=podsx,verbs=get", "A.java:3").names(PODS));
        assertFalse(RbacMarker.parse("urls=/metrics,verbs=get", "A.java:3").names(PODS));
    }

    @Test
    void takesGroupsAndResourcesAsTheApiServerNamesThem() {
        RbacMarker marker = RbacMarker.parse("groups=core;policy;cert-manager.io;a1.example.com,"
                + "resources=pods;pods/log;deployments/scale;certificaterequests,verbs=get", "A.java:3");
        assertEquals(List.of("", "policy", "cert-manager.io", "a1.example.com"), marker.get("groups"));
        assertEquals(List.of("pods", "pods/log", "deployments/scale", "certificaterequests"), marker.get("resources"));
    }

    @Test
    void tellsWhereAndWhatIsWrong() {
        assertEquals("A.java:3: invalid marker '+opctl:rbac:groups=apps,groups=core': 'groups' is given twice: "
                + "separate several values with ';'", message("groups=apps,groups=core"));
        assertEquals("A.java:3: invalid marker '+opctl:rbac:groups=*,resources=pods,verbs=get': name each API group; "
                + "opctl never grants '*'", message("groups=*,resources=pods,verbs=get"));
        assertEquals("A.java:3: invalid marker '+opctl:rbac:urls=metrics,verbs=get': a URL is a path such as "
                + "/metrics, with '*' only at its end (/healthz/*)", message("urls=metrics,verbs=get"));
        assertTrue(message("groups=example.COM,resources=pods,verbs=get")
                .contains("'example.COM' is not an API group"));
        assertTrue(message("groups=core,resources=pods/,verbs=get").contains("'pods/' is not a resource's name"));
        // It said "opctl never grants '*'" (trial /tmp/trial31 #6); groups=apps; made a rule of the core group.
        assertEquals("A.java:3: invalid marker '+opctl:rbac:groups=apps,resources=deployments;,verbs=get': "
                + "'resources' has an empty value: a ';' too many?", message("groups=apps,resources=deployments;,verbs=get"));
        assertTrue(message("groups=apps;,resources=deployments,verbs=get").contains("'groups' has an empty value"));
        assertEquals(List.of(""), RbacMarker.parse("groups=\"\",resources=pods,verbs=get", "A.java:3").get("groups"));
        assertTrue(message("groups=apps,resources=pods").contains("give groups=..., resources=... and verbs=..."));
    }

    private static String message(String text) {
        return assertThrows(OpctlException.class, () -> RbacMarker.parse(text, "A.java:3")).getMessage();
    }
}
