package dev.opctl.crd;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.nodeTypes.NodeWithTypeParameters;
import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.TypeParameter;
import com.github.javaparser.ast.type.WildcardType;
import dev.opctl.crd.model.TypeUse;
import java.util.ArrayList;
import java.util.List;

/**
 * A type written in the sources as a {@link TypeUse} of the declaration model, names resolved and
 * bound type variables replaced: how a source type hands its type arguments to a class-file type.
 */
final class SourceTypeUses {
    private SourceTypeUses() {
    }

    static TypeUse of(TypeRef written, SourceIndex index) {
        TypeRef ref = written.unwrap();
        Type type = ref.type();
        if (type instanceof PrimitiveType primitive) {
            return new TypeUse.Primitive(primitive.asString());
        }
        if (type instanceof ArrayType array) {
            return new TypeUse.ArrayOf(of(ref.with(array.getComponentType()), index));
        }
        if (type instanceof WildcardType wildcard) {
            if (wildcard.getExtendedType().isPresent()) {
                return new TypeUse.Wildcard(of(ref.with(wildcard.getExtendedType().get()), index), true);
            }
            return new TypeUse.Wildcard(wildcard.getSuperType().map(t -> of(ref.with(t), index)).orElse(null), false);
        }
        if (!(type instanceof ClassOrInterfaceType classType)) {
            return new TypeUse.Primitive(type.asString());
        }
        if (isTypeVariable(classType, ref.context())) {
            return new TypeUse.Variable(classType.getNameAsString());
        }
        List<TypeUse> arguments = new ArrayList<>();
        for (Type argument : classType.getTypeArguments().map(List::copyOf).orElse(List.of())) {
            arguments.add(of(ref.with(argument), index));
        }
        return new TypeUse.Named(index.resolve(classType.getNameWithScope(), ref.context()), arguments);
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
