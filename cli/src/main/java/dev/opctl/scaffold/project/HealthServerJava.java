package dev.opctl.scaffold.project;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeSpec;
import dev.opctl.engine.GeneratedFile;
import dev.opctl.engine.Ownership;
import dev.opctl.scaffold.JavaSources;
import dev.opctl.scaffold.ProjectModel;
import dev.opctl.scaffold.Template;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import javax.lang.model.element.Modifier;

/** {@code HealthServer.java}: the user-owned liveness and readiness probe endpoints. */
public final class HealthServerJava implements Template {
    /** The health server's simple class name. */
    public static final String CLASS_NAME = "HealthServer";

    private static final ClassName HTTP_SERVER = ClassName.get("com.sun.net.httpserver", "HttpServer");
    private static final ClassName HTTP_EXCHANGE = ClassName.get("com.sun.net.httpserver", "HttpExchange");
    private static final ClassName RUNTIME_INFO = ClassName.get("io.javaoperatorsdk.operator", "RuntimeInfo");

    @Override
    public GeneratedFile render(ProjectModel model) {
        ClassName self = ClassName.get(model.javaPackage(), CLASS_NAME);
        ClassName operator = ReconcilerRegistryJava.OPERATOR;

        MethodSpec start = MethodSpec.methodBuilder("start")
                .addJavadoc("Starts serving the probes of {@code operator} on {@code port} (0 picks a free port).\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(self)
                .addParameter(operator, "operator")
                .addParameter(int.class, "port")
                .addException(IOException.class)
                .addStatement("$T server = $T.create(new $T(port), 0)", HTTP_SERVER, HTTP_SERVER, InetSocketAddress.class)
                .addStatement("server.createContext($S, exchange -> respond(exchange, true))", "/healthz")
                .addStatement("server.createContext($S, exchange -> respond(exchange, isReady(operator)))", "/readyz")
                .addStatement("server.start()")
                .addStatement("return new $T(server)", self)
                .build();
        MethodSpec isReady = MethodSpec.methodBuilder("isReady")
                .addJavadoc("Whether the operator has started and all its informers are healthy.\n")
                .addModifiers(Modifier.STATIC)
                .returns(boolean.class)
                .addParameter(operator, "operator")
                .addStatement("$T info = operator.getRuntimeInfo()", RUNTIME_INFO)
                .addStatement("return info.isStarted() && info.allEventSourcesAreHealthy()")
                .build();
        MethodSpec respond = MethodSpec.methodBuilder("respond")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(HTTP_EXCHANGE, "exchange")
                .addParameter(boolean.class, "ok")
                .addException(IOException.class)
                .addStatement("byte[] body = (ok ? $S : $S).getBytes($T.UTF_8)", "ok", "not ready", StandardCharsets.class)
                .addStatement("exchange.getResponseHeaders().set($S, $S)", "Content-Type", "text/plain; charset=utf-8")
                .addStatement("exchange.sendResponseHeaders(ok ? 200 : 503, body.length)")
                .beginControlFlow("try ($T out = exchange.getResponseBody())", OutputStream.class)
                .addStatement("out.write(body)")
                .endControlFlow()
                .build();

        TypeSpec type = TypeSpec.classBuilder(CLASS_NAME)
                .addJavadoc("Serves the liveness ({@code /healthz}) and readiness ({@code /readyz}) probes of the "
                        + "operator's\nDeployment.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addField(FieldSpec.builder(int.class, "DEFAULT_PORT", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The port of the probes when {@code HEALTH_PORT} does not set another.\n")
                        .initializer("$L", model.healthPort())
                        .build())
                .addField(HTTP_SERVER, "server", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(HTTP_SERVER, "server")
                        .addStatement("this.server = server")
                        .build())
                .addMethod(start)
                .addMethod(isReady)
                .addMethod(MethodSpec.methodBuilder("port")
                        .addJavadoc("The port the probes are served on.\n")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(int.class)
                        .addStatement("return server.getAddress().getPort()")
                        .build())
                .addMethod(MethodSpec.methodBuilder("stop")
                        .addJavadoc("Stops serving the probes.\n")
                        .addModifiers(Modifier.PUBLIC)
                        .addStatement("server.stop(0)")
                        .build())
                .addMethod(respond)
                .build();
        return JavaSources.main(model, type, Ownership.USER);
    }
}
