package dev.opctl.crd;

import dev.opctl.crd.syntax.TypeDecl;
import dev.opctl.crd.syntax.TypeExpr;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the names written in the sources that the sources do not declare come from, as javac finds
 * them on the class path: a member type inherited from a supertype of the class path, else the
 * file's package or one of its on-demand imports. Not for use by several threads at once.
 */
final class ClasspathNames {
    private final SourceIndex index;
    private final ModelSchemas compiled;
    private final Map<TypeDecl, List<String>> supertypesOutside = new IdentityHashMap<>();

    ClasspathNames(SourceIndex index, ModelSchemas compiled) {
        this.index = index;
        this.compiled = compiled;
    }

    /** For the names written at {@code scope}; {@code member} (": field 'x'") says where in errors. */
    SourceTypeUses.Outside at(Scope scope, String member) {
        return new SourceTypeUses.Outside((level, simpleName) -> compiled.inherited(
                supertypesOutside.computeIfAbsent(level, this::supertypesOutside), simpleName),
                compiled::onClasspath,
                compiled.qualifier(() -> index.scope(scope.type()),
                        () -> index.location(scope.type(), scope.line()) + member));
    }

    /**
     * The supertypes of the class path of {@code type} and of its supertypes of the sources: where a
     * member type it inherits from a class of the class path ({@code Inner} of {@code class Spec
     * extends org.lib.Base}) is declared. Not the libraries opctl reads by name or fabric8's
     * Kubernetes model: their member types are none a model names.
     */
    private List<String> supertypesOutside(TypeDecl type) {
        List<String> outside = new ArrayList<>();
        supertypesOutside(type, outside, 0);
        outside.removeIf(name -> LibraryNames.declares(name) || name.startsWith(LibraryNames.FABRIC8_KUBERNETES));
        return outside;
    }

    private void supertypesOutside(TypeDecl type, List<String> outside, int depth) {
        List<TypeExpr.ClassType> supertypes = new ArrayList<>(type.extended());
        supertypes.addAll(type.implemented());
        for (TypeExpr.ClassType supertype : supertypes) {
            String name = index.resolve(supertype.name(), type, supertype.line());
            if (Character.isUpperCase(name.charAt(0))) { // imported on demand from the class path, say
                name = compiled.qualifier(index.scope(type), index.location(type, supertype.line()))
                        .apply(name);
            }
            Optional<TypeDecl> parent = index.type(name);
            if (parent.isEmpty() && !outside.contains(name)) {
                outside.add(name);
            } else if (parent.isPresent() && depth < 16) {
                supertypesOutside(parent.get(), outside, depth + 1);
            }
        }
    }
}
