package dev.opctl.crd.classfile;

import dev.opctl.crd.model.TypeParameter;
import dev.opctl.crd.model.TypeUse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.signature.SignatureReader;
import org.objectweb.asm.signature.SignatureVisitor;

/**
 * Generic types from the Signature attribute (or, for a member without one, its descriptor), as
 * {@link TypeUse}s: ASM parses the grammar, this turns its events into values.
 */
final class SignatureTypes {
    private SignatureTypes() {
    }

    /** A field's type or a class literal: {@code Ljava/util/List<Ljava/lang/String;>;}, {@code I}, {@code V}. */
    static TypeUse type(String signature) {
        TypeUse[] result = new TypeUse[1];
        new SignatureReader(signature).acceptType(new TypeBuilder(t -> result[0] = t));
        return result[0];
    }

    /**
     * A method's parameter types and, last, its return type; the method's own type variables stand
     * for their bounds, as Jackson resolves them ({@code <T extends Number> T getValue()}).
     */
    static List<TypeUse> method(String signature) {
        List<TypeUse> types = new ArrayList<>();
        TypeUse[] returned = new TypeUse[1];
        List<TypeParameter> parameters = new ArrayList<>();
        new SignatureReader(signature).accept(new Declaration(parameters) {
            @Override
            public SignatureVisitor visitParameterType() {
                return new TypeBuilder(types::add);
            }

            @Override
            public SignatureVisitor visitReturnType() {
                return new TypeBuilder(t -> returned[0] = t);
            }

            @Override
            public SignatureVisitor visitExceptionType() {
                return new TypeBuilder(t -> { });
            }
        });
        types.add(returned[0]);
        Map<String, TypeUse> bounds = TypeParameter.bounds(parameters);
        types.replaceAll(t -> t.substitute(bounds));
        return types;
    }

    /** A class's type parameters, superclass and interfaces. */
    record ClassSignature(List<TypeParameter> typeParameters, TypeUse.Named superclass,
            List<TypeUse.Named> interfaces) {
    }

    static ClassSignature classSignature(String signature) {
        List<TypeParameter> parameters = new ArrayList<>();
        List<TypeUse.Named> interfaces = new ArrayList<>();
        TypeUse.Named[] superclass = new TypeUse.Named[1];
        new SignatureReader(signature).accept(new Declaration(parameters) {
            @Override
            public SignatureVisitor visitSuperclass() {
                return new TypeBuilder(t -> superclass[0] = (TypeUse.Named) t);
            }

            @Override
            public SignatureVisitor visitInterface() {
                return new TypeBuilder(t -> interfaces.add((TypeUse.Named) t));
            }
        });
        return new ClassSignature(parameters, superclass[0], interfaces);
    }

    /** A method's or class's signature: its type parameters, each with its first bound, go to {@code parameters}. */
    private abstract static class Declaration extends SignatureVisitor {
        private final List<TypeParameter> parameters;
        private boolean bounded;

        Declaration(List<TypeParameter> parameters) {
            super(Opcodes.ASM9);
            this.parameters = parameters;
        }

        @Override
        public void visitFormalTypeParameter(String name) {
            parameters.add(TypeParameter.of(name));
            bounded = false;
        }

        // The first bound, as written: the class bound, else the first interface bound (<T::LComparable;>).
        @Override
        public SignatureVisitor visitClassBound() {
            return new TypeBuilder(this::bound);
        }

        @Override
        public SignatureVisitor visitInterfaceBound() {
            return new TypeBuilder(this::bound);
        }

        private void bound(TypeUse bound) {
            if (!bounded) {
                bounded = true;
                parameters.set(parameters.size() - 1, new TypeParameter(parameters.get(parameters.size() - 1).name(),
                        bound));
            }
        }
    }

    /** The qualified name of a class's internal name: {@code a/b/Outer$Inner} is {@code a.b.Outer.Inner}. */
    static String qualifiedName(String internalName) {
        return internalName.replace('/', '.').replace('$', '.');
    }

    /** Builds one type from the events of a JavaTypeSignature and hands it to {@code done}. */
    private static final class TypeBuilder extends SignatureVisitor {
        private final Consumer<TypeUse> done;
        private String name;
        private final List<TypeUse> arguments = new ArrayList<>();

        TypeBuilder(Consumer<TypeUse> done) {
            super(Opcodes.ASM9);
            this.done = done;
        }

        @Override
        public void visitBaseType(char descriptor) {
            done.accept(new TypeUse.Primitive(switch (descriptor) {
                case 'Z' -> "boolean";
                case 'B' -> "byte";
                case 'S' -> "short";
                case 'C' -> "char";
                case 'I' -> "int";
                case 'J' -> "long";
                case 'F' -> "float";
                case 'D' -> "double";
                default -> "void";
            }));
        }

        @Override
        public void visitTypeVariable(String variable) {
            done.accept(new TypeUse.Variable(variable));
        }

        @Override
        public SignatureVisitor visitArrayType() {
            return new TypeBuilder(component -> done.accept(new TypeUse.ArrayOf(component)));
        }

        @Override
        public void visitClassType(String internalName) {
            name = internalName;
        }

        @Override
        public void visitInnerClassType(String simpleName) {
            // Outer<A>.Inner<B>: the inner class's own arguments are the ones that count.
            name = name + "$" + simpleName;
            arguments.clear();
        }

        @Override
        public void visitTypeArgument() {
            arguments.add(new TypeUse.Wildcard(null, true));
        }

        @Override
        public SignatureVisitor visitTypeArgument(char wildcard) {
            return new TypeBuilder(t -> arguments.add(switch (wildcard) {
                case EXTENDS -> new TypeUse.Wildcard(t, true);
                case SUPER -> new TypeUse.Wildcard(t, false);
                default -> t;
            }));
        }

        @Override
        public void visitEnd() {
            done.accept(new TypeUse.Named(qualifiedName(name), arguments));
        }
    }
}
