package dev.opctl.crd.classfile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * What an enum's constructors do with their parameters, read from the bytecode: which parameter each
 * stores in which field ({@code this.label = label;}), and the constructor of the class each calls
 * first with what ({@code this(name, 10);}: a parameter, a constant, or something else). {@link #value}
 * follows a constant's creation through them to what a field is set to.
 */
final class EnumConstructors {
    /** An argument that is neither a parameter nor a constant. */
    static final Object UNKNOWN = new Object();

    private final String owner;
    /** Constructor descriptor to field name to the index of the parameter stored in it. */
    private final Map<String, Map<String, Integer>> stores = new HashMap<>();
    /** Constructor descriptor to the constructor it calls first, and with what. */
    private final Map<String, Delegation> delegations = new HashMap<>();

    /** A parameter passed on, by its index. */
    private record Parameter(int index) {
    }

    private record Delegation(String constructor, List<Object> arguments) {
    }

    EnumConstructors(String owner) {
        this.owner = owner;
    }

    /** A visitor of the constructor of {@code descriptor}. */
    MethodVisitor visitor(String descriptor) {
        return new Constructor(descriptor);
    }

    /**
     * What the constructor of {@code descriptor}, given {@code arguments}, sets {@code field} to, through
     * the constructors it calls first; null when not known.
     */
    Object value(String descriptor, List<Object> arguments, String field) {
        for (int depth = 0; depth < 8; depth++) { // javac refuses a cycle of this(...) calls
            Integer stored = stores.getOrDefault(descriptor, Map.of()).get(field);
            if (stored != null) {
                return stored < arguments.size() ? arguments.get(stored) : null;
            }
            Delegation delegation = delegations.get(descriptor);
            if (delegation == null) {
                return null;
            }
            List<Object> passed = new ArrayList<>();
            for (Object argument : delegation.arguments()) {
                passed.add(argument instanceof Parameter p ? p.index() < arguments.size() ? arguments.get(p.index())
                        : UNKNOWN : argument);
            }
            descriptor = delegation.constructor();
            arguments = passed;
        }
        return null;
    }

    private final class Constructor extends Instructions {
        private final String descriptor;
        private final int[] slots;
        private int before = -1;
        private int last = -1;
        /** What is passed since {@code this} was loaded: parameters, constants, or unknown values. */
        private List<Object> passed;

        Constructor(String descriptor) {
            this.descriptor = descriptor;
            Type[] parameters = Type.getArgumentTypes(descriptor);
            slots = new int[parameters.length];
            int slot = 1;
            for (int i = 0; i < parameters.length; i++) {
                slots[i] = slot;
                slot += parameters[i].getSize();
            }
        }

        @Override
        void other() {
            before = -1;
            last = -1;
            passed = null;
        }

        private void pass(Object value) {
            before = -1;
            last = -1;
            if (passed != null) {
                passed.add(value);
            }
        }

        @Override
        public void visitVarInsn(int opcode, int slot) {
            boolean load = opcode >= Opcodes.ILOAD && opcode <= Opcodes.ALOAD;
            if (load && slot == 0) {
                passed = new ArrayList<>();
            } else if (passed != null) {
                int parameter = -1;
                for (int i = 0; i < slots.length && load; i++) {
                    parameter = slots[i] == slot ? i : parameter;
                }
                passed.add(parameter < 0 ? UNKNOWN : new Parameter(parameter));
            }
            before = last;
            last = load ? slot : -1;
        }

        @Override
        public void visitLdcInsn(Object value) {
            pass(value);
        }

        @Override
        public void visitIntInsn(int opcode, int operand) {
            pass(opcode == Opcodes.NEWARRAY ? UNKNOWN : operand);
        }

        @Override
        public void visitInsn(int opcode) {
            Object constant = constant(opcode);
            if (constant != null) {
                pass(constant);
            } else {
                other();
            }
        }

        @Override
        public void visitMethodInsn(int opcode, String methodOwner, String name, String called, boolean isInterface) {
            int arguments = Type.getArgumentTypes(called).length;
            if (opcode == Opcodes.INVOKESPECIAL && name.equals("<init>") && methodOwner.equals(owner)
                    && passed != null && passed.size() == arguments) {
                delegations.put(descriptor, new Delegation(called, passed));
                other();
            } else if (!boxing(opcode, methodOwner, name, called) || passed == null || passed.isEmpty()) {
                other(); // boxing leaves the value passed as it is
            }
        }

        @Override
        public void visitFieldInsn(int opcode, String fieldOwner, String name, String fieldDescriptor) {
            if (opcode == Opcodes.PUTFIELD && fieldOwner.equals(owner) && before == 0 && last > 0) {
                for (int i = 0; i < slots.length; i++) {
                    if (slots[i] == last) {
                        stores.computeIfAbsent(descriptor, d -> new HashMap<>()).put(name, i);
                    }
                }
            }
            other();
        }
    }
}
