package dev.opctl.crd.model;

import java.util.List;

/**
 * A constructor, or a static method returning its type, through which the type may be made from its
 * parts: Jackson's creators ({@code @JsonCreator}, {@code @JsonProperty("name")} on parameters). Models
 * keep those that carry annotations, on themselves or on a parameter; an enum's and an inner class's
 * constructors are left out.
 *
 * @param name the static method's name; {@code <init>} for a constructor
 * @param parameters its parameters, in order
 * @param annotations its annotations
 * @param doc its comments and place in the sources
 */
public record CreatorDeclaration(String name, List<Parameter> parameters, List<AnnotationUse> annotations, Doc doc)
        implements Annotated {
    /** The name the model gives constructors. */
    public static final String CONSTRUCTOR = "<init>";

    public CreatorDeclaration {
        parameters = List.copyOf(parameters);
        annotations = List.copyOf(annotations);
    }

    /** Whether it is a constructor (else a static method). */
    public boolean isConstructor() {
        return name.equals(CONSTRUCTOR);
    }

    /**
     * A parameter of a creator. It has no name: Jackson knows a parameter by the name an annotation gives it
     * (a class file holds parameter names only when compiled with {@code -parameters}).
     *
     * @param type its generic type
     * @param annotations its annotations
     * @param doc its place in the sources
     */
    public record Parameter(TypeUse type, List<AnnotationUse> annotations, Doc doc) implements Annotated {
        public Parameter {
            annotations = List.copyOf(annotations);
        }
    }
}
