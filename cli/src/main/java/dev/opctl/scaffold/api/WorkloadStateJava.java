package dev.opctl.scaffold.api;

import com.squareup.javapoet.AnnotationSpec;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import dev.opctl.engine.GeneratedFile;
import dev.opctl.engine.Ownership;
import dev.opctl.naming.Names;
import dev.opctl.scaffold.JavaSources;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The Spec and Status of a workload kind: size, image, ports, env and resources; ready replicas,
 * observed generation and conditions.
 */
final class WorkloadStateJava {
    private static final String MODEL = "io.fabric8.kubernetes.api.model";
    private static final String VALIDATION = "io.fabric8.generator.annotation";

    private WorkloadStateJava() {
    }

    static GeneratedFile spec(ApiModel api, Workload workload) {
        TypeSpec type = TypeSpec.classBuilder(api.kind() + "Spec")
                .addJavadoc("The desired state of $L: the $L and Service its controller runs.\n",
                        Names.withArticle(api.kind()),
                        workload.kind())
                .addModifiers(Modifier.PUBLIC)
                .addField(field(TypeName.get(Integer.class), "size", "How many replicas to run.",
                        annotation("Required", null), annotation("Min", "1")))
                .addField(field(TypeName.get(String.class), "image", "The container image to run.",
                        annotation("Default", "\"" + workload.image() + "\"")))
                .addField(field(list(ClassName.get(MODEL, "ServicePort")), "ports",
                        "The ports the container listens on, which the Service exposes."))
                .addField(field(list(ClassName.get(MODEL, "EnvVar")), "env",
                        "Environment variables of the container.\n\n"
                                + "TODO(user): add the fields your application needs, and run 'opctl generate' to "
                                + "update the CRD."))
                .addField(field(ClassName.get(MODEL, "ResourceRequirements"), "resources",
                        "CPU and memory requests and limits of the container."))
                .addMethods(accessors(TypeName.get(Integer.class), "size"))
                .addMethods(accessors(TypeName.get(String.class), "image"))
                .addMethods(accessors(list(ClassName.get(MODEL, "ServicePort")), "ports"))
                .addMethods(accessors(list(ClassName.get(MODEL, "EnvVar")), "env"))
                .addMethods(accessors(ClassName.get(MODEL, "ResourceRequirements"), "resources"))
                .build();
        return JavaSources.main(api.project(), api.javaPackage(), type, Ownership.USER);
    }

    static GeneratedFile status(ApiModel api, Workload workload) {
        TypeName conditions = list(ClassName.get(MODEL, "Condition"));
        TypeSpec type = TypeSpec.classBuilder(api.kind() + "Status")
                .addJavadoc("The observed state of $L, as its controller last saw it.\n",
                        Names.withArticle(api.kind()))
                .addModifiers(Modifier.PUBLIC)
                .addField(field(TypeName.get(Integer.class), "readyReplicas",
                        "How many replicas of the " + workload.kind() + " are ready."))
                .addField(field(TypeName.get(Long.class), "observedGeneration",
                        "The generation of the " + api.kind() + " that this status describes."))
                .addField(field(conditions, "conditions",
                        "The latest observations of the " + api.kind() + "'s state: Available (all replicas are "
                                + "ready),\nProgressing (a change is rolling out) and Degraded (the " + workload.kind()
                                + " reports a failure).\n\n"
                                + "TODO(user): add what else the controller observes."))
                .addMethods(accessors(TypeName.get(Integer.class), "readyReplicas"))
                .addMethods(accessors(TypeName.get(Long.class), "observedGeneration"))
                .addMethods(accessors(conditions, "conditions"))
                .build();
        return JavaSources.main(api.project(), api.javaPackage(), type, Ownership.USER);
    }

    private static TypeName list(ClassName element) {
        return ParameterizedTypeName.get(ClassName.get(List.class), element);
    }

    private static AnnotationSpec annotation(String name, String value) {
        AnnotationSpec.Builder builder = AnnotationSpec.builder(ClassName.get(VALIDATION, name));
        if (value != null) {
            builder.addMember("value", "$L", value);
        }
        return builder.build();
    }

    private static FieldSpec field(TypeName type, String name, String javadoc, AnnotationSpec... annotations) {
        return FieldSpec.builder(type, name, Modifier.PRIVATE).addJavadoc(javadoc + "\n")
                .addAnnotations(List.of(annotations)).build();
    }

    private static List<MethodSpec> accessors(TypeName type, String field) {
        String property = Names.upperCamel(field);
        return List.of(
                MethodSpec.methodBuilder("get" + property).addModifiers(Modifier.PUBLIC).returns(type)
                        .addStatement("return $N", field).build(),
                MethodSpec.methodBuilder("set" + property).addModifiers(Modifier.PUBLIC).addParameter(type, field)
                        .addStatement("this.$N = $N", field, field).build());
    }
}
