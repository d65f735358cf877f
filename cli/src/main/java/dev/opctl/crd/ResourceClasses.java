package dev.opctl.crd;

import dev.opctl.crd.model.AnnotationUse;
import dev.opctl.crd.model.Modifier;
import dev.opctl.crd.model.TypeDeclaration;
import dev.opctl.crd.model.TypeUse;
import dev.opctl.crd.syntax.Annotation;
import dev.opctl.crd.syntax.TypeDecl;
import dev.opctl.crd.syntax.TypeExpr;
import dev.opctl.engine.OpctlException;
import dev.opctl.naming.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Which classes of the sources are resources, as fabric8's generator takes them: a concrete class
 * with {@code @Group} and {@code @Version} that extends {@code CustomResource} or implements
 * {@code HasMetadata} (itself, through a base class, or through an interface of the sources). A
 * class that looks like one but is not taken gets a warning, never silence. Each resource is
 * described as its annotations say: group, version, names, scope, labels.
 */
final class ResourceClasses {
    /** What a class is: a CustomResource, a HasMetadata of its own, or neither. */
    enum Kind { CUSTOM_RESOURCE, HAS_METADATA, NONE }

    private static final TypeUse OBJECT = TypeUse.Named.of("java.lang.Object");


    private final SourceIndex index;
    private final Annotations annotations;
    private final ModelSchemas schemas;

    /** The resource classes of {@code index}, their models read through {@code schemas}. */
    ResourceClasses(SourceIndex index, ModelSchemas schemas) {
        this.index = index;
        this.annotations = new Annotations(index);
        this.schemas = schemas;
    }

    /**
     * Every concrete class with @Group and @Version that extends CustomResource or implements
     * HasMetadata (maybe through base classes or interfaces), described; a warning for each that
     * looks like one but is not. Each class's error goes to {@code errors}: one does not stop the others.
     */
    List<CustomResourceType> find(Consumer<String> warnings, List<OpctlException> errors) {
        List<CustomResourceType> found = new ArrayList<>();
        for (TypeDecl cls : index.types()) {
            if (cls.kind() != TypeDecl.Kind.CLASS || cls.modifiers().contains(Modifier.ABSTRACT)) {
                continue;
            }
            try {
                look(cls, warnings).ifPresent(found::add);
            } catch (OpctlException e) {
                TypeErrors.record(errors, e);
            }
        }
        return found;
    }

    /** {@code cls} described, when it is a custom resource class; else empty, said when it looks like one. */
    private Optional<CustomResourceType> look(TypeDecl cls, Consumer<String> warnings) {
        boolean group = annotations.find(cls.annotations(), Annotations.FABRIC8_MODEL + "Group", cls).isPresent();
        boolean version = annotations.find(cls.annotations(), Annotations.FABRIC8_MODEL + "Version", cls).isPresent();
        Kind kind = kind(cls);
        TypeDeclaration model = null;
        if (kind == Kind.NONE && group && version) {
            // A base class from a jar (the class path is read only now, for such a class).
            model = schemas.types().source(index.qualifiedName(cls)).orElseThrow();
            kind = schemas.types().isA(model, LibraryNames.CUSTOM_RESOURCE) ? Kind.CUSTOM_RESOURCE
                    : schemas.types().isA(model, LibraryNames.HAS_METADATA) ? Kind.HAS_METADATA : Kind.NONE;
        }
        if (kind == Kind.NONE || !group || !version) {
            skipped(cls, kind, group, version).ifPresent(warnings);
            return Optional.empty();
        }
        if (model == null) {
            model = schemas.types().source(index.qualifiedName(cls)).orElseThrow();
        }
        // A raw CustomResource's spec and status are Objects, to Jackson as to javac.
        List<TypeUse> arguments = schemas.customResourceArguments(model)
                .map(a -> a.isEmpty() ? List.<TypeUse>of(OBJECT, OBJECT) : a).orElse(List.of());
        return Optional.of(describe(cls, model, arguments, kind == Kind.HAS_METADATA));
    }

    private CustomResourceType describe(TypeDecl cls, TypeDeclaration model, List<TypeUse> arguments,
            boolean hasMetadata) {
        AnnotationUse groupAnnotation = model.find(Annotations.FABRIC8_MODEL + "Group").orElseThrow();
        AnnotationUse versionAnnotation = model.find(Annotations.FABRIC8_MODEL + "Version").orElseThrow();
        String group = groupAnnotation.string("value").orElse("");
        if (group.isEmpty() || !group.contains(".")) {
            throw OpctlException.invalidInput(String.format("%s: @Group(\"%s\") is not a valid API group: use a DNS "
                    + "subdomain with at least one dot, e.g. cache.example.com", index.location(cls), group));
        }
        located(cls, () -> Names.requireDnsSubdomain("API group (@Group)", group));
        String version = versionAnnotation.string("value").orElse("");
        requireName(cls, "version (@Version)", version);
        String kind = modelString(cls, model, "Kind").orElse(cls.name());
        // As fabric8 names the resource at run time (HasMetadata.getSingular and getPlural).
        String singular = modelString(cls, model, "Singular").orElse(kind).toLowerCase(Locale.ROOT);
        String plural = modelString(cls, model, "Plural").map(p -> p.toLowerCase(Locale.ROOT))
                .orElse(Fabric8Plural.of(singular));
        List<String> shortNames = model.find(Annotations.FABRIC8_MODEL + "ShortNames")
                .map(a -> a.strings("value")).orElse(List.of());
        List<String> categories = model.find(Annotations.FABRIC8_MODEL + "Categories")
                .map(a -> a.strings("value")).orElse(List.of());
        requireName(cls, "kind (@Kind or the class name), in lower case,", kind.toLowerCase(Locale.ROOT));
        requireName(cls, "list kind (the kind and 'List'), in lower case,", (kind + "List").toLowerCase(Locale.ROOT));
        requireName(cls, "singular (@Singular or the kind in lower case)", singular);
        requireName(cls, "plural (@Plural)", plural);
        shortNames.forEach(shortName -> requireName(cls, "short name (@ShortNames)", shortName));
        categories.forEach(category -> requireName(cls, "category (@Categories)", category));
        boolean namespaced = implementsInterface(cls, LibraryNames.NAMESPACED)
                || schemas.types().isA(model, LibraryNames.NAMESPACED);
        boolean deprecated = versionAnnotation.bool("deprecated").orElse(false);
        String warning = versionAnnotation.string("deprecationWarning").filter(w -> !w.isEmpty()).orElse(null);
        if (warning != null && !deprecated) { // fabric8 writes it, and the API server refuses the CRD
            throw OpctlException.invalidInput(String.format("%s: @Version(\"%s\") has a deprecationWarning but is not "
                    + "deprecated, and the API server takes a warning only for a deprecated version: add deprecated = "
                    + "true, or remove the warning", index.location(cls), version));
        }
        return new CustomResourceType(cls, model, group, version,
                versionAnnotation.bool("storage").orElse(true),
                versionAnnotation.bool("served").orElse(true),
                deprecated, warning,
                kind, plural, singular, shortNames, categories, namespaced,
                keyValues(cls, model, "Labels"), keyValues(cls, model, "Annotations"),
                arguments.size() == 2 ? arguments.get(0) : null,
                arguments.size() == 2 ? arguments.get(1) : null, hasMetadata);
    }

    /**
     * Refuses a name of the CRD's {@code spec.names}, or its version, that the API server refuses, naming
     * the class.
     */
    private void requireName(TypeDecl cls, String what, String name) {
        located(cls, () -> Names.requireDns1035Label(what, name));
    }

    /** Runs {@code check}, its error prefixed with the class's file and line. */
    private void located(TypeDecl cls, Runnable check) {
        try {
            check.run();
        } catch (OpctlException e) {
            throw OpctlException.invalidInput(index.location(cls) + ": " + e.getMessage());
        }
    }

    /**
     * The value of fabric8's {@code @Kind}, {@code @Singular} or {@code @Plural} on the class. An empty
     * one is refused: fabric8's client takes it as written, and would ask the API server for resource "".
     */
    private Optional<String> modelString(TypeDecl cls, TypeDeclaration model, String annotation) {
        Optional<String> value = model.find(Annotations.FABRIC8_MODEL + annotation).flatMap(a -> a.string("value"));
        if (value.isPresent() && value.get().isEmpty()) {
            throw OpctlException.invalidInput(String.format("%s: @%s(\"\") is empty, and fabric8's client would "
                    + "name the resource with it as written; give a name, or remove it for the default",
                    index.location(cls), annotation));
        }
        return value;
    }

    /** {@code @Labels({"a=b"})} or {@code @Annotations(...)} of fabric8's generator, in name order. */
    private Map<String, String> keyValues(TypeDecl cls, TypeDeclaration model, String annotation) {
        Optional<AnnotationUse> found = model.find(Annotations.FABRIC8_CRD + annotation);
        try {
            return MetadataPairs.of(found.map(a -> a.strings("value")).orElse(List.of()), annotation.equals("Labels"));
        } catch (IllegalArgumentException e) {
            int line = annotations.find(cls.annotations(), Annotations.FABRIC8_CRD + annotation, cls)
                    .map(Annotation::line).orElse(cls.line());
            throw OpctlException.invalidInput(String.format("%s: @%s: %s", index.location(cls, line), annotation,
                    e.getMessage()));
        }
    }

    /** Whether a concrete class is a CustomResource, a HasMetadata, or neither, as the sources show it. */
    Kind kind(TypeDecl cls) {
        if (extendsCustomResource(cls)) {
            return Kind.CUSTOM_RESOURCE;
        }
        return implementsInterface(cls, LibraryNames.HAS_METADATA) ? Kind.HAS_METADATA : Kind.NONE;
    }

    /**
     * Whether a class implements the interface {@code qualifiedName}, itself or through a base class or
     * an interface of the sources, as {@code Class.isAssignableFrom} sees it.
     */
    boolean implementsInterface(TypeDecl cls, String qualifiedName) {
        for (TypeDecl type : hierarchy(cls)) {
            if (type.implemented().stream().anyMatch(i -> isOrExtends(i, type, qualifiedName, 0))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a class is a list of resources: fabric8's models annotate theirs ({@code WidgetList
     * implements KubernetesResourceList<Widget>}) with {@code @Group} and {@code @Version} too.
     */
    private boolean isResourceList(TypeDecl cls) {
        if (implementsInterface(cls, LibraryNames.RESOURCE_LIST)) {
            return true;
        }
        for (TypeDecl type : hierarchy(cls)) {
            if (type.kind() == TypeDecl.Kind.CLASS && !type.extended().isEmpty()
                    && LibraryNames.RESOURCE_LIST_CLASSES.contains(index.resolve(type.extended().get(0).name(), type))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a class extends CustomResource, itself or through classes of the sources. */
    private boolean extendsCustomResource(TypeDecl cls) {
        TypeDecl current = cls;
        for (int depth = 0; depth < 32 && current != null; depth++) {
            if (current.kind() != TypeDecl.Kind.CLASS || current.extended().isEmpty()) {
                return false;
            }
            String name = index.resolve(current.extended().get(0).name(), current);
            if (name.equals(LibraryNames.CUSTOM_RESOURCE)) {
                return true;
            }
            current = index.type(name).orElse(null);
        }
        return false;
    }

    /** The class and its superclasses in the sources, the class first. */
    private List<TypeDecl> hierarchy(TypeDecl type) {
        List<TypeDecl> chain = new ArrayList<>();
        TypeDecl current = type;
        while (current != null && chain.size() < 32) {
            chain.add(current);
            TypeDecl next = null;
            if (current.kind() == TypeDecl.Kind.CLASS && !current.extended().isEmpty()) {
                next = index.type(index.resolve(current.extended().get(0).name(), current)).orElse(null);
            }
            current = next;
        }
        return chain;
    }

    /** Whether an interface as written is {@code qualifiedName} or an interface of the sources that extends it. */
    private boolean isOrExtends(TypeExpr.ClassType written, TypeDecl context, String qualifiedName, int depth) {
        String name = index.resolve(written.name(), context);
        if (name.equals(qualifiedName)) {
            return true;
        }
        return depth < 16 && index.type(name).filter(t -> t.kind() == TypeDecl.Kind.INTERFACE)
                .map(t -> t.extended().stream().anyMatch(e -> isOrExtends(e, t, qualifiedName, depth + 1)))
                .orElse(false);
    }

    /**
     * The warning for a concrete class that looks like a resource but is not one opctl generates
     * a CRD for, or empty when it does not look like one.
     */
    Optional<String> skipped(TypeDecl cls, Kind kind, boolean group, boolean version) {
        String name = cls.name();
        // A generic class with neither annotation is a base of resources (Base<S> extends CustomResource<S, T>).
        boolean base = !cls.typeParameters().isEmpty() && !group && !version;
        if (kind != Kind.NONE && !(group && version) && !base) {
            String missing = group ? "@Version" : version ? "@Group" : "@Group and @Version";
            return Optional.of(String.format("%s: %s %s but has no %s: no CRD for it; annotate it with fabric8's %s",
                    index.location(cls), name, kind == Kind.CUSTOM_RESOURCE ? "extends CustomResource"
                    : "implements HasMetadata", missing, missing));
        }
        if (kind == Kind.NONE && (group || version) && !isResourceList(cls)) {
            return Optional.of(String.format("%s: %s has %s but neither extends CustomResource nor implements "
                    + "HasMetadata in the sources read: no CRD for it; make it a resource, or pass the sources of "
                    + "its base types with --sources or their jar with --classpath", index.location(cls), name,
                    group && version ? "@Group and @Version" : group ? "@Group" : "@Version"));
        }
        return Optional.empty();
    }
}
