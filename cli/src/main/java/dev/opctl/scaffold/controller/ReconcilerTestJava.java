package dev.opctl.scaffold.controller;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeSpec;
import dev.opctl.engine.GeneratedFile;
import dev.opctl.engine.Ownership;
import dev.opctl.naming.Names;
import dev.opctl.project.BuiltInKind;
import dev.opctl.project.ProjectFile.Resource;
import dev.opctl.scaffold.JavaSources;
import dev.opctl.scaffold.JavaSources.StaticImport;
import dev.opctl.scaffold.ProjectModel;

/** {@code KindReconcilerTest.java}: runs the reconciler on one resource, without a cluster. */
final class ReconcilerTestJava {
    private static final ClassName ASSERTIONS = ClassName.get("org.junit.jupiter.api", "Assertions");
    private static final ClassName MOCKITO = ClassName.get("org.mockito", "Mockito");
    private static final ClassName TEST = ClassName.get("org.junit.jupiter.api", "Test");
    private static final ClassName OBJECT_META_BUILDER = ClassName.get("io.fabric8.kubernetes.api.model",
            "ObjectMetaBuilder");

    private ReconcilerTestJava() {
    }

    /** The test of the reconciler of a built-in kind: it changes nothing yet. */
    static GeneratedFile builtIn(ProjectModel model, BuiltInKind primary) {
        ClassName kind = ClassName.bestGuess(primary.modelClass());
        ClassName reconciler = ClassName.get(Controllers.controllerPackage(model), primary.kind() + "Reconciler");
        MethodSpec test = MethodSpec.methodBuilder("leavesThe" + primary.kind() + "AsItIs")
                .addAnnotation(TEST)
                .addException(Exception.class)
                .addStatement("$T resource = new $T()", kind, kind)
                .addStatement("resource.setMetadata(new $T()\n.withName($S)\n.withNamespace($S)\n.build())",
                        OBJECT_META_BUILDER, "test", "default")
                .addStatement(mockContext(kind))
                .addCode("\n")
                .addStatement("$T control = new $T().reconcile(resource, context)",
                        ParameterizedTypeName.get(ReconcilerJava.UPDATE_CONTROL, kind), reconciler)
                .addCode("\n")
                .addStatement("$T.assertTrue(control.isNoUpdate())", ASSERTIONS)
                .addComment("TODO(user): test what your reconciler does; stub what it reads through the context.")
                .build();
        return file(model, reconciler, primary.kind(), test, new StaticImport(ASSERTIONS, "assertTrue"));
    }

    static GeneratedFile render(ProjectModel model, Resource r) {
        ClassName kind = ClassName.get(r.javaPackage(), r.kind());
        ClassName spec = ClassName.get(r.javaPackage(), r.kind() + "Spec");
        ClassName reconciler = Controllers.reconciler(model, r);
        MethodSpec test = MethodSpec.methodBuilder("reportsTheGenerationItActedOnInTheStatus")
                .addAnnotation(TEST)
                .addException(Exception.class)
                .addStatement("$T resource = new $T()", kind, kind)
                .addStatement("resource.setMetadata(new $T()\n.withName($S)\n.withNamespace($S)\n"
                        + ".withGeneration(2L)\n.build())", OBJECT_META_BUILDER, "test", "default")
                .addStatement("resource.setSpec(new $T())", spec)
                .addStatement(mockContext(kind))
                .addCode("\n")
                .addStatement("$T control = new $T().reconcile(resource, context)",
                        ParameterizedTypeName.get(ReconcilerJava.UPDATE_CONTROL, kind), reconciler)
                .addCode("\n")
                .addStatement("$T.assertTrue(control.isPatchStatus())", ASSERTIONS)
                .addStatement("$T.assertEquals(2L, control.getResource().orElseThrow().getStatus()"
                        + ".getObservedGeneration())", ASSERTIONS)
                .addComment("TODO(user): test what your reconciler does; stub what it reads through the context,")
                .addComment("e.g. when(context.getSecondaryResource(Deployment.class)).thenReturn(...).")
                .build();
        return file(model, reconciler, r.kind(), test, new StaticImport(ASSERTIONS, "assertEquals", "assertTrue"));
    }

    /** The test class of {@code reconciler} with its one test method. */
    private static GeneratedFile file(ProjectModel model, ClassName reconciler, String kind, MethodSpec test,
            StaticImport assertions) {
        TypeSpec type = TypeSpec.classBuilder(reconciler.simpleName() + "Test")
                .addJavadoc("Runs {@link $T} on $L without a cluster: the Java Operator SDK's\n"
                        + "context is a mock.\n", reconciler, Names.withArticle(kind))
                .addMethod(test)
                .build();
        return JavaSources.test(model, reconciler.packageName(), type, Ownership.USER, assertions,
                new StaticImport(MOCKITO, "mock"));
    }

    /** {@code Context<K> context = mock(Context.class)}: the stand-in for the Java Operator SDK. */
    private static CodeBlock mockContext(ClassName kind) {
        return CodeBlock.of("@$T($S) $T context = $T.mock($T.class)", SuppressWarnings.class, "unchecked",
                ParameterizedTypeName.get(ReconcilerJava.CONTEXT, kind), MOCKITO, ReconcilerJava.CONTEXT);
    }
}
