package dev.opctl.crd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.opctl.crd.model.TypeUse;
import dev.opctl.engine.OpctlException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The entry point others read sources through: declarations with names resolved, calls, markers. */
class SourceModelTest {
    private static final Path FILE = Path.of("/src/com/example/Shop.java");
    private static final SourceModel MODEL = SourceModel.read(Map.of(FILE, """
            package com.example;

            import io.javaoperatorsdk.operator.api.reconciler.*;
            import io.fabric8.kubernetes.api.model.apps.*;

            // +opctl:rbac:groups=apps,resources=deployments,verbs=get
            class Shop implements Reconciler<Deployment> {
                static final String TEXT = "UpdateControl.patchStatus(x)"; // UpdateControl.patchResource(x)

                public UpdateControl<Deployment> reconcile(Deployment d, Context<Deployment> context) {
                    Runnable later = () -> java.util.Objects.requireNonNull(d);
                    /*
                     * +opctl:rbac:groups=,resources=events,verbs=create
                     */
                    new Object() {
                        void inside() {
                            context.getClient().resource(d).patchStatus();
                        }
                    };
                    return UpdateControl.patchStatus(d).rescheduleAfter(Deployment.class.hashCode());
                }

                static class Nested {
                    Object own = String.valueOf(Shop.class);
                }
            }
            """));

    @Test
    void typesHaveTheirNamesResolved() {
        assertEquals(List.of("com.example.Shop", "com.example.Shop.Nested"), List.copyOf(MODEL.types().keySet()));
        assertEquals("io.javaoperatorsdk.operator.api.reconciler.Reconciler<io.fabric8.kubernetes.api.model.apps"
                + ".Deployment>", MODEL.type("com.example.Shop").orElseThrow().interfaces().get(0).toString());
        assertEquals(FILE + ":7", MODEL.location("com.example.Shop"));
    }

    @Test
    void callsAreTheTypesOwnWithTargetsAndClassLiteralsResolved() {
        List<String> calls = MODEL.calls("com.example.Shop").stream()
                .map(c -> c.target() + " " + c.method() + " " + c.classArguments() + " " + c.location()
                        + (c.receiver() == null ? "" : " on " + c.receiver().method())).toList();
        assertEquals(List.of(
                "java.util.Objects requireNonNull [null] " + FILE + ":11",
                "java.lang.Object new [] " + FILE + ":15",
                "null patchStatus [] " + FILE + ":17 on resource",
                "null resource [null] " + FILE + ":17 on getClient",
                "context getClient [] " + FILE + ":17",
                "null rescheduleAfter [null] " + FILE + ":20 on patchStatus",
                "io.javaoperatorsdk.operator.api.reconciler.UpdateControl patchStatus [null] " + FILE + ":20",
                "null hashCode [] " + FILE + ":20"), calls);
        SourceModel.Call nested = MODEL.calls("com.example.Shop.Nested").get(0);
        assertEquals(new TypeUse.Named("com.example.Shop", List.of()), nested.classArgument(0).orElseThrow());
    }

    @Test
    void markersAreEveryMarkerCommentWithItsLine() {
        assertEquals(List.of(
                "opctl:rbac:groups=apps,resources=deployments,verbs=get " + FILE + ":6",
                "opctl:rbac:groups=,resources=events,verbs=create " + FILE + ":13"),
                MODEL.markers().stream().map(m -> m.marker().name() + "=" + m.marker().value() + " " + m.location())
                        .toList());
    }

    @Test
    void aNameTwoOnDemandImportsOfferIsAnErrorWithFileAndLine() {
        SourceModel ambiguous = SourceModel.read(Map.of(FILE, """
                package com.example;

                import io.javaoperatorsdk.operator.api.reconciler.*;
                import io.javaoperatorsdk.operator.api.config.informer.*;
                import com.example.other.*;

                class Shop implements Reconciler<Informer> {
                }
                """, Path.of("/src/com/example/other/Informer.java"), """
                package com.example.other;

                public class Informer {
                }
                """));
        OpctlException e = assertThrows(OpctlException.class, ambiguous::types);
        assertEquals(FILE + ":7: Informer is ambiguous: both io.javaoperatorsdk.operator.api.config.informer.Informer "
                + "and com.example.other.Informer are imported on demand (javac rejects it too); import the one "
                + "you mean by name", e.getMessage());
    }

    @Test
    void aTypeVariableAsSupertypeIsAnErrorWithFileAndLine() {
        SourceModel model = SourceModel.read(Map.of(FILE, """
                package com.example;

                class Shop<T> extends T {
                }
                """));
        OpctlException e = assertThrows(OpctlException.class, model::types);
        assertEquals(FILE + ":3: T is a type variable, and a type can only extend or implement a class or interface "
                + "(javac rejects it too)", e.getMessage());
    }
}
