package dev.opctl.crd;

import dev.opctl.crd.model.AnnotationUse;
import dev.opctl.crd.model.TypeUse;
import dev.opctl.crd.syntax.Annotation;
import dev.opctl.crd.syntax.TypeDecl;
import dev.opctl.crd.syntax.TypeExpr;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/** A type written in the sources as a {@link TypeUse} of the declaration model, names resolved. */
final class SourceTypeUses {
    private SourceTypeUses() {
    }

    static TypeUse of(TypeExpr written, Scope scope, SourceIndex index) {
        return of(written, scope, index, Outside.NONE, (a, s) -> null);
    }

    /**
     * Where names the sources do not declare come from, the class path: {@code inherited} gives the
     * member type a simple name names among those a type of the sources (one level of the enclosing
     * types) inherits from supertypes outside the sources (null for none; javac looks there after
     * the level's own members, before the next level's), {@code declares} tells whether the class path
     * declares a type (the member type a static import may name), {@code unresolved} qualifies the names left
     * unresolved after the imports ({@code Tier} of {@code import org.lib.*;}).
     */
    record Outside(BiFunction<TypeDecl, String, String> inherited, Predicate<String> declares,
            UnaryOperator<String> unresolved) {
        static final Outside NONE = new Outside((level, simpleName) -> null, name -> false, UnaryOperator.identity());
    }

    /**
     * {@link #of(TypeExpr, Scope, SourceIndex)}, with names the sources do not declare resolved
     * through {@code outside}, and the type annotations on class types
     * ({@code List<@Pattern("[a-z]+") String>}) as {@code annotations} reads them (null to leave one out).
     */
    static TypeUse of(TypeExpr written, Scope scope, SourceIndex index, Outside outside,
            BiFunction<Annotation, Scope, AnnotationUse> annotations) {
        if (written instanceof TypeExpr.Primitive primitive) {
            return new TypeUse.Primitive(primitive.name());
        }
        if (written instanceof TypeExpr.ArrayOf array) {
            return new TypeUse.ArrayOf(of(array.component(), scope, index, outside, annotations));
        }
        if (written instanceof TypeExpr.Wildcard wildcard) {
            return new TypeUse.Wildcard(wildcard.bound() == null ? null
                    : of(wildcard.bound(), scope, index, outside, annotations), wildcard.upper());
        }
        TypeExpr.ClassType classType = (TypeExpr.ClassType) written;
        if (isTypeVariable(classType, scope, index)) {
            return new TypeUse.Variable(classType.name());
        }
        List<TypeUse> arguments = new ArrayList<>();
        for (TypeExpr argument : classType.typeArguments()) {
            arguments.add(of(argument, scope, index, outside, annotations));
        }
        List<AnnotationUse> typeAnnotations = new ArrayList<>();
        for (Annotation annotation : classType.annotations()) {
            AnnotationUse use = annotations.apply(annotation, scope.at(annotation.line()));
            if (use != null) {
                typeAnnotations.add(use);
            }
        }
        try {
            return new TypeUse.Named(name(classType.name(), scope.at(classType.line()), index, outside), arguments,
                    typeAnnotations, classType.name());
        } catch (AmbiguousName e) { // an error of the declaration that uses it, whose others are read
            return new TypeUse.Named(classType.name(), arguments, typeAnnotations, classType.name(), e.problem());
        }
    }

    /**
     * The class a builder {@code written} at {@code scope} builds ({@code Deployment} of {@code DeploymentBuilder}),
     * as javac resolves its name there: a builder of fabric8's model is in its class's package, which an import on
     * demand names (opctl knows the model's classes, not their builders); else null.
     */
    static TypeUse built(TypeExpr written, Scope scope, SourceIndex index) {
        String builder = written instanceof TypeExpr.ClassType type ? type.name() : "";
        if (!builder.endsWith("Builder") || builder.equals("Builder")) {
            return null;
        }
        String resolved = of(written, scope, index) instanceof TypeUse.Named named ? named.name() : builder;
        String built = resolved.substring(0, resolved.length() - "Builder".length());
        return TypeUse.Named.of(built.indexOf('.') >= 0 ? built
                : name(built, scope.at(((TypeExpr.ClassType) written).line()), index, Outside.NONE));
    }

    /** The qualified name of a type name written at {@code scope}, as javac resolves it; as written if none. */
    static String name(String written, Scope scope, SourceIndex index, Outside outside) {
        String name = index.resolve(written, scope.type(), scope.line(), outside);
        return Character.isUpperCase(name.charAt(0)) ? outside.unresolved().apply(name) : name;
    }

    /** Whether a simple name written at {@code scope} names a type parameter in scope there. */
    static boolean isTypeVariable(TypeExpr.ClassType type, Scope scope, SourceIndex index) {
        if (type.name().indexOf('.') >= 0 || type.arguments() != null) {
            return false;
        }
        if (scope.typeVariables().contains(type.name())) {
            return true;
        }
        for (TypeDecl t = scope.type(); t != null; t = index.enclosing(t)) {
            if (t.typeParameters().stream().anyMatch(p -> p.name().equals(type.name()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The return type the methods named {@code method} with {@code arity} parameters declare, of the innermost
     * of {@code levels} (each a type and its superclasses) that has a method of that name; null where they differ.
     */
    static TypeUse returned(List<List<TypeDecl>> levels, String method, int arity, SourceIndex index) {
        for (List<TypeDecl> level : levels) {
            Set<TypeUse> returned = new HashSet<>();
            boolean named = false;
            for (TypeDecl t : level) {
                for (TypeDecl.Method m : t.methods()) {
                    named |= m.name().equals(method);
                    if (m.name().equals(method) && m.parameters().size() == arity) {
                        returned.add(of(m.returnType(), new Scope(t, m.typeParameters().stream()
                                .map(TypeDecl.TypeParameter::name).toList(), m.line()), index));
                    }
                }
            }
            if (named) {
                return returned.size() == 1 ? returned.iterator().next() : null;
            }
        }
        return null;
    }
}
