package dev.opctl.crd.model;

import java.util.List;

/**
 * A constant of an enum.
 *
 * @param name its name
 * @param annotations its annotations ({@code @JsonProperty("x")}, {@code @JsonIgnore})
 * @param doc its comments
 */
public record EnumConstant(String name, List<AnnotationUse> annotations, Doc doc) implements Annotated {
    public EnumConstant {
        annotations = List.copyOf(annotations);
    }
}
