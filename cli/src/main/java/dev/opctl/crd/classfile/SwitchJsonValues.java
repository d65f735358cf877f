package dev.opctl.crd.classfile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The values an enum's {@code @JsonValue} method gives by a {@code switch (this)} whose cases return
 * (or, as an expression, yield) constants, read from the bytecode as {@code SourceJsonValues}
 * reads them from sources. javac up to 19 compiles such a switch to a lookup in a table of its
 * own: a synthetic class ({@code Color$1}) holds {@code int[] $SwitchMap$lib$Color}, whose
 * initializer stores each case's constant's number at the constant's ordinal, and the method
 * switches on {@code $SwitchMap$lib$Color[this.ordinal()]}; javac 20 and later switch on
 * {@code this.ordinal()} itself. So both are read: which number (or ordinal) each constant has,
 * and which constant each number's case gives. A constant without a case has the default's (or
 * that of the code after a switch statement without one); one whose case throws has none; a case
 * that does anything else (returns a field, switches again, gives its value to more code than a
 * return) gives no values at all.
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
     * @param constants the enum's constants, in order (their ordinals)
     * @param getter the {@code @JsonValue} method, which takes no parameters
     */
    static Map<String, Object> read(byte[] enumClass, List<String> constants, String getter, Classpath classpath) {
        Cases cases = new Cases();
        new ClassReader(enumClass).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                    String[] exceptions) {
                boolean compiled = (access & (Opcodes.ACC_BRIDGE | Opcodes.ACC_SYNTHETIC)) != 0;
                return name.equals(getter) && descriptor.startsWith("()") && !compiled ? cases : null;
            }
        }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        if (!cases.complete()) {
            return Map.of();
        }
        Map<String, Integer> numbers = new HashMap<>();
        if (cases.tableClass == null) {
            for (int ordinal = 0; ordinal < constants.size(); ordinal++) {
                numbers.put(constants.get(ordinal), ordinal);
            }
        } else {
            byte[] table = classpath.classFile(cases.tableClass);
            if (table == null) {
                return Map.of();
            }
            Table read = new Table(cases.tableField);
            new ClassReader(table).accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                        String[] exceptions) {
                    return name.equals("<clinit>") ? read : null;
                }
            }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
            numbers.putAll(read.numbers); // a constant without a case has none (0 in the table): the default's
        }
        Map<String, Object> values = new HashMap<>();
        for (String constant : constants) {
            Label label = cases.labels.getOrDefault(numbers.get(constant), cases.otherwise);
            Object value = label == null ? null : cases.values.get(label);
            if (value != null) {
                values.put(constant, value);
            }
        }
        return values;
    }

    /**
     * The method: {@code getstatic $SwitchMap; aload_0; ordinal(); iaload} (or {@code aload_0;
     * ordinal()} alone), a {@code tableswitch} or {@code lookupswitch}, then for each case a constant
     * and a return, or a jump to a return (a switch expression), maybe boxing it on the way.
     */
    private static final class Cases extends Instructions {
        private static final Object NONE = new Object();
        private static final List<String> WITH_TABLE = List.of("table", "this", "ordinal", "index");
        private static final List<String> ON_ORDINAL = List.of("this", "ordinal");
        /** The switch's prelude so far, step by step. */
        private final List<String> prelude = new ArrayList<>();
        /** The table's class and field; null when the switch is on the ordinal itself. */
        String tableClass;
        String tableField;
        /** The case number to its label. */
        final Map<Integer, Label> labels = new HashMap<>();
        /** The default's label (the code after a switch statement without one). */
        Label otherwise;
        /** A label to the constant its code returns. */
        final Map<Label, Object> values = new HashMap<>();
        /** Code that jumps on with a constant: it is the cases' value if a return is where it goes. */
        private final List<Jump> jumps = new ArrayList<>();
        /** The labels of a bare return (maybe boxing first). */
        private final Set<Label> returns = new HashSet<>();
        private boolean switched;
        private boolean broken;
        /** The labels since the last return, jump or throw: where the code now running began. */
        private final List<Label> here = new ArrayList<>();
        /** The labels right before the instruction now seen (boxing aside). */
        private final List<Label> fresh = new ArrayList<>();
        private Object pushed = NONE;

        private record Jump(Label target, List<Label> from, Object value) {
        }

        boolean complete() {
            for (Jump jump : jumps) {
                if (!returns.contains(jump.target())) {
                    broken = true; // the constant goes on to more code: .toUpperCase(), "x" + s, ...
                }
                jump.from().forEach(label -> values.put(label, jump.value()));
            }
            return switched && !broken && !values.isEmpty();
        }

        /** A case's code does something else than return a constant: no values at all. */
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
            fresh.clear();
        }

        private void push(Object constant) {
            pushed = constant;
            fresh.clear();
        }

        @Override
        public void visitLabel(Label label) {
            here.add(label);
            fresh.add(label);
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
            if (!switched && (prelude.isEmpty() || prelude.equals(List.of("table"))) && opcode == Opcodes.ALOAD
                    && slot == 0) {
                prelude.add("this");
            } else {
                other();
            }
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
            if (!switched && !prelude.isEmpty() && prelude.get(prelude.size() - 1).equals("this")
                    && name.equals("ordinal") && descriptor.equals("()I")) {
                prelude.add("ordinal");
            } else if (!switched || !boxing(opcode, owner, name, descriptor)) {
                other();
            } // boxing: Integer.valueOf(1) is the constant 1, and a return after it is a bare return
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
                push(constant(opcode));
            } else if (opcode >= Opcodes.IRETURN && opcode <= Opcodes.ARETURN) {
                returns.addAll(fresh);
                if (pushed != NONE) {
                    here.forEach(label -> values.put(label, pushed));
                    here.clear();
                } else {
                    unreadable(); // something else than a constant (or a switch expression's shared return)
                }
                other();
            } else if (opcode == Opcodes.ATHROW) {
                here.clear(); // a case that throws, or a switch expression's default: no value
                other();
            } else {
                other();
            }
        }

        @Override
        public void visitIntInsn(int opcode, int operand) {
            if (switched && (opcode == Opcodes.BIPUSH || opcode == Opcodes.SIPUSH)) {
                push(operand);
            } else {
                other();
            }
        }

        @Override
        public void visitLdcInsn(Object value) {
            if (switched && (value instanceof String || value instanceof Number)) {
                push(value);
            } else {
                other();
            }
        }

        @Override
        public void visitJumpInsn(int opcode, Label label) {
            if (switched && opcode == Opcodes.GOTO && pushed != NONE) {
                jumps.add(new Jump(label, List.copyOf(here), pushed)); // to the return of a switch expression
                here.clear();
            } else {
                unreadable(); // a condition in a case: its value is not one constant
            }
            other();
        }

        @Override
        public void visitTableSwitchInsn(int min, int max, Label dflt, Label... cases) {
            if (startsSwitch()) {
                otherwise = dflt;
                for (int i = 0; i < cases.length; i++) {
                    if (cases[i] != dflt) {
                        labels.put(min + i, cases[i]);
                    }
                }
            }
        }

        @Override
        public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] cases) {
            if (startsSwitch()) {
                otherwise = dflt;
                for (int i = 0; i < keys.length; i++) {
                    labels.put(keys[i], cases[i]);
                }
            }
        }

        /** Whether this switch is the one on this (after the prelude); another (in a case) reads as no value. */
        private boolean startsSwitch() {
            if (!switched && (prelude.equals(WITH_TABLE) || prelude.equals(ON_ORDINAL))) {
                switched = true;
                here.clear();
                fresh.clear();
                return true;
            }
            other();
            unreadable();
            return false;
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
