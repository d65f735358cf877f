package dev.opctl.crd;

import static dev.opctl.crd.Declarations.J;
import static dev.opctl.crd.Declarations.annotation;
import static dev.opctl.crd.Declarations.apply;
import static dev.opctl.crd.Declarations.field;
import static dev.opctl.crd.Declarations.target;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.opctl.crd.model.Doc;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link DescriptionRule}: Jackson's description first, else the first Javadoc of the members. */
class DescriptionRuleTest {
    private final DescriptionRule rule = new DescriptionRule();

    @Test
    void jacksonsDescriptionWinsOverJavadoc() {
        var field = field("a", new Doc("From Javadoc.", List.of()), annotation(J + "JsonPropertyDescription",
                "value", "From Jackson."));
        assertEquals("{\"description\":\"From Jackson.\"}", apply(rule, target("a", "string", field), null)
                .toString());
    }

    @Test
    void jacksonsClassDescriptionWinsOverTheClassesJavadoc() {
        var type = field("Spec", new Doc("From Javadoc.", List.of()), annotation(J + "JsonClassDescription",
                "value", "From Jackson."));
        assertEquals("{\"description\":\"From Jackson.\"}", apply(rule, target("Spec", "object", type), null)
                .toString());
    }

    @Test
    void theFirstMemberWithJavadocGivesIt() {
        var field = field("a", Doc.at("Spec.java:3"));
        var getter = field("a", new Doc("From the getter.", List.of()));
        var overridden = field("a", new Doc("From the superclass.", List.of()));
        assertEquals("{\"description\":\"From the getter.\"}", apply(rule, target("a", "string", field, getter,
                overridden), null).toString());
    }

    @Test
    void noneGivesNoDescription() {
        assertEquals("{}", apply(rule, target("a", "string", field("a")), null).toString());
    }
}
