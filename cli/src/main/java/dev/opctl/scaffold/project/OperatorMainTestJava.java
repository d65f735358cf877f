package dev.opctl.scaffold.project;

import com.squareup.javapoet.AnnotationSpec;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeSpec;
import dev.opctl.engine.GeneratedFile;
import dev.opctl.engine.Ownership;
import dev.opctl.scaffold.JavaSources;
import dev.opctl.scaffold.ProjectModel;
import dev.opctl.scaffold.Template;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import javax.lang.model.element.Modifier;

/** {@code OperatorMainTest.java}: runs the operator's wiring on fabric8's mock API server. */
public final class OperatorMainTestJava implements Template {
    static final ClassName TEST = ClassName.get("org.junit.jupiter.api", "Test");
    static final ClassName ASSERTIONS = ClassName.get("org.junit.jupiter.api", "Assertions");
    private static final ClassName ASSUMPTIONS = ClassName.get("org.junit.jupiter.api", "Assumptions");
    private static final ClassName MOCK_CLIENT =
            ClassName.get("io.fabric8.kubernetes.client.server.mock", "EnableKubernetesMockClient");

    @Override
    public GeneratedFile render(ProjectModel model) {
        ClassName health = ClassName.get(model.javaPackage(), HealthServerJava.CLASS_NAME);
        ClassName main = ClassName.get(model.javaPackage(), model.mainClass());
        ClassName operator = ReconcilerRegistryJava.OPERATOR;

        MethodSpec notReady = MethodSpec.methodBuilder("probesReportLiveButNotReadyBeforeTheOperatorStarts")
                .addAnnotation(TEST)
                .addException(Exception.class)
                .addStatement("$T operator = $T.createOperator(client, null)", operator, main)
                .addStatement("$T health = $T.start(operator, 0)", health, health)
                .beginControlFlow("try")
                .addStatement("$T.assertEquals(200, probe(health, $S))", ASSERTIONS, "/healthz")
                .addStatement("$T.assertEquals(503, probe(health, $S))", ASSERTIONS, "/readyz")
                .nextControlFlow("finally")
                .addStatement("health.stop()")
                .endControlFlow()
                .build();
        MethodSpec starts = MethodSpec.methodBuilder("operatorStartsWithEveryRegisteredReconciler")
                .addAnnotation(TEST)
                .addException(Exception.class)
                .addStatement("$T operator = $T.createOperator(client, null)", operator, main)
                .addStatement("$T.assumeTrue(operator.getRegisteredControllersNumber() > 0,\n$S)",
                        ASSUMPTIONS, "no controller registered yet: add one with 'opctl add controller'")
                .addStatement("$T health = $T.start(operator, 0)", health, health)
                .beginControlFlow("try")
                .addStatement("operator.start()")
                .addStatement("$T.assertEquals(200, probe(health, $S))", ASSERTIONS, "/readyz")
                .nextControlFlow("finally")
                .addStatement("operator.stop()")
                .addStatement("health.stop()")
                .endControlFlow()
                .build();
        MethodSpec probe = MethodSpec.methodBuilder("probe")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(int.class)
                .addParameter(health, "health")
                .addParameter(String.class, "path")
                .addException(Exception.class)
                .addStatement("$T uri = $T.create($S + health.port() + path)", URI.class, URI.class, "http://127.0.0.1:")
                .addStatement("$T request = $T.newBuilder(uri).build()", HttpRequest.class, HttpRequest.class)
                .addStatement("return $T.newHttpClient()\n.send(request, $T.BodyHandlers.discarding())\n"
                        + ".statusCode()", HttpClient.class, HttpResponse.class)
                .build();

        TypeSpec type = TypeSpec.classBuilder(model.mainClass() + "Test")
                .addJavadoc("Runs the operator's wiring against fabric8's mock API server instead of a cluster.\n")
                .addAnnotation(AnnotationSpec.builder(MOCK_CLIENT).addMember("crud", "true").build())
                .addField(OperatorMainJava.KUBERNETES_CLIENT, "client")
                .addMethod(notReady)
                .addMethod(starts)
                .addMethod(probe)
                .build();
        return JavaSources.test(model, type, Ownership.USER,
                new JavaSources.StaticImport(ASSERTIONS, "assertEquals"),
                new JavaSources.StaticImport(ASSUMPTIONS, "assumeTrue"));
    }
}
