package dev.opctl.crd;

import dev.opctl.crd.model.AnnotationUse;
import dev.opctl.crd.model.CreatorDeclaration;
import dev.opctl.crd.model.Doc;
import dev.opctl.crd.model.Modifier;
import dev.opctl.crd.model.TypeParameter;
import dev.opctl.crd.model.TypeUse;
import dev.opctl.crd.syntax.Annotation;
import dev.opctl.crd.syntax.TypeDecl;
import dev.opctl.crd.syntax.TypeExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The creators of a type of the sources, as {@link CreatorDeclaration} has them: its constructors, and its
 * static methods that return it, that carry annotations (on themselves or a parameter). An enum's and an
 * inner class's constructors are left out, as javac's class files make them take parameters the sources do not
 * write.
 */
final class SourceCreators {
    /** How the reader models annotations written at a place; {@code member} names it in messages. */
    interface AnnotationReader {
        List<AnnotationUse> read(List<Annotation> written, Scope scope, String member);
    }

    /** How the reader models a type written at a place. */
    interface TypeReader {
        TypeUse read(TypeExpr type, Scope scope, String member);

        /** The type parameters {@code written} at {@code scope}, their bounds read as types. */
        default List<TypeParameter> parameters(List<TypeDecl.TypeParameter> written, Scope scope, String member) {
            return written.stream().map(p -> new TypeParameter(p.name(),
                    p.bound() == null ? null : read(p.bound(), scope.at(p.bound().line()), member))).toList();
        }
    }

    private SourceCreators() {
    }

    static List<CreatorDeclaration> of(TypeDecl type, String name, boolean inner, AnnotationReader annotations,
            TypeReader types, IntFunction<Doc> where) {
        if (type.kind() != TypeDecl.Kind.CLASS && type.kind() != TypeDecl.Kind.RECORD) {
            return List.of();
        }
        List<CreatorDeclaration> creators = new ArrayList<>(0);
        if (!inner) {
            for (TypeDecl.Constructor constructor : type.constructors()) {
                if (annotated(constructor.annotations(), constructor.parameters())) {
                    String member = ": constructor";
                    creators.add(new CreatorDeclaration(CreatorDeclaration.CONSTRUCTOR, parameters(
                            constructor.parameters(), Scope.in(type, constructor.line()), member, annotations, types,
                            Map.of(), where), annotations.read(constructor.annotations(), Scope.in(type,
                            constructor.line()), member), where.apply(constructor.line())));
                }
            }
        }
        for (TypeDecl.Method method : type.methods()) {
            if (!method.modifiers().contains(Modifier.STATIC) || !annotated(method.annotations(), method.parameters())) {
                continue;
            }
            Scope scope = Scope.in(type, method);
            String member = ": method '" + method.name() + "'";
            if (types.read(method.returnType(), scope, member) instanceof TypeUse.Named returned
                    && returned.name().equals(name)) {
                Map<String, TypeUse> bounds = TypeParameter.bounds(types.parameters(method.typeParameters(), scope,
                        member));
                creators.add(new CreatorDeclaration(method.name(), parameters(method.parameters(), scope, member,
                        annotations, types, bounds, where), annotations.read(method.annotations(), scope, member),
                        where.apply(method.line())));
            }
        }
        return creators;
    }

    private static boolean annotated(List<Annotation> own, List<TypeDecl.Param> parameters) {
        return !own.isEmpty() || parameters.stream().anyMatch(p -> !p.annotations().isEmpty());
    }

    private static List<CreatorDeclaration.Parameter> parameters(List<TypeDecl.Param> written, Scope scope,
            String member, AnnotationReader annotations, TypeReader types, Map<String, TypeUse> bounds,
            IntFunction<Doc> where) {
        List<CreatorDeclaration.Parameter> parameters = new ArrayList<>(written.size());
        for (TypeDecl.Param p : written) {
            String at = member + ", parameter '" + p.name() + "'";
            parameters.add(new CreatorDeclaration.Parameter(types.read(p.type(), scope.at(p.line()), at)
                    .substitute(bounds), annotations.read(p.annotations(), scope.at(p.line()), at), where.apply(p.line())));
        }
        return parameters;
    }
}
