package dev.opctl.crd;

import static dev.opctl.crd.Declarations.G;
import static dev.opctl.crd.Declarations.annotation;
import static dev.opctl.crd.Declarations.apply;
import static dev.opctl.crd.Declarations.field;
import static dev.opctl.crd.Declarations.target;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.opctl.crd.model.AnnotationUse;
import dev.opctl.crd.model.Value;
import dev.opctl.engine.OpctlException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@link AttributesRule}: an annotation written with attributes javac refuses is an error of its member. */
class AttributesRuleTest {
    @Test
    void saysTheProblemOfEveryAnnotationOfEveryMember() {
        AnnotationUse max = new AnnotationUse(G + "Max", Map.of("value", new Value.Text("ten")), "Spec.java:3: @Max");
        AnnotationUse required = new AnnotationUse(G + "Required", Map.of("really", new Value.Bool(true)),
                "Spec.java:4: @Required");
        OpctlException e = assertThrows(OpctlException.class, () -> apply(new AttributesRule(),
                target("a", "integer", field("a", max), field("a", annotation(G + "Min", "value", 1), required)),
                "integer"));
        assertEquals(List.of("Spec.java:3: @Max", "Spec.java:4: @Required"), Stream.concat(Stream.of(e),
                Stream.of(e.getSuppressed())).map(Throwable::getMessage).toList());
        // The problem of one nested in another: a rule of @ValidationRules.
        AnnotationUse rules = annotation(G + "ValidationRules", "value", new Value.Array(List.of(new Value.Nested(
                new AnnotationUse(G + "ValidationRule", Map.of("rule", new Value.Text("x")), "Spec.java:5: rule")))));
        assertEquals("Spec.java:5: rule", assertThrows(OpctlException.class, () -> apply(new AttributesRule(),
                target("a", "string", field("a", rules)), "string")).getMessage());
    }

    @Test
    void annotationsWrittenRightChangeNothing() {
        assertEquals("{\"type\":\"integer\"}", apply(new AttributesRule(), target("a", "integer", field("a",
                annotation(G + "Max", "value", 10))), "integer").toString());
        // Reading an attribute of one written wrong says its problem: the rules that read it fail alike.
        AnnotationUse max = new AnnotationUse(G + "Max", Map.of("value", new Value.Number(3), "foo", new Value.Number(1)),
                "Spec.java:3: @Max has no attribute 'foo'");
        assertEquals("Spec.java:3: @Max has no attribute 'foo'", assertThrows(OpctlException.class,
                () -> max.number("value")).getMessage());
    }
}
