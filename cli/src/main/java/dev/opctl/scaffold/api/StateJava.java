package dev.opctl.scaffold.api;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import dev.opctl.engine.GeneratedFile;
import dev.opctl.engine.Ownership;
import dev.opctl.naming.Names;
import dev.opctl.project.ProjectFile.Resource;
import dev.opctl.scaffold.JavaSources;
import javax.lang.model.element.Modifier;

/**
 * {@code KindSpec.java} and {@code KindStatus.java}: the user's classes that define the kind's
 * schema, each with one starter field and a {@code TODO(user)} on what to put there.
 */
final class StateJava {
    /** The Javadoc of a spec class, its description in the CRD. */
    private static final String SPEC = "The desired state of $L: what its users ask for.\n";
    /** The Javadoc of a status class, its description in the CRD. */
    private static final String STATUS = "The observed state of $L, as its controller last saw it.\n";

    private StateJava() {
    }

    /** The desired state: what users set. */
    static GeneratedFile spec(ApiModel api) {
        return render(api, "Spec", SPEC,
                TypeName.get(String.class), "foo", """
                An example field: replace it with your own.

                TODO(user): add the fields users set to describe what they want, and run 'opctl generate' to
                update the CRD. A field's Javadoc becomes its description; validate with the annotations of
                io.fabric8.generator.annotation (@Required, @Min, @Max, @Pattern, @Default, ...).
                """);
    }

    /** The observed state: what the controller reports. */
    static GeneratedFile status(ApiModel api) {
        return render(api, "Status", STATUS,
                TypeName.get(Long.class), "observedGeneration", """
                The generation of the spec the controller last acted on.

                TODO(user): add what the controller observes, e.g. ready replicas or conditions.
                """);
    }

    /**
     * {@code KindSpec} or {@code KindStatus} of a new version of a kind: the class of the version
     * {@code previous}, inherited, so both versions have one schema and the API server serves each
     * object in either without a conversion webhook, until the user gives this version its own.
     */
    static GeneratedFile inherited(ApiModel api, Resource previous, String suffix) {
        ClassName parent = ClassName.get(previous.javaPackage(), api.kind() + suffix);
        String version = api.resource().version();
        // The description users see (kubectl explain) is the first version's; the rest is for the developer.
        TypeSpec type = TypeSpec.classBuilder(api.kind() + suffix)
                .addJavadoc(suffix.equals("Spec") ? SPEC : STATUS, Names.withArticle(api.kind()))
                .addJavadoc("\nTODO(user): $L has the schema of $L, whose class this extends, so the API server serves\n",
                        version, previous.version())
                .addJavadoc("every $L in either version as it is. To change the schema in $L, declare its fields\n",
                        api.kind(), version)
                .addJavadoc("here instead, and convert between the versions with a conversion webhook:\n")
                .addJavadoc("'opctl add webhook --kind $L --version $L --conversion' (on the storage version).\n",
                        api.kind(), storageVersion(api, previous))
                .addModifiers(Modifier.PUBLIC)
                .superclass(parent)
                .build();
        return JavaSources.main(api.project(), api.javaPackage(), type, Ownership.USER);
    }

    /** The version of the kind that the API server stores once {@code api}'s is added: it, or one before it. */
    private static String storageVersion(ApiModel api, Resource previous) {
        if (api.storage()) {
            return api.resource().version();
        }
        return api.project().project().storageVersion(api.resource().group(), api.kind()).orElse(previous.version());
    }

    private static GeneratedFile render(ApiModel api, String suffix, String javadoc, TypeName fieldType,
            String field, String fieldJavadoc) {
        String property = Names.upperCamel(field);
        TypeSpec type = TypeSpec.classBuilder(api.kind() + suffix)
                .addJavadoc(javadoc, Names.withArticle(api.kind()))
                .addModifiers(Modifier.PUBLIC)
                .addField(FieldSpec.builder(fieldType, field, Modifier.PRIVATE).addJavadoc(fieldJavadoc).build())
                .addMethod(MethodSpec.methodBuilder("get" + property)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(fieldType)
                        .addStatement("return $N", field)
                        .build())
                .addMethod(MethodSpec.methodBuilder("set" + property)
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(fieldType, field)
                        .addStatement("this.$N = $N", field, field)
                        .build())
                .build();
        return JavaSources.main(api.project(), api.javaPackage(), type, Ownership.USER);
    }
}
