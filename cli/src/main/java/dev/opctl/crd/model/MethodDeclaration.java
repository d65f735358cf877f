package dev.opctl.crd.model;

import java.util.List;
import java.util.Set;

/**
 * A method that can be an accessor: a getter ({@code getX()}, {@code isX()}, a record's {@code x()})
 * or a setter ({@code setX(v)}). Models keep methods of at most one parameter; constructors and
 * compiler-made methods are left out.
 *
 * @param name its name
 * @param returnType its generic return type ({@code void} as a primitive)
 * @param parameters the generic types of its parameters
 * @param modifiers its modifiers that matter
 * @param annotations its annotations
 * @param doc its comments
 */
public record MethodDeclaration(String name, TypeUse returnType, List<TypeUse> parameters, Set<Modifier> modifiers,
        List<AnnotationUse> annotations, Doc doc) implements Annotated {
    public MethodDeclaration {
        parameters = List.copyOf(parameters);
        modifiers = Set.copyOf(modifiers);
        annotations = List.copyOf(annotations);
    }

    /** Whether it has this modifier. */
    public boolean is(Modifier modifier) {
        return modifiers.contains(modifier);
    }

    /** Whether it returns nothing. */
    public boolean isVoid() {
        return returnType instanceof TypeUse.Primitive p && p.name().equals("void");
    }
}
