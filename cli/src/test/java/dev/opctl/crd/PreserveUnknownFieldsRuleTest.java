package dev.opctl.crd;

import static dev.opctl.crd.Declarations.CRD;
import static dev.opctl.crd.Declarations.annotation;
import static dev.opctl.crd.Declarations.apply;
import static dev.opctl.crd.Declarations.target;
import static dev.opctl.crd.Declarations.type;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.opctl.crd.model.Doc;
import org.junit.jupiter.api.Test;

/** {@link PreserveUnknownFieldsRule}: on the type or on any of its superclasses. */
class PreserveUnknownFieldsRuleTest {
    @Test
    void aSuperclassAnnotationCounts() {
        var child = type("p.Child", Doc.NONE);
        var base = type("p.Base", Doc.NONE, annotation(CRD + "PreserveUnknownFields"));
        assertEquals("{\"type\":\"object\",\"x-kubernetes-preserve-unknown-fields\":true}",
                apply(new PreserveUnknownFieldsRule(), target("Child", "object", child, base), "object").toString());
        assertEquals("{\"type\":\"object\"}", apply(new PreserveUnknownFieldsRule(), target("Child", "object", child),
                "object").toString());
    }
}
