package dev.opctl.crd;

import dev.opctl.crd.model.TypeUse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The properties a class inherits from a superclass of fabric8's that opctl knows by name, without
 * its jar: {@code CustomResource}'s and the resource lists' ({@code DefaultKubernetesResourceList},
 * {@code CustomResourceList}, and older fabric8's {@code BaseKubernetesList}), as Jackson finds their getters.
 */
final class LibrarySupertypes {
    private static final TypeUse STRING = TypeUse.Named.of("java.lang.String");
    private static final TypeUse OBJECT = TypeUse.Named.of("java.lang.Object");
    private static final String MODEL = "io.fabric8.kubernetes.api.model.";

    private LibrarySupertypes() {
    }

    /** Whether opctl knows the properties of {@code qualifiedName} by name. */
    static boolean declares(String qualifiedName) {
        return qualifiedName.equals(LibraryNames.CUSTOM_RESOURCE)
                || LibraryNames.RESOURCE_LIST_CLASSES.contains(qualifiedName);
    }

    /**
     * The properties, by name, that {@code superclass} (its type arguments bound) gives a subclass;
     * empty when opctl does not know it by name. A resource's root leaves out kind, apiVersion and
     * metadata ({@code SchemaExpansion.root}); elsewhere, as a field's type, they are there.
     */
    static Map<String, TypeUse> properties(TypeUse.Named superclass) {
        Map<String, TypeUse> properties = new LinkedHashMap<>();
        if (!declares(superclass.name())) {
            return properties;
        }
        boolean resource = superclass.name().equals(LibraryNames.CUSTOM_RESOURCE);
        properties.put("apiVersion", STRING);
        properties.put("kind", STRING);
        properties.put("metadata", TypeUse.Named.of(MODEL + (resource ? "ObjectMeta" : "ListMeta")));
        List<TypeUse> arguments = superclass.arguments();
        if (resource) { // CustomResource<S, T>; a raw one's are Objects
            properties.put("spec", arguments.size() == 2 ? arguments.get(0) : OBJECT);
            properties.put("status", arguments.size() == 2 ? arguments.get(1) : OBJECT);
        } else { // a list of T; BaseKubernetesList's, and a raw one's, of HasMetadata
            TypeUse item = arguments.size() == 1 ? arguments.get(0) : TypeUse.Named.of(LibraryNames.HAS_METADATA);
            properties.put("items", new TypeUse.Named("java.util.List", List.of(item)));
        }
        return properties;
    }
}
