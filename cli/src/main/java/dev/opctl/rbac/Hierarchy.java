package dev.opctl.rbac;

import dev.opctl.crd.SourceModel;
import dev.opctl.crd.model.Modifier;
import dev.opctl.crd.model.TypeDeclaration;
import dev.opctl.crd.model.TypeParameter;
import dev.opctl.crd.model.TypeUse;
import dev.opctl.project.ProjectFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The classes of the sources and their supertypes, as far as RBAC inference needs them: those the
 * sources declare, and a library's base class, read from its jar; never a class of the JDK, JOSDK or
 * fabric8, whose supertypes opctl knows, nor an interface of a jar, which needs no class path.
 */
final class Hierarchy {
    /** The packages whose classes {@link #declared} does not read: what opctl needs of them is in its tables. */
    private static final List<String> KNOWN = List.of("java.", "javax.", "jakarta.", "jdk.", "sun.", "com.sun.",
            "org.w3c.", "org.xml.", "io.javaoperatorsdk.", "io.fabric8.");

    private final SourceModel model;
    private final ProjectFile project;
    private final Function<String, Optional<TypeDeclaration>> jars;
    /** {@link #supertypes}, by type: each is asked for again by every reader of the type (dependents, helpers, ...). */
    private final Map<String, List<TypeUse.Named>> supertypes = new HashMap<>();

    Hierarchy(SourceModel model, ProjectFile project, Function<String, Optional<TypeDeclaration>> jars) {
        this.model = model;
        this.project = project;
        this.jars = jars;
    }

    /**
     * Every supertype of {@code type}, with type arguments: its own, then theirs where the sources
     * declare them, or for a superclass, a jar ({@link #declared}), their type parameters replaced by
     * the arguments given ({@code Base<ConfigMap>} makes {@code Base<R>}'s
     * {@code CRUDKubernetesDependentResource<R, P>} one of {@code ConfigMap}).
     * The type parameters of a class JOSDK can instantiate stand for their bounds: those of
     * {@code Any<R extends ConfigMap>} for {@code ConfigMap}, a raw use's.
     */
    List<TypeUse.Named> supertypes(TypeDeclaration type) {
        return supertypes.computeIfAbsent(type.name(), name -> {
            List<TypeUse.Named> found = new ArrayList<>();
            boolean instantiable = !type.is(Modifier.ABSTRACT) && type.kind() != TypeDeclaration.Kind.INTERFACE;
            Map<String, TypeUse> bindings = instantiable ? TypeParameter.bounds(type.typeParameters()) : Map.of();
            supertypes(type, bindings, found, new HashSet<>());
            return List.copyOf(found);
        });
    }

    private void supertypes(TypeDeclaration type, Map<String, TypeUse> bindings, List<TypeUse.Named> into,
            Set<String> visited) {
        if (!visited.add(type.name())) {
            return; // a cycle: javac rejects it, and it adds nothing
        }
        List<TypeUse.Named> direct = new ArrayList<>();
        if (type.superclass() != null) {
            direct.add(type.superclass());
        }
        direct.addAll(type.interfaces());
        for (TypeUse.Named supertype : direct) {
            TypeUse.Named substituted = (TypeUse.Named) supertype.substitute(bindings);
            // A library's base class is read from its jar; its interfaces (a webhook's, say) need no class path.
            Optional<TypeDeclaration> declaration = supertype != type.superclass() ? model.type(substituted.name())
                    : substituted.name().indexOf('.') < 0 ? imported(type, substituted.name())
                    : declared(substituted.name());
            TypeUse.Named bound = declaration.isEmpty() || declaration.get().name().equals(substituted.name())
                    ? substituted : new TypeUse.Named(declaration.get().name(), substituted.arguments(),
                            substituted.annotations(), substituted.written());
            into.add(bound);
            declaration.ifPresent(declared -> {
                Map<String, TypeUse> arguments = new HashMap<>();
                if (declared.typeParameters().size() == bound.arguments().size()) {
                    for (int i = 0; i < bound.arguments().size(); i++) {
                        arguments.put(declared.typeParameters().get(i).name(), bound.arguments().get(i));
                    }
                }
                supertypes(declared, arguments, into, visited);
            });
        }
    }

    /**
     * The declaration of the class {@code name}: in the sources, else in a jar (a base class of a
     * library's); none for one of the JDK, JOSDK or fabric8, whose supertypes opctl knows, nor for one
     * of the project's package the sources do not declare (one a command is about to write).
     */
    Optional<TypeDeclaration> declared(String name) {
        Optional<TypeDeclaration> source = model.type(name);
        return source.isPresent() || KNOWN.stream().anyMatch(name::startsWith)
                || name.startsWith(project.javaPackage() + ".") ? source : jars.apply(name);
    }

    /** The declaration of {@code type}'s superclass, as {@link #declared}, or one imported on demand from a jar. */
    Optional<TypeDeclaration> superclass(TypeDeclaration type) {
        String name = type.superclass() == null ? null : type.superclass().name();
        return name == null ? Optional.empty() : name.indexOf('.') < 0 ? imported(type, name) : declared(name);
    }

    /**
     * The class of a jar that {@code simpleName}, a superclass the file of {@code type} leaves
     * unresolved, names: in the first package imported on demand that has it ({@code import org.acme.*;}),
     * none of those {@link #declared} does not read.
     */
    private Optional<TypeDeclaration> imported(TypeDeclaration type, String simpleName) {
        if (model.type(type.name()).isEmpty()) {
            return Optional.empty();
        }
        for (String pkg : model.packagesInScope(type.name())) {
            Optional<TypeDeclaration> found = pkg.isEmpty() ? Optional.empty() : declared(pkg + "." + simpleName);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
