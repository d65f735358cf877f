package dev.opctl.crd;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which classes of the sources are resources, as fabric8's generator takes them: a concrete class
 * with {@code @Group} and {@code @Version} that extends {@code CustomResource} or implements
 * {@code HasMetadata} (itself, through a base class, or through an interface of the sources). A
 * class that looks like one but is not taken gets a warning, never silence.
 */
final class ResourceClasses {
    /** What a class is: a CustomResource, a HasMetadata of its own, or neither. */
    enum Kind { CUSTOM_RESOURCE, HAS_METADATA, NONE }

    private final SourceIndex index;

    ResourceClasses(SourceIndex index) {
        this.index = index;
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
