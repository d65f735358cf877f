package dev.opctl.crd.classfile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The values an enum's {@code @JsonValue} method gives by a {@code switch (this)} whose cases return
 * (or, as an expression, yield) constants, read from the bytecode as {@code SourceJsonValues}
 * reads them from sources. javac compiles such a switch to a lookup in a table of its own: a
 * synthetic class ({@code Color$1}) holds {@code int[] $SwitchMap$lib$Color}, whose initializer
 * stores each case's constant's number at the constant's ordinal, and the method switches on
 * {@code $SwitchMap$lib$Color[this.ordinal()]}. So both are read: which number each constant has,
 * and which constant each number's case gives. A constant without a case (the default's) or whose
 * case throws has none; a case that returns anything else gives no values at all.
 */
final class SwitchJsonValues {
    private static final String SWITCH_MAP = "$SwitchMap$";

    private SwitchJsonValues() {
    }

    /**
     * The constant (a String, boxed number or Boolean as an int) each enum constant's case gives,
     * by constant name; empty when the method is no such switch or the table cannot be read.
     *
     * @param enumClass the enum's class file
     * @param getter the {@code @JsonValue} method, which takes no parameters
     */
    static Map<String, Object> read(byte[] enumClass, String getter, Classpath classpath) {
        Cases cases = new Cases();
        new ClassReader(enumClass).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                    String[] exceptions) {
                return name.equals(getter) && descriptor.startsWith("()") ? cases : null;
            }
        }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        if (!cases.complete()) {
            return Map.of();
        }
        byte[] table = classpath.classFile(cases.tableClass);
        if (table == null) {
            return Map.of();
        }
        Table numbers = new Table(cases.tableField);
        new ClassReader(table).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                    String[] exceptions) {
                return name.equals("<clinit>") ? numbers : null;
            }
        }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        Map<String, Object> values = new HashMap<>();
        numbers.numbers.forEach((constant, number) -> {
            Object value = cases.values.get(cases.labels.get(number));
            if (value != null) {
                values.put(constant, value);
            }
        });
        return values;
    }

    /**
     * The method: {@code getstatic $SwitchMap; aload_0; ordinal(); iaload; tableswitch/lookupswitch},
     * then for each case a constant and a return, or a jump to one (a switch expression). A value is
     * boxed on the way, or not.
     */
    private static final class Cases extends Instructions {
        private static final Object NONE = new Object();
        /** What the instructions so far were: the switch's prelude, step by step. */
        private final List<String> prelude = new ArrayList<>();
        String tableClass;
        String tableField;
        /** The case number to its label. */
        final Map<Integer, Label> labels = new HashMap<>();
        /** A label to the constant its code returns. */
        final Map<Label, Object> values = new HashMap<>();
        private boolean switched;
        private boolean broken;
        private final List<Label> here = new ArrayList<>();
        private Object pushed = NONE;

        boolean complete() {
            return switched && !broken && !values.isEmpty();
        }

        /** A case's code returns something else than a constant: no values at all. */
        private void unreadable() {
            for (Label label : here) {
                if (labels.containsValue(label)) {
                    broken = true;
                }
            }
            here.clear();
        }

        @Override
        void other() {
            if (!switched) {
                broken = true;
            }
            pushed = NONE;
        }

        @Override
        public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
            if (!switched && prelude.isEmpty() && opcode == Opcodes.GETSTATIC && name.startsWith(SWITCH_MAP)
                    && descriptor.equals("[I")) {
                tableClass = owner;
                tableField = name;
                prelude.add("table");
            } else {
                other();
            }
        }

        @Override
        public void visitVarInsn(int opcode, int slot) {
            if (!switched && prelude.size() == 1 && opcode == Opcodes.ALOAD && slot == 0) {
                prelude.add("this");
            } else {
                other();
            }
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
            if (!switched && prelude.size() == 2 && name.equals("ordinal") && descriptor.equals("()I")) {
                prelude.add("ordinal");
            } else if (switched && pushed != NONE && opcode == Opcodes.INVOKESTATIC && name.equals("valueOf")
                    && owner.startsWith("java/lang/")) {
                return; // boxing: Integer.valueOf(1) is the constant 1
            } else {
                other();
            }
        }

        @Override
        public void visitInsn(int opcode) {
            if (!switched) {
                if (prelude.size() == 3 && opcode == Opcodes.IALOAD) {
                    prelude.add("index");
                } else {
                    other();
                }
            } else if (constant(opcode) != null) {
                pushed = constant(opcode);
            } else if (opcode >= Opcodes.IRETURN && opcode <= Opcodes.ARETURN && pushed != NONE) {
                give();
            } else if (opcode == Opcodes.ATHROW) {
                other(); // a case that throws, or a switch expression's default: no value
                here.clear();
            } else if (opcode >= Opcodes.IRETURN && opcode <= Opcodes.ARETURN) {
                other(); // something else than a constant (or the shared return of a switch expression)
                unreadable();
            } else {
                other();
            }
        }

        @Override
        public void visitIntInsn(int opcode, int operand) {
            if (switched && (opcode == Opcodes.BIPUSH || opcode == Opcodes.SIPUSH)) {
                pushed = operand;
            } else {
                other();
            }
        }

        @Override
        public void visitLdcInsn(Object value) {
            if (switched && (value instanceof String || value instanceof Number)) {
                pushed = value;
            } else {
                other();
            }
        }

        @Override
        public void visitJumpInsn(int opcode, Label label) {
            if (opcode == Opcodes.GOTO && pushed != NONE) {
                give(); // to the return of a switch expression
            } else {
                other();
                unreadable();
            }
        }

        /** The constant pushed is what the cases whose code began at the labels since the last one give. */
        private void give() {
            for (Label label : here) {
                values.put(label, pushed);
            }
            here.clear();
            pushed = NONE;
        }

        @Override
        public void visitLabel(Label label) {
            here.add(label);
        }

        @Override
        public void visitTableSwitchInsn(int min, int max, Label dflt, Label... cases) {
            if (prelude.size() == 4 && !switched) {
                for (int i = 0; i < cases.length; i++) {
                    if (cases[i] != dflt) {
                        labels.put(min + i, cases[i]);
                    }
                }
                switched = true;
                here.clear();
            } else {
                other();
            }
        }

        @Override
        public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] cases) {
            if (prelude.size() == 4 && !switched) {
                for (int i = 0; i < keys.length; i++) {
                    labels.put(keys[i], cases[i]);
                }
                switched = true;
                here.clear();
            } else {
                other();
            }
        }
    }

    /**
     * The table's initializer: {@code $SwitchMap$X[X.CONSTANT.ordinal()] = n;} for each case's
     * constant, each in a try block that ignores a constant a newer version of the enum dropped.
     */
    private static final class Table extends MethodVisitor {
        private final String field;
        final Map<String, Integer> numbers = new HashMap<>();
        private boolean table;
        private String constant;
        private Integer number;

        Table(String field) {
            super(Opcodes.ASM9);
            this.field = field;
        }

        @Override
        public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
            if (opcode == Opcodes.GETSTATIC && name.equals(field)) {
                table = true;
                constant = null;
                number = null;
            } else if (opcode == Opcodes.GETSTATIC && table && constant == null) {
                constant = name;
            } else {
                table = false;
            }
        }

        @Override
        public void visitInsn(int opcode) {
            if (opcode >= Opcodes.ICONST_0 && opcode <= Opcodes.ICONST_5) {
                number = opcode - Opcodes.ICONST_0;
            } else if (opcode == Opcodes.IASTORE && table && constant != null && number != null) {
                numbers.put(constant, number);
                table = false;
            }
        }

        @Override
        public void visitIntInsn(int opcode, int operand) {
            if (opcode == Opcodes.BIPUSH || opcode == Opcodes.SIPUSH) {
                number = operand;
            }
        }

        @Override
        public void visitLdcInsn(Object value) {
            if (value instanceof Integer n) {
                number = n;
            }
        }
    }
}
