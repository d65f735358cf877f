package dev.opctl.crd.classfile;

import dev.opctl.crd.model.Annotated;
import dev.opctl.crd.model.EnumConstant;
import dev.opctl.crd.model.MethodDeclaration;
import dev.opctl.crd.model.TypeDeclaration;
import dev.opctl.crd.model.TypeUse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * The values Jackson writes for the constants of an enum with a {@code @JsonValue} field, or a
 * getter that returns one ({@code return this.label;}), read from the bytecode as opctl reads them
 * from sources: the constructor parameter stored in that field, and the constant (a String, number or
 * boolean) each constant's creation in the static initializer passes for it; or a getter that returns
 * {@code name()}, maybe lower- or upper-cased; or one that is a {@code switch (this)} ({@link
 * SwitchJsonValues}). Anything else gives no values.
 */
final class EnumJsonValues extends ClassVisitor {
    private static final String JSON_VALUE = "com.fasterxml.jackson.annotation.JsonValue";
    private static final Object UNKNOWN = EnumConstructors.UNKNOWN;

    private final String owner;
    private final String getter;
    private final EnumConstructors constructors;
    /** Constant name to the descriptor of its constructor and the arguments passed. */
    private final Map<String, Creation> creations = new HashMap<>();
    private String returned;
    /** When the getter returns {@code name()}: "" or the String method that changes its case. */
    private List<String> nameChanges;

    /** A constant's creation: its constructor and arguments, and the class of its body ({@code E$1}) if it has one. */
    private record Creation(String constructor, List<Object> arguments, String body) {
    }

    private EnumJsonValues(String owner, String getter) {
        super(Opcodes.ASM9);
        this.owner = owner;
        this.getter = getter;
        this.constructors = new EnumConstructors(owner);
    }

    /**
     * The enum's constants, with their JSON values where it has a {@code @JsonValue} that opctl can
     * read: its own, or an interface's (found by {@code types}) that its method implements.
     */
    static List<EnumConstant> read(byte[] classFile, TypeDeclaration type, String internalName,
            Classpath classpath) {
        String field = type.fields().stream().filter(EnumJsonValues::isJsonValue).map(f -> f.name()).findFirst()
                .orElse(null);
        String getter = type.methods().stream().filter(m -> m.parameters().isEmpty() && isJsonValue(m))
                .map(m -> m.name()).findFirst().orElse(null);
        if (field == null && getter == null) {
            getter = interfaceJsonValue(type, classpath);
        }
        if (field == null && getter == null) {
            return type.enumConstants();
        }
        EnumJsonValues reader = new EnumJsonValues(internalName, field == null ? getter : null);
        new ClassReader(classFile).accept(reader, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        // A constant whose body overrides the @JsonValue method has that method's value, which opctl does not
        // read: none, which the enum's schema refuses, naming the constant (as from sources).
        Set<String> overriding = new HashSet<>();
        if (field == null) {
            String method = getter;
            reader.creations.forEach((name, creation) -> {
                if (creation.body() != null && declares(classpath.classFile(creation.body()), method)) {
                    overriding.add(name);
                }
            });
        }
        return withoutOverrides(values(classFile, type, field, getter, reader, classpath), overriding);
    }

    private static List<EnumConstant> withoutOverrides(List<EnumConstant> constants, Set<String> overriding) {
        return overriding.isEmpty() ? constants : constants.stream().map(c -> overriding.contains(c.name())
                ? new EnumConstant(c.name(), c.annotations(), c.doc(), null) : c).toList();
    }

    /** Whether the class file {@code bytes} (null: none) declares {@code method()} as written, not as a bridge. */
    private static boolean declares(byte[] bytes, String method) {
        if (bytes == null) {
            return false;
        }
        boolean[] found = {false};
        new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                    String[] exceptions) {
                found[0] |= name.equals(method) && descriptor.startsWith("()")
                        && (access & (Opcodes.ACC_BRIDGE | Opcodes.ACC_SYNTHETIC)) == 0;
                return null;
            }
        }, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        return found[0];
    }

    /** The constants with the values the @JsonValue field or getter gives them, as {@link #read} reads them. */
    private static List<EnumConstant> values(byte[] classFile, TypeDeclaration type, String field, String getter,
            EnumJsonValues reader, Classpath classpath) {
        if (field == null && reader.nameChanges != null) {
            return type.enumConstants().stream().map(c -> new EnumConstant(c.name(), c.annotations(), c.doc(),
                    EnumConstant.renamed(c.name(), reader.nameChanges))).toList();
        }
        if (field == null && reader.returned == null) {
            return switchValues(classFile, type, getter, classpath);
        }
        String valueField = field != null ? field : reader.returned;
        String fieldType = type.fields().stream().filter(f -> f.name().equals(valueField)).findFirst()
                .map(f -> f.type() instanceof TypeUse.Named named ? named.name() : f.type().toString()).orElse("");
        List<EnumConstant> constants = new ArrayList<>();
        for (EnumConstant constant : type.enumConstants()) {
            Creation creation = reader.creations.get(constant.name());
            Object value = creation == null || valueField == null ? null
                    : reader.constructors.value(creation.constructor(), creation.arguments(), valueField);
            constants.add(new EnumConstant(constant.name(), constant.annotations(), constant.doc(),
                    value == null || value == UNKNOWN ? null : EnumConstant.jsonText(value, fieldType)));
        }
        return constants;
    }

    /**
     * The name of a {@code @JsonValue} method that an interface the enum implements (directly or
     * through others) declares and the enum implements itself (not turning it off with
     * {@code @JsonValue(false)}), which Jackson finds on the implementation; or null.
     */
    private static String interfaceJsonValue(TypeDeclaration type, Classpath classpath) {
        String name = interfaceMethod(type.interfaces(), classpath, 0);
        return name != null && type.methods().stream().anyMatch(m -> m.name().equals(name)
                && m.parameters().isEmpty() && m.find(JSON_VALUE).isEmpty()) ? name : null;
    }

    private static String interfaceMethod(List<TypeUse.Named> interfaces, Classpath classpath, int depth) {
        for (TypeUse.Named implemented : interfaces) {
            Optional<TypeDeclaration> declared = depth < 16 && !implemented.name().startsWith("java.")
                    ? classpath.type(implemented.name()) : Optional.empty();
            for (MethodDeclaration method : declared.map(TypeDeclaration::methods).orElse(List.of())) {
                if (method.parameters().isEmpty() && isJsonValue(method)) {
                    return method.name();
                }
            }
            String inherited = declared.map(d -> interfaceMethod(d.interfaces(), classpath, depth + 1)).orElse(null);
            if (inherited != null) {
                return inherited;
            }
        }
        return null;
    }

    /**
     * The constants with what the getter's {@code switch (this)} gives each, none for one whose case
     * throws (as from sources: the schema rule then names it and says to use {@code @SchemaFrom}).
     */
    private static List<EnumConstant> switchValues(byte[] classFile, TypeDeclaration type, String getter,
            Classpath classpath) {
        Map<String, Object> values = SwitchJsonValues.read(classFile,
                type.enumConstants().stream().map(EnumConstant::name).toList(), getter, classpath);
        String returned = type.methods().stream().filter(m -> m.name().equals(getter) && m.parameters().isEmpty())
                .findFirst().map(m -> m.returnType() instanceof TypeUse.Named named ? named.name()
                        : m.returnType().toString()).orElse("");
        return type.enumConstants().stream().map(c -> new EnumConstant(c.name(), c.annotations(), c.doc(),
                values.containsKey(c.name()) ? EnumConstant.jsonText(values.get(c.name()), returned) : null))
                .toList();
    }

    private static boolean isJsonValue(Annotated member) {
        return member.find(JSON_VALUE).map(a -> a.bool("value").orElse(true)).orElse(false);
    }

    @Override
    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
            String[] exceptions) {
        if (name.equals("<init>")) {
            return constructors.visitor(descriptor);
        }
        if (name.equals("<clinit>")) {
            return new Initializer();
        }
        boolean compiled = (access & (Opcodes.ACC_BRIDGE | Opcodes.ACC_SYNTHETIC)) != 0; // not the code written
        return name.equals(getter) && descriptor.startsWith("()") && !compiled ? new Getter() : null;
    }

    /**
     * {@code return this.x;}: the field the getter returns; or {@code name()}, maybe with its case changed
     * and characters replaced ({@code name().toLowerCase().replace('_', '-')}).
     */
    private final class Getter extends Instructions {
        private final List<String> seen = new ArrayList<>();

        @Override
        void other() {
            seen.add("?");
        }

        @Override
        public void visitVarInsn(int opcode, int slot) {
            seen.add(opcode == Opcodes.ALOAD && slot == 0 ? "this" : "?");
        }

        @Override
        public void visitFieldInsn(int opcode, String fieldOwner, String name, String descriptor) {
            seen.add(opcode == Opcodes.GETFIELD && fieldOwner.equals(owner) ? "." + name
                    : opcode == Opcodes.GETSTATIC && fieldOwner.equals("java/util/Locale") ? "locale" : "?");
        }

        @Override
        public void visitInsn(int opcode) {
            seen.add(opcode >= Opcodes.IRETURN && opcode <= Opcodes.ARETURN ? "return" : "?");
        }

        /** A char or String argument of replace(...), as "=" and its value. */
        @Override
        public void visitIntInsn(int opcode, int operand) {
            seen.add(opcode == Opcodes.BIPUSH || opcode == Opcodes.SIPUSH ? "=" + (char) operand : "?");
        }

        @Override
        public void visitLdcInsn(Object value) {
            seen.add(value instanceof String text ? "=" + text
                    : value instanceof Integer c && c >= 0 && c <= Character.MAX_VALUE ? "=" + (char) c.intValue() : "?");
        }

        /** Boxing or unboxing on the way ({@code Integer getCode() { return code; }}) leaves the value as it is. */
        @Override
        public void visitMethodInsn(int opcode, String methodOwner, String name, String descriptor,
                boolean isInterface) {
            boolean stringCase = methodOwner.equals("java/lang/String")
                    && (name.equals("toLowerCase") || name.equals("toUpperCase") || name.equals("replace")
                    && (descriptor.equals("(CC)Ljava/lang/String;") || descriptor.equals(
                    "(Ljava/lang/CharSequence;Ljava/lang/CharSequence;)Ljava/lang/String;")));
            if (opcode == Opcodes.INVOKEVIRTUAL && name.equals("name") && descriptor.equals("()Ljava/lang/String;")) {
                seen.add("name()");
            } else if (opcode == Opcodes.INVOKEVIRTUAL && stringCase) {
                seen.add(name);
            } else if (!boxing(opcode, methodOwner, name, descriptor)
                    && !unboxing(opcode, methodOwner, name, descriptor)) {
                seen.add("?");
            }
        }

        @Override
        public void visitEnd() {
            if (seen.size() == 3 && seen.get(0).equals("this") && seen.get(1).startsWith(".")
                    && seen.get(2).equals("return")) {
                returned = seen.get(1).substring(1);
            }
            if (seen.size() >= 3 && seen.get(0).equals("this") && seen.get(1).equals("name()")
                    && seen.get(seen.size() - 1).equals("return")) {
                nameChanges = changes(seen.subList(2, seen.size() - 1)); // [], [toLowerCase], [locale, toLowerCase]
            }
        }

        /** The calls on name(), as EnumConstant.renamed takes them, from what the getter does after it; else null. */
        private static List<String> changes(List<String> calls) {
            List<String> changes = new ArrayList<>();
            for (int i = 0; i < calls.size(); i++) {
                String call = calls.get(i);
                if (call.equals("locale") && i + 1 < calls.size() && calls.get(i + 1).startsWith("to")) {
                    continue; // toLowerCase(Locale.ROOT)
                }
                if (call.startsWith("to")) {
                    changes.add(call);
                } else if (call.startsWith("=") && i + 2 < calls.size() && calls.get(i + 1).startsWith("=")
                        && calls.get(i + 2).equals("replace")) {
                    changes.addAll(List.of("replace", call.substring(1), calls.get(i + 1).substring(1)));
                    i += 2;
                } else {
                    return null;
                }
            }
            return changes;
        }
    }

    /** {@code NAME = new E("NAME", 0, "value", ...);}: the constants each enum constant is made with. */
    private final class Initializer extends Instructions {
        private final Deque<Object> stack = new ArrayDeque<>();
        private Creation creation;

        @Override
        void other() {
            stack.clear();
            creation = null;
        }

        @Override
        public void visitLdcInsn(Object value) {
            stack.push(value);
        }

        @Override
        public void visitIntInsn(int opcode, int operand) {
            stack.push(opcode == Opcodes.NEWARRAY ? UNKNOWN : operand);
        }

        @Override
        public void visitVarInsn(int opcode, int slot) {
            stack.push(UNKNOWN);
        }

        @Override
        public void visitInsn(int opcode) {
            Object constant = constant(opcode);
            if (constant != null) {
                stack.push(constant);
            } else if (opcode == Opcodes.DUP && !stack.isEmpty()) {
                stack.push(stack.peek());
            } else {
                stack.push(UNKNOWN);
            }
        }

        @Override
        public void visitTypeInsn(int opcode, String type) {
            stack.push(UNKNOWN);
        }

        @Override
        public void visitFieldInsn(int opcode, String fieldOwner, String name, String descriptor) {
            if (opcode == Opcodes.PUTSTATIC && fieldOwner.equals(owner) && creation != null) {
                creations.put(name, creation);
                other();
            } else {
                stack.push(UNKNOWN);
            }
        }

        @Override
        public void visitMethodInsn(int opcode, String methodOwner, String name, String descriptor,
                boolean isInterface) {
            List<Object> arguments = new ArrayList<>();
            for (int i = Type.getArgumentTypes(descriptor).length; i > 0 && !stack.isEmpty(); i--) {
                arguments.add(0, stack.pop());
            }
            if (opcode == Opcodes.INVOKESPECIAL && name.equals("<init>")
                    && (methodOwner.equals(owner) || methodOwner.startsWith(owner + "$"))) {
                creation = new Creation(descriptor, arguments, methodOwner.equals(owner) ? null : methodOwner);
            } else if (boxing(opcode, methodOwner, name, descriptor) && arguments.size() == 1) {
                stack.push(arguments.get(0)); // boxing: Integer.valueOf(1) is the constant 1
            } else if (Type.getReturnType(descriptor) != Type.VOID_TYPE) {
                stack.push(UNKNOWN);
            }
        }
    }
}
