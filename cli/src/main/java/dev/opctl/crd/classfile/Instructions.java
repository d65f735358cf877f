package dev.opctl.crd.classfile;

import java.util.Set;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/** Sees instructions one by one; {@link #other} for every kind it does not look at. */
abstract class Instructions extends MethodVisitor {
    Instructions() {
        super(Opcodes.ASM9);
    }

    /** The classes whose valueOf and xxxValue box and unbox a primitive. */
    private static final Set<String> BOXES = Set.of("java/lang/Integer", "java/lang/Long", "java/lang/Short",
            "java/lang/Byte", "java/lang/Character", "java/lang/Boolean", "java/lang/Float", "java/lang/Double");

    abstract void other();

    /** Whether a call boxes a primitive, {@code Integer.valueOf(int)} (not {@code Integer.valueOf(String)}). */
    static boolean boxing(int opcode, String owner, String name, String descriptor) {
        Type[] parameters = Type.getArgumentTypes(descriptor);
        return opcode == Opcodes.INVOKESTATIC && name.equals("valueOf") && BOXES.contains(owner)
                && parameters.length == 1 && parameters[0].getSort() <= Type.DOUBLE;
    }

    /** Whether a call unboxes a primitive, {@code Integer.intValue()}. */
    static boolean unboxing(int opcode, String owner, String name, String descriptor) {
        return opcode == Opcodes.INVOKEVIRTUAL && name.endsWith("Value") && BOXES.contains(owner)
                && descriptor.startsWith("()") && Type.getReturnType(descriptor).getSort() <= Type.DOUBLE;
    }

    /** The constant an instruction without operands pushes ({@code iconst_1}, {@code dconst_0}, ...); else null. */
    static Object constant(int opcode) {
        if (opcode >= Opcodes.ICONST_M1 && opcode <= Opcodes.ICONST_5) {
            return opcode - Opcodes.ICONST_0;
        } else if (opcode == Opcodes.LCONST_0 || opcode == Opcodes.LCONST_1) {
            return (long) (opcode - Opcodes.LCONST_0);
        } else if (opcode >= Opcodes.FCONST_0 && opcode <= Opcodes.FCONST_2) {
            return (float) (opcode - Opcodes.FCONST_0);
        } else if (opcode == Opcodes.DCONST_0 || opcode == Opcodes.DCONST_1) {
            return (double) (opcode - Opcodes.DCONST_0);
        }
        return null;
    }

    @Override
    public void visitJumpInsn(int opcode, Label label) {
        other();
    }

    @Override
    public void visitIincInsn(int slot, int increment) {
        other();
    }

    @Override
    public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
        other();
    }

    @Override
    public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
        other();
    }

    @Override
    public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
        other();
    }

    @Override
    public void visitMultiANewArrayInsn(String descriptor, int dimensions) {
        other();
    }

    @Override
    public void visitInsn(int opcode) {
        other();
    }

    @Override
    public void visitIntInsn(int opcode, int operand) {
        other();
    }

    @Override
    public void visitTypeInsn(int opcode, String type) {
        other();
    }

    @Override
    public void visitLdcInsn(Object value) {
        other();
    }

    @Override
    public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
        other();
    }
}
