package dev.opctl.crd;

import static dev.opctl.crd.Declarations.apply;
import static dev.opctl.crd.Declarations.field;
import static dev.opctl.crd.Declarations.target;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.opctl.crd.model.Doc;
import dev.opctl.engine.OpctlException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ListMapMarkersRule}: controller-tools' list and map markers, checked against the schema's type. */
class ListMapMarkersRuleTest {
    private final ListMapMarkersRule rule = new ListMapMarkersRule();

    private static SchemaTarget marked(Doc.Marker... markers) {
        return target("ports", "array", field("ports", new Doc(null, List.of(markers), "Spec.java:5")));
    }

    private static Doc.Marker marker(String name, String value, int line) {
        return new Doc.Marker(name, value, "Spec.java:" + line);
    }

    @Test
    void aListMapWithItsKeys() {
        var target = marked(marker("listType", "map", 3), marker("listMapKey", "name", 4), marker("kubebuilder:x",
                null, 4));
        assertEquals("{\"type\":\"array\",\"x-kubernetes-list-map-keys\":[\"name\"],"
                + "\"x-kubernetes-list-type\":\"map\"}", apply(rule, target, "array").toString());
    }

    @Test
    void aListMapNeedsKeys() {
        OpctlException e = assertThrows(OpctlException.class, () -> apply(rule, marked(marker("listType", "map", 3)),
                "array"));
        assertEquals("Spec.java:3: field 'ports': +listType=map needs at least one +listMapKey=<field of the items>",
                e.getMessage());
    }

    @Test
    void aWrongValueOrTypeNamesTheMarkersLine() {
        OpctlException value = assertThrows(OpctlException.class, () -> apply(rule, marked(marker("listType",
                "bag", 2)), "array"));
        assertEquals("Spec.java:2: field 'ports': +listType=bag is not valid; use atomic, map, set",
                value.getMessage());
        OpctlException type = assertThrows(OpctlException.class, () -> apply(rule, marked(marker("mapType",
                "atomic", 4)), "array"));
        assertEquals("Spec.java:4: field 'ports': +mapType applies to map and object fields, and this one is not",
                type.getMessage());
    }
}
