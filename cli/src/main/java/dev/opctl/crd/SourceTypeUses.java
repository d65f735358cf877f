package dev.opctl.crd;

import dev.opctl.crd.model.AnnotationUse;
import dev.opctl.crd.model.TypeUse;
import dev.opctl.crd.syntax.Annotation;
import dev.opctl.crd.syntax.TypeDecl;
import dev.opctl.crd.syntax.TypeExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

/** A type written in the sources as a {@link TypeUse} of the declaration model, names resolved. */
final class SourceTypeUses {
    private SourceTypeUses() {
    }

    static TypeUse of(TypeExpr written, Scope scope, SourceIndex index) {
        return of(written, scope, index, UnaryOperator.identity(), (a, s) -> null);
    }

    /**
     * {@link #of(TypeExpr, Scope, SourceIndex)}, where {@code unresolved} qualifies the names the
     * sources leave unresolved ({@code Tier} of {@code import org.lib.*;}) from elsewhere, the class
     * path, with the type annotations on class types ({@code List<@Pattern("[a-z]+") String>}) as
     * {@code annotations} reads them (null to leave one out).
     */
    static TypeUse of(TypeExpr written, Scope scope, SourceIndex index, UnaryOperator<String> unresolved,
            BiFunction<Annotation, Scope, AnnotationUse> annotations) {
        if (written instanceof TypeExpr.Primitive primitive) {
            return new TypeUse.Primitive(primitive.name());
        }
        if (written instanceof TypeExpr.ArrayOf array) {
            return new TypeUse.ArrayOf(of(array.component(), scope, index, unresolved, annotations));
        }
        if (written instanceof TypeExpr.Wildcard wildcard) {
            return new TypeUse.Wildcard(wildcard.bound() == null ? null
                    : of(wildcard.bound(), scope, index, unresolved, annotations), wildcard.upper());
        }
        TypeExpr.ClassType classType = (TypeExpr.ClassType) written;
        if (isTypeVariable(classType, scope, index)) {
            return new TypeUse.Variable(classType.name());
        }
        List<TypeUse> arguments = new ArrayList<>();
        for (TypeExpr argument : classType.typeArguments()) {
            arguments.add(of(argument, scope, index, unresolved, annotations));
        }
        List<AnnotationUse> typeAnnotations = new ArrayList<>();
        for (Annotation annotation : classType.annotations()) {
            AnnotationUse use = annotations.apply(annotation, scope.at(annotation.line()));
            if (use != null) {
                typeAnnotations.add(use);
            }
        }
        String name = index.resolve(classType.name(), scope.type(), classType.line());
        return new TypeUse.Named(Character.isUpperCase(name.charAt(0)) ? unresolved.apply(name) : name, arguments,
                typeAnnotations, classType.name());
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
            if (t.typeParameters().contains(type.name())) {
                return true;
            }
        }
        return false;
    }
}
