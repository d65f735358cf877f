package dev.opctl.scaffold.api;

import com.squareup.javapoet.AnnotationSpec;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeSpec;
import dev.opctl.engine.GeneratedFile;
import dev.opctl.engine.OpctlException;
import dev.opctl.engine.Ownership;
import dev.opctl.naming.Names;
import dev.opctl.project.ProjectFile.Resource;
import dev.opctl.scaffold.JavaSources;
import dev.opctl.scaffold.ProjectFiles;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;

/** {@code Kind.java}: the custom resource class, fabric8's {@code CustomResource} with the kind's annotations. */
final class ResourceJava {
    private static final String ANNOTATIONS = "io.fabric8.kubernetes.model.annotation";
    static final ClassName CUSTOM_RESOURCE = ClassName.get("io.fabric8.kubernetes.client", "CustomResource");
    static final ClassName NAMESPACED = ClassName.get("io.fabric8.kubernetes.api.model", "Namespaced");

    private ResourceJava() {
    }

    static GeneratedFile render(ApiModel api) {
        Resource r = api.resource();
        ClassName kind = ClassName.get(api.javaPackage(), r.kind());
        TypeSpec.Builder type = TypeSpec.classBuilder(kind)
                .addJavadoc("$L is the Schema for the $L API ($L).\n\n", r.kind(), r.plural(), r.apiVersion())
                .addJavadoc("TODO(user): say what $L is for: 'kubectl explain $L' shows the text above. Its\n",
                        Names.withArticle(r.kind()), r.kind().toLowerCase(Locale.ROOT))
                .addJavadoc("schema comes from {@link $L} and {@link $L}; run 'opctl generate' after\n",
                        r.kind() + "Spec", r.kind() + "Status")
                .addJavadoc("editing them to update the CRD in config/crd.\n")
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(value("Group", r.group()));
        if (api.storage()) {
            type.addAnnotation(value("Version", r.version()));
        } else {
            type.addAnnotation(AnnotationSpec.builder(ClassName.get(ANNOTATIONS, "Version"))
                    .addMember("value", "$S", r.version())
                    .addMember("storage", "false")
                    .build());
        }
        // Always named: fabric8 would derive another plural for some kinds at run time (Foo: fooes).
        type.addAnnotation(value("Plural", r.plural()));
        if (!api.resource().shortNames().isEmpty()) {
            type.addAnnotation(values(ClassName.get(ANNOTATIONS, "ShortNames"), api.resource().shortNames()));
        }
        if (!api.resource().categories().isEmpty()) {
            type.addAnnotation(values(ClassName.get(ANNOTATIONS, "Categories"), api.resource().categories()));
        }
        type.superclass(ParameterizedTypeName.get(CUSTOM_RESOURCE, kind.peerClass(r.kind() + "Spec"),
                kind.peerClass(r.kind() + "Status")));
        if (r.namespaced()) {
            type.addSuperinterface(NAMESPACED);
        }
        type.addField(FieldSpec.builder(long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC,
                Modifier.FINAL).initializer("1L").build());
        return JavaSources.main(api.project(), api.javaPackage(), type.build(), Ownership.USER);
    }

    /**
     * The class of {@code old}, as it is in the project, with {@code storage = false} in its {@code @Version}:
     * another version becomes the storage version.
     *
     * @throws OpctlException (conflict) when the annotation is not in a form opctl can edit
     */
    static GeneratedFile demote(ProjectFiles project, Resource old) {
        String path = JavaSources.mainPath(old.javaPackage(), old.kind());
        String source = project.text(path).orElseThrow(() -> OpctlException.conflict(String.format("cannot read %s "
                + "to make %s %s no longer the storage version (it is missing); restore it, or drop --storage", path,
                old.kind(), old.version())));
        Pattern version = Pattern.compile("@Version\\(\\s*(?:value\\s*=\\s*)?\"" + Pattern.quote(old.version())
                + "\"\\s*(?:,\\s*storage\\s*=\\s*true\\s*)?\\)");
        Matcher m = version.matcher(source);
        if (!m.find()) {
            throw OpctlException.conflict(String.format("%s has no @Version(\"%s\") that opctl can change; write "
                    + "@Version(value = \"%s\", storage = false) there yourself and rerun without --storage", path,
                    old.version(), old.version()));
        }
        String edited = m.replaceFirst(Matcher.quoteReplacement("@Version(value = \"" + old.version()
                + "\", storage = false)"));
        return new GeneratedFile(path, edited, Ownership.EDITED, false);
    }

    /**
     * The class of {@code r}, as it is in the project, with its {@code @Version} no longer saying
     * {@code storage = false}: it becomes the storage version because the one that was is deleted.
     *
     * @throws OpctlException (conflict) when the annotation is not in a form opctl can edit
     */
    static GeneratedFile promote(ProjectFiles project, Resource r) {
        String path = JavaSources.mainPath(r.javaPackage(), r.kind());
        String source = project.text(path).orElseThrow(() -> OpctlException.conflict(String.format("cannot read %s "
                + "to make %s %s the storage version (it is missing); restore it", path, r.kind(), r.version())));
        Pattern version = Pattern.compile("@Version\\(\\s*(?:value\\s*=\\s*)?\"" + Pattern.quote(r.version())
                + "\"\\s*(?:,\\s*storage\\s*=\\s*(?:true|false)\\s*)?\\)");
        Matcher m = version.matcher(source);
        if (!m.find()) {
            throw OpctlException.conflict(String.format("%s has no @Version(\"%s\") that opctl can change to make "
                    + "it the storage version; write @Version(\"%s\") there yourself and rerun", path, r.version(),
                    r.version()));
        }
        String edited = m.replaceFirst(Matcher.quoteReplacement("@Version(\"" + r.version() + "\")"));
        return new GeneratedFile(path, edited, Ownership.EDITED, false);
    }

    private static AnnotationSpec value(String annotation, String value) {
        return AnnotationSpec.builder(ClassName.get(ANNOTATIONS, annotation)).addMember("value", "$S", value).build();
    }

    private static AnnotationSpec values(ClassName annotation, List<String> values) {
        if (values.size() == 1) {
            return AnnotationSpec.builder(annotation).addMember("value", "$S", values.get(0)).build();
        }
        CodeBlock list = values.stream().map(v -> CodeBlock.of("$S", v)).collect(CodeBlock.joining(", ", "{", "}"));
        return AnnotationSpec.builder(annotation).addMember("value", list).build();
    }
}
