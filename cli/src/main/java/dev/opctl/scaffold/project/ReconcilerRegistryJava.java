package dev.opctl.scaffold.project;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeSpec;
import dev.opctl.engine.GeneratedFile;
import dev.opctl.engine.Ownership;
import dev.opctl.scaffold.JavaSources;
import dev.opctl.scaffold.ProjectModel;
import dev.opctl.scaffold.Template;
import javax.lang.model.element.Modifier;

/** {@code ReconcilerRegistry.java}: the tool-owned class that registers every reconciler. */
public final class ReconcilerRegistryJava implements Template {
    /** The registry's simple class name. */
    public static final String CLASS_NAME = "ReconcilerRegistry";

    static final ClassName OPERATOR = ClassName.get("io.javaoperatorsdk.operator", "Operator");

    @Override
    public GeneratedFile render(ProjectModel model) {
        MethodSpec registerAll = MethodSpec.methodBuilder("registerAll")
                .addJavadoc("Registers every reconciler of this project with {@code operator}.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addParameter(OPERATOR, "operator")
                .addComment("No controller yet: add one with 'opctl add controller --kind KIND'.")
                .build();
        TypeSpec type = TypeSpec.classBuilder(CLASS_NAME)
                .addJavadoc("Registers the reconcilers of this project with the Java Operator SDK.\n\n")
                .addJavadoc("<p>opctl rewrites this class from the PROJECT file whenever a controller is added.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(registerAll)
                .build();
        return JavaSources.main(model.javaPackage(), type, Ownership.TOOL);
    }
}
