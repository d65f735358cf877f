package dev.opctl.scaffold.project;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import com.squareup.javapoet.WildcardTypeName;
import dev.opctl.engine.GeneratedFile;
import dev.opctl.engine.Ownership;
import dev.opctl.project.ProjectFile.Resource;
import dev.opctl.scaffold.JavaSources;
import dev.opctl.scaffold.ProjectModel;
import dev.opctl.scaffold.Template;
import dev.opctl.scaffold.controller.Controllers;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/** {@code ReconcilerRegistry.java}: the tool-owned class that registers every reconciler. */
public final class ReconcilerRegistryJava implements Template {
    /** The registry's simple class name. */
    public static final String CLASS_NAME = "ReconcilerRegistry";

    static final ClassName OPERATOR = ClassName.get("io.javaoperatorsdk.operator", "Operator");
    private static final TypeName RECONCILER = ParameterizedTypeName.get(
            ClassName.get("io.javaoperatorsdk.operator.api.reconciler", "Reconciler"),
            WildcardTypeName.subtypeOf(Object.class));

    @Override
    public GeneratedFile render(ProjectModel model) {
        List<Resource> controlled = model.project().resources().stream().filter(Resource::controller).toList();
        List<String> namespaces = model.project().namespaces();
        FieldSpec namespacesField = FieldSpec.builder(ParameterizedTypeName.get(Set.class, String.class), "NAMESPACES",
                        Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The namespaces the controllers watch, as 'opctl edit --namespaces' set them; none when "
                        + "they\nwatch all.\n")
                .initializer("$T.of($L)", Set.class, namespaces.stream().map(n -> CodeBlock.of("$S", n))
                        .collect(CodeBlock.joining(", ")))
                .build();
        MethodSpec reconcilers = MethodSpec.methodBuilder("reconcilers")
                .addJavadoc("A new instance of every reconciler of this project.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(ClassName.get(List.class), RECONCILER))
                .addStatement("return $T.of($L)", List.class, controlled.stream()
                        .map(resource -> CodeBlock.of("new $T()", Controllers.reconciler(model, resource)))
                        .collect(CodeBlock.joining(",$W")))
                .build();
        MethodSpec registerAll = MethodSpec.methodBuilder("registerAll")
                .addJavadoc("Registers every reconciler of this project with {@code operator}.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addParameter(OPERATOR, "operator")
                .beginControlFlow("for ($T reconciler : reconcilers())", RECONCILER)
                .addStatement(namespaces.isEmpty() ? "operator.register(reconciler)"
                        : "operator.register(reconciler, config -> config.settingNamespaces(NAMESPACES))")
                .endControlFlow()
                .build();
        TypeSpec type = TypeSpec.classBuilder(CLASS_NAME)
                .addJavadoc("Registers the reconcilers of this project with the Java Operator SDK.\n\n")
                .addJavadoc("<p>opctl rewrites this class from the PROJECT file whenever a controller is added$L.\n",
                        model.project().namespaces().isEmpty() ? ""
                                : ";\nthe controllers watch the namespaces 'opctl edit --namespaces' set")
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addField(namespacesField)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(reconcilers)
                .addMethod(registerAll)
                .build();
        return JavaSources.main(model, type, Ownership.TOOL);
    }
}
