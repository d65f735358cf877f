package dev.opctl.crd;

import dev.opctl.crd.model.TypeDeclaration;
import dev.opctl.crd.model.TypeUse;
import dev.opctl.crd.syntax.TypeDecl;
import java.util.List;
import java.util.Map;

/**
 * One custom resource class of the sources (a CustomResource, or a HasMetadata of its own): one
 * version of one kind.
 *
 * @param declaration the class
 * @param model the class in the declaration model
 * @param group the API group ({@code @Group})
 * @param version the version ({@code @Version})
 * @param storage whether this version is the storage version
 * @param served whether this version is served
 * @param deprecated whether this version is deprecated
 * @param deprecationWarning the warning for a deprecated version, or {@code null}
 * @param kind the kind
 * @param plural the plural
 * @param singular the singular
 * @param shortNames the short names
 * @param categories the categories ({@code kubectl get all} lists kinds of the category "all")
 * @param namespaced whether the kind is namespaced
 * @param labels the CRD's labels ({@code @Labels})
 * @param annotations the CRD's annotations ({@code @Annotations})
 * @param spec the spec type argument, or {@code null} for a raw CustomResource
 * @param status the status type argument ({@code Void} for none), or {@code null} for a raw
 *     CustomResource
 * @param hasMetadata whether the class implements HasMetadata instead of extending CustomResource
 *     (then spec and status are null: they are its properties of those names)
 */
record CustomResourceType(
        TypeDecl declaration,
        TypeDeclaration model,
        String group,
        String version,
        boolean storage,
        boolean served,
        boolean deprecated,
        String deprecationWarning,
        String kind,
        String plural,
        String singular,
        List<String> shortNames,
        List<String> categories,
        boolean namespaced,
        Map<String, String> labels,
        Map<String, String> annotations,
        TypeUse spec,
        TypeUse status,
        boolean hasMetadata) {

    /** The CRD's name, {@code <plural>.<group>}. */
    String crdName() {
        return plural + "." + group;
    }
}
