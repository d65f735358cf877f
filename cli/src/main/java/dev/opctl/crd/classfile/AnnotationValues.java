package dev.opctl.crd.classfile;

import dev.opctl.crd.model.AnnotationUse;
import dev.opctl.crd.model.Value;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/** Builds an {@link AnnotationUse} from ASM's events for one runtime-visible annotation. */
final class AnnotationValues extends AnnotationVisitor {
    private final String type;
    private final Consumer<AnnotationUse> done;
    private final Map<String, Value> values = new LinkedHashMap<>();

    private AnnotationValues(String type, Consumer<AnnotationUse> done) {
        super(Opcodes.ASM9);
        this.type = type;
        this.done = done;
    }

    /** A visitor for an annotation of descriptor {@code Lpkg/Name;} that adds it to {@code into} when done. */
    static AnnotationVisitor into(String descriptor, List<AnnotationUse> into) {
        return new AnnotationValues(typeName(descriptor), into::add);
    }

    @Override
    public void visit(String name, Object value) {
        values.put(name, value(value));
    }

    @Override
    public void visitEnum(String name, String descriptor, String constant) {
        values.put(name, new Value.EnumConstant(typeName(descriptor), constant));
    }

    @Override
    public AnnotationVisitor visitAnnotation(String name, String descriptor) {
        return new AnnotationValues(typeName(descriptor), a -> values.put(name, new Value.Nested(a)));
    }

    @Override
    public AnnotationVisitor visitArray(String name) {
        List<Value> elements = new ArrayList<>();
        return new AnnotationVisitor(Opcodes.ASM9) {
            @Override
            public void visit(String unused, Object value) {
                elements.add(value(value));
            }

            @Override
            public void visitEnum(String unused, String descriptor, String constant) {
                elements.add(new Value.EnumConstant(typeName(descriptor), constant));
            }

            @Override
            public AnnotationVisitor visitAnnotation(String unused, String descriptor) {
                return new AnnotationValues(typeName(descriptor), a -> elements.add(new Value.Nested(a)));
            }

            @Override
            public void visitEnd() {
                values.put(name, new Value.Array(elements));
            }
        };
    }

    @Override
    public void visitEnd() {
        done.accept(new AnnotationUse(type, values));
    }

    private static Value value(Object value) {
        Value constant = Value.ofConstant(value);
        if (constant != null) {
            return constant;
        }
        if (value instanceof Type t) {
            return new Value.ClassLiteral(SignatureTypes.type(t.getDescriptor()));
        }
        // A primitive array, which ASM may pass whole.
        List<Value> elements = new ArrayList<>();
        for (int i = 0; i < Array.getLength(value); i++) {
            elements.add(value(Array.get(value, i)));
        }
        return new Value.Array(elements);
    }

    private static String typeName(String descriptor) {
        return SignatureTypes.qualifiedName(descriptor.substring(1, descriptor.length() - 1));
    }
}
