package dev.opctl.crd;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.opctl.crd.model.TypeUse;
import dev.opctl.engine.OpctlException;
import dev.opctl.naming.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
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
     * looks like one but is not.
     */
    List<CustomResourceType> find(Consumer<String> warnings) {
        List<CustomResourceType> found = new ArrayList<>();
        for (TypeDeclaration<?> type : index.types()) {
            if (!(type instanceof ClassOrInterfaceDeclaration cls) || cls.isInterface() || cls.isAbstract()) {
                continue;
            }
            Optional<AnnotationExpr> group = annotations.find(cls, Annotations.FABRIC8_MODEL + "Group");
            Optional<AnnotationExpr> version = annotations.find(cls, Annotations.FABRIC8_MODEL + "Version");
            Kind kind = kind(cls);
            if (kind != Kind.NONE && group.isPresent() && version.isPresent()) {
                dev.opctl.crd.model.TypeDeclaration model = schemas.types().source(index.qualifiedName(cls))
                        .orElseThrow();
                found.add(describe(cls, model, schemas.customResourceArguments(model).orElse(List.of()), group.get(),
                        version.get(), kind == Kind.HAS_METADATA));
            } else {
                skipped(cls, kind, group.isPresent(), version.isPresent()).ifPresent(warnings);
            }
        }
        return found;
    }

    private CustomResourceType describe(ClassOrInterfaceDeclaration cls, dev.opctl.crd.model.TypeDeclaration model,
            List<TypeUse> arguments, AnnotationExpr groupAnnotation, AnnotationExpr versionAnnotation,
            boolean hasMetadata) {
        String group = annotations.string(groupAnnotation, "value").orElse("");
        if (group.isEmpty() || !group.contains(".")) {
            throw OpctlException.invalidInput(String.format("%s: @Group(\"%s\") is not a valid API group: use a DNS "
                    + "subdomain with at least one dot, e.g. cache.example.com", index.location(cls), group));
        }
        Names.requireDnsSubdomain("API group of " + cls.getNameAsString(), group);
        String version = annotations.string(versionAnnotation, "value").orElse("");
        Names.requireDnsLabel("version of " + cls.getNameAsString(), version);
        String kind = modelString(cls, "Kind").orElse(cls.getNameAsString());
        // As fabric8 names the resource at run time (HasMetadata.getSingular and getPlural).
        String singular = modelString(cls, "Singular").orElse(kind).toLowerCase(Locale.ROOT);
        String plural = modelString(cls, "Plural").map(p -> p.toLowerCase(Locale.ROOT))
                .orElse(Fabric8Plural.of(singular));
        List<String> shortNames = annotations.find(cls, Annotations.FABRIC8_MODEL + "ShortNames")
                .map(a -> annotations.strings(a, "value")).orElse(List.of());
        List<String> categories = annotations.find(cls, Annotations.FABRIC8_MODEL + "Categories")
                .map(a -> annotations.strings(a, "value")).orElse(List.of());
        boolean namespaced = implementsInterface(cls, LibraryNames.NAMESPACED);
        return new CustomResourceType(cls, model, group, version,
                annotations.bool(versionAnnotation, "storage").orElse(true),
                annotations.bool(versionAnnotation, "served").orElse(true),
                annotations.bool(versionAnnotation, "deprecated").orElse(false),
                annotations.string(versionAnnotation, "deprecationWarning").filter(w -> !w.isEmpty()).orElse(null),
                kind, plural, singular, shortNames, categories, namespaced,
                keyValues(cls, "Labels"), keyValues(cls, "Annotations"),
                arguments.size() == 2 ? arguments.get(0) : null,
                arguments.size() == 2 ? arguments.get(1) : null, hasMetadata);
    }

    private Optional<String> modelString(ClassOrInterfaceDeclaration cls, String annotation) {
        return annotations.find(cls, Annotations.FABRIC8_MODEL + annotation)
                .flatMap(a -> annotations.string(a, "value")).filter(v -> !v.isEmpty());
    }

    /** {@code @Labels({"a=b"})} or {@code @Annotations(...)} of fabric8's generator, in name order. */
    private Map<String, String> keyValues(ClassOrInterfaceDeclaration cls, String annotation) {
        Map<String, String> values = new TreeMap<>();
        annotations.find(cls, Annotations.FABRIC8_CRD + annotation).ifPresent(a -> {
            for (String entry : annotations.strings(a, "value")) {
                int eq = entry.indexOf('=');
                if (eq <= 0) {
                    throw OpctlException.invalidInput(String.format("%s: @%s(\"%s\") is not a key=value pair; write "
                            + "it as \"key=value\"", index.location(a), annotation, entry));
                }
                values.put(entry.substring(0, eq), entry.substring(eq + 1));
            }
        });
        return values;
    }


    /** Whether a concrete class is a CustomResource, a HasMetadata, or neither. */
    Kind kind(ClassOrInterfaceDeclaration cls) {
        if (extendsCustomResource(cls)) {
            return Kind.CUSTOM_RESOURCE;
        }
        return implementsInterface(cls, LibraryNames.HAS_METADATA) ? Kind.HAS_METADATA : Kind.NONE;
    }

    /**
     * Whether a class implements the interface {@code qualifiedName}, itself or through a base class or
     * an interface of the sources, as {@code Class.isAssignableFrom} sees it.
     */
    boolean implementsInterface(ClassOrInterfaceDeclaration cls, String qualifiedName) {
        for (TypeDeclaration<?> type : hierarchy(cls)) {
            if (type instanceof ClassOrInterfaceDeclaration c && c.getImplementedTypes().stream()
                    .anyMatch(i -> isOrExtends(i, c, qualifiedName, 0))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a class extends CustomResource, itself or through classes of the sources. */
    private boolean extendsCustomResource(ClassOrInterfaceDeclaration cls) {
        TypeDeclaration<?> current = cls;
        for (int depth = 0; depth < 32 && current instanceof ClassOrInterfaceDeclaration c; depth++) {
            if (c.getExtendedTypes().isEmpty() || c.isInterface()) {
                return false;
            }
            String name = index.resolve(c.getExtendedTypes(0).getNameWithScope(), c);
            if (name.equals(LibraryNames.CUSTOM_RESOURCE)) {
                return true;
            }
            current = index.type(name).orElse(null);
        }
        return false;
    }

    /** The class and its superclasses in the sources, the class first. */
    private List<TypeDeclaration<?>> hierarchy(TypeDeclaration<?> type) {
        List<TypeDeclaration<?>> chain = new ArrayList<>();
        TypeDeclaration<?> current = type;
        while (current != null && chain.size() < 32) {
            chain.add(current);
            TypeDeclaration<?> next = null;
            if (current instanceof ClassOrInterfaceDeclaration cls && !cls.isInterface()
                    && cls.getExtendedTypes().isNonEmpty()) {
                next = index.type(index.resolve(cls.getExtendedTypes(0).getNameWithScope(), cls)).orElse(null);
            }
            current = next;
        }
        return chain;
    }

    /** Whether an interface as written is {@code qualifiedName} or an interface of the sources that extends it. */
    private boolean isOrExtends(ClassOrInterfaceType written, TypeDeclaration<?> context, String qualifiedName,
            int depth) {
        String name = index.resolve(written.getNameWithScope(), context);
        if (name.equals(qualifiedName)) {
            return true;
        }
        return depth < 16 && index.type(name).filter(t -> t instanceof ClassOrInterfaceDeclaration c && c.isInterface())
                .map(t -> ((ClassOrInterfaceDeclaration) t).getExtendedTypes().stream()
                        .anyMatch(e -> isOrExtends(e, t, qualifiedName, depth + 1))).orElse(false);
    }

    /**
     * The warning for a concrete class that looks like a resource but is not one opctl generates
     * a CRD for, or empty when it does not look like one.
     */
    Optional<String> skipped(ClassOrInterfaceDeclaration cls, Kind kind, boolean group, boolean version) {
        String name = cls.getNameAsString();
        if (kind != Kind.NONE && !(group && version)) {
            return Optional.of(String.format("%s: %s %s but has no %s: no CRD for it; annotate it with fabric8's "
                    + "@Group and @Version", index.location(cls), name, kind == Kind.CUSTOM_RESOURCE
                    ? "extends CustomResource" : "implements HasMetadata", group ? "@Version" : version ? "@Group"
                    : "@Group and @Version"));
        }
        if (kind == Kind.NONE && (group || version)) {
            return Optional.of(String.format("%s: %s has %s but neither extends CustomResource nor implements "
                    + "HasMetadata in the sources read: no CRD for it; make it a resource, or pass the sources of "
                    + "its base types with --sources", index.location(cls), name,
                    group && version ? "@Group and @Version" : group ? "@Group" : "@Version"));
        }
        return Optional.empty();
    }
}
