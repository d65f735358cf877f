package dev.opctl.crd;

import dev.opctl.crd.classfile.JdkClasses;
import dev.opctl.crd.model.TypeDeclaration;
import dev.opctl.crd.model.TypeUse;
import dev.opctl.engine.OpctlException;

/** The errors for a type opctl cannot find or map, each saying what to do. */
final class TypeErrors {
    /** What to do about a type the sources and the class path do not declare. */
    private static final String ADD = "; add its sources or its jar (--sources, --classpath; in a project, a Maven "
            + "dependency)";

    private TypeErrors() {
    }

    /** A supertype of {@code type} that neither the sources nor the class path declare. */
    static OpctlException unknownSupertype(TypeDeclaration type, String what, String name) {
        String at = type.doc().where() != null ? type.doc().where() : type.name();
        if (KubernetesCatalog.get().contains(name)) { // its schema is known, but not its Java declaration
            return OpctlException.invalidInput(String.format("%s: %s, the %s of %s, is a Kubernetes model class "
                    + "whose schema opctl knows but whose properties it reads from its jar, to inherit them; add "
                    + "fabric8's model jars to --classpath (kubernetes-model-core and kubernetes-model-common %s; "
                    + "in a project they come with its Maven dependencies)", at, name, what, type.name(),
                    KubernetesCatalog.get().fabric8Version()));
        }
        return OpctlException.invalidInput(String.format("%s: %s, the %s of %s, is not declared in the sources or on "
                + "the class path, so the properties inherited from it are unknown" + ADD, at, name, what,
                type.name()));
    }

    /** A type of a field opctl has no schema for. */
    static OpctlException unmappable(TypeUse type, String where) {
        if (type instanceof TypeUse.Named named && JdkClasses.declares(named.name())) {
            return OpctlException.invalidInput(String.format("%s: opctl does not map the JDK class %s to a schema "
                    + "(docs/crds.md lists those it maps); use one of those, or map the field with "
                    + "@SchemaFrom(type = ...)", where, named.asWritten()));
        }
        if (type instanceof TypeUse.Named named && named.name().startsWith(KnownTypes.KUBERNETES_MODEL)) {
            // Generic ones (DefaultKubernetesResourceList<T>) are not in the catalog, nor are newer fabric8's.
            return OpctlException.invalidInput(String.format("%s: opctl's catalog of the Kubernetes model of fabric8 "
                    + "%s has no schema of %s; add fabric8's model jars to --classpath (kubernetes-model-core and "
                    + "kubernetes-model-common; in a project they come with its Maven dependencies), or map the field "
                    + "with @SchemaFrom(type = ...)", where, KubernetesCatalog.get().fabric8Version(), written(named)));
        }
        return OpctlException.invalidInput(String.format("%s: opctl cannot map type %s to a schema (it is not "
                + "declared in the sources or on the class path, not a JDK type opctl knows and not a Kubernetes "
                + "model class of fabric8 %s)" + ADD + ", or map the field with @SchemaFrom(type = ...)", where,
                type instanceof TypeUse.Named named ? written(named) : type, KubernetesCatalog.get().fabric8Version()));
    }

    /** The type as written, with the name it resolved to when that says more ({@code Money (org.acme.Money)}). */
    private static String written(TypeUse.Named type) {
        String written = type.asWritten();
        String simple = written.replaceFirst("<.*", "");
        return simple.equals(type.name()) || !type.name().contains(".") ? written : written + " (" + type.name() + ")";
    }
}
