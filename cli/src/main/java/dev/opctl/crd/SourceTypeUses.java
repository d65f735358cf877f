package dev.opctl.crd;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithTypeParameters;
import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.TypeParameter;
import com.github.javaparser.ast.type.WildcardType;
import dev.opctl.crd.model.AnnotationUse;
import dev.opctl.crd.model.TypeUse;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A type written in the sources as a {@link TypeUse} of the declaration model, names resolved and
 * bound type variables replaced: how a source type hands its type arguments to a class-file type.
 */
final class SourceTypeUses {
    private SourceTypeUses() {
    }

    static TypeUse of(TypeRef written, SourceIndex index) {
        return of(written, index, UnaryOperator.identity());
    }

    /**
     * {@link #of(TypeRef, SourceIndex)}, where {@code unresolved} qualifies the names the sources
     * leave unresolved ({@code Tier} of {@code import org.lib.*;}) from elsewhere, the class path.
     */
    static TypeUse of(TypeRef written, SourceIndex index, UnaryOperator<String> unresolved) {
        return of(written, index, unresolved, a -> null);
    }

    /**
     * {@link #of(TypeRef, SourceIndex, UnaryOperator)}, with the type annotations on class types
     * ({@code List<@Pattern("[a-z]+") String>}) as {@code annotations} reads them.
     */
    static TypeUse of(TypeRef written, SourceIndex index, UnaryOperator<String> unresolved,
            Function<AnnotationExpr, AnnotationUse> annotations) {
        TypeRef ref = written.unwrap();
        Type type = ref.type();
        if (type instanceof PrimitiveType primitive) {
            return new TypeUse.Primitive(primitive.asString());
        }
        if (type instanceof ArrayType array) {
            return new TypeUse.ArrayOf(of(ref.with(array.getComponentType()), index, unresolved, annotations));
        }
        if (type instanceof WildcardType wildcard) {
            if (wildcard.getExtendedType().isPresent()) {
                return new TypeUse.Wildcard(of(ref.with(wildcard.getExtendedType().get()), index, unresolved,
                        annotations), true);
            }
            return new TypeUse.Wildcard(wildcard.getSuperType()
                    .map(t -> of(ref.with(t), index, unresolved, annotations)).orElse(null), false);
        }
        if (!(type instanceof ClassOrInterfaceType classType)) {
            return new TypeUse.Primitive(type.asString());
        }
        if (isTypeVariable(classType, ref.context())) {
            return new TypeUse.Variable(classType.getNameAsString());
        }
        List<TypeUse> arguments = new ArrayList<>();
        for (Type argument : classType.getTypeArguments().map(List::copyOf).orElse(List.of())) {
            arguments.add(of(ref.with(argument), index, unresolved, annotations));
        }
        List<AnnotationUse> typeAnnotations = new ArrayList<>();
        for (AnnotationExpr annotation : classType.getAnnotations()) {
            AnnotationUse use = annotations.apply(annotation);
            if (use != null) {
                typeAnnotations.add(use);
            }
        }
        String asWritten = classType.getNameWithScope();
        String name = index.resolve(asWritten, ref.context());
        return new TypeUse.Named(Character.isUpperCase(name.charAt(0)) ? unresolved.apply(name) : name, arguments,
                typeAnnotations, asWritten);
    }

    /** Whether a simple name written at {@code context} names a type parameter in scope there. */
    static boolean isTypeVariable(ClassOrInterfaceType type, Node context) {
        if (type.getScope().isPresent() || type.getTypeArguments().isPresent()) {
            return false;
        }
        for (Node n = context; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof NodeWithTypeParameters<?> generic) {
                for (TypeParameter parameter : generic.getTypeParameters()) {
                    if (parameter.getNameAsString().equals(type.getNameAsString())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
