package dev.opctl.crd.model;

import java.util.List;

/**
 * A constant of an enum.
 *
 * @param name its name
 * @param annotations its annotations ({@code @JsonProperty("x")}, {@code @JsonIgnore})
 * @param doc its comments
 * @param jsonValue what Jackson writes for it when the enum has a {@code @JsonValue} field, or a
 *     getter returning one, that the constructor sets from a String constant argument; else null
 */
public record EnumConstant(String name, List<AnnotationUse> annotations, Doc doc, String jsonValue)
        implements Annotated {
    public EnumConstant {
        annotations = List.copyOf(annotations);
    }

    /** A constant without a {@code @JsonValue}. */
    public EnumConstant(String name, List<AnnotationUse> annotations, Doc doc) {
        this(name, annotations, doc, null);
    }
}
