package dev.opctl.crd.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One type as the CRD engine needs it, whether read from a source file or a class file: what it
 * is, what it extends, its fields and accessors, their annotations with constant values, and its
 * comments. Nested types are declarations of their own, named {@code pkg.Outer.Inner}.
 *
 * @param name the qualified (canonical) name, {@code pkg.Outer.Inner}
 * @param kind class, interface, enum, record or annotation
 * @param modifiers its modifiers that matter (abstract, public, ...)
 * @param typeParameters its type parameters, in order
 * @param superclass what it extends, with type arguments; null for interfaces and {@code java.lang.Object}
 * @param interfaces what it implements (an interface: extends), with type arguments
 * @param fields its fields, static ones too, in declaration order
 * @param methods its accessor-like methods, in declaration order
 * @param components a record's components, else empty
 * @param enumConstants an enum's constants, else empty
 * @param annotations the annotations on the type
 * @param doc its comments
 * @param creators its constructors and static factory methods that carry annotations ({@link CreatorDeclaration})
 */
public record TypeDeclaration(String name, Kind kind, Set<Modifier> modifiers, List<TypeParameter> typeParameters,
        TypeUse.Named superclass, List<TypeUse.Named> interfaces, List<FieldDeclaration> fields,
        List<MethodDeclaration> methods, List<RecordComponent> components, List<EnumConstant> enumConstants,
        List<AnnotationUse> annotations, Doc doc, List<CreatorDeclaration> creators) implements Annotated {
    /** What kind of type it is. */
    public enum Kind {
        CLASS, INTERFACE, ENUM, RECORD, ANNOTATION
    }

    public TypeDeclaration {
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(kind, "kind == null");
        modifiers = Set.copyOf(modifiers);
        typeParameters = List.copyOf(typeParameters);
        interfaces = List.copyOf(interfaces);
        fields = List.copyOf(fields);
        methods = List.copyOf(methods);
        components = List.copyOf(components);
        enumConstants = List.copyOf(enumConstants);
        annotations = List.copyOf(annotations);
        creators = List.copyOf(creators);
    }

    /** A type without creators. */
    public TypeDeclaration(String name, Kind kind, Set<Modifier> modifiers, List<TypeParameter> typeParameters,
            TypeUse.Named superclass, List<TypeUse.Named> interfaces, List<FieldDeclaration> fields,
            List<MethodDeclaration> methods, List<RecordComponent> components, List<EnumConstant> enumConstants,
            List<AnnotationUse> annotations, Doc doc) {
        this(name, kind, modifiers, typeParameters, superclass, interfaces, fields, methods, components, enumConstants,
                annotations, doc, List.of());
    }

    /**
     * What its type parameters stand for in a use with these type arguments: each its argument;
     * in a raw use (no arguments) each its bound, as Jackson resolves a raw type (a parameter
     * without a bound, {@code Object}, stays a variable).
     */
    public Map<String, TypeUse> bindings(List<TypeUse> arguments) {
        if (arguments.isEmpty()) {
            return TypeParameter.bounds(typeParameters);
        }
        Map<String, TypeUse> bindings = new HashMap<>();
        for (int i = 0; i < typeParameters.size() && i < arguments.size(); i++) {
            bindings.put(typeParameters.get(i).name(), arguments.get(i));
        }
        return bindings;
    }

    /** Whether it has this modifier. */
    public boolean is(Modifier modifier) {
        return modifiers.contains(modifier);
    }

    /** Its superclass (if it has one) and then its interfaces, as written. */
    public List<TypeUse.Named> supertypes() {
        if (superclass == null) {
            return interfaces;
        }
        List<TypeUse.Named> supertypes = new ArrayList<>(interfaces.size() + 1);
        supertypes.add(superclass);
        supertypes.addAll(interfaces);
        return supertypes;
    }

    /** The simple name: {@code Inner} of {@code pkg.Outer.Inner}. */
    public String simpleName() {
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
