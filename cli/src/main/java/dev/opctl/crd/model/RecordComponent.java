package dev.opctl.crd.model;

import java.util.List;

/**
 * A component of a record, with the annotations written on it.
 *
 * @param name its name
 * @param type its generic type
 * @param annotations its annotations
 * @param doc its comments
 */
public record RecordComponent(String name, TypeUse type, List<AnnotationUse> annotations, Doc doc)
        implements Annotated {
    public RecordComponent {
        annotations = List.copyOf(annotations);
    }
}
