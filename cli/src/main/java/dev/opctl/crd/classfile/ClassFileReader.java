package dev.opctl.crd.classfile;

import dev.opctl.crd.model.AnnotationUse;
import dev.opctl.crd.model.CreatorDeclaration;
import dev.opctl.crd.model.Doc;
import dev.opctl.crd.model.EnumConstant;
import dev.opctl.crd.model.FieldDeclaration;
import dev.opctl.crd.model.MethodDeclaration;
import dev.opctl.crd.model.Modifier;
import dev.opctl.crd.model.RecordComponent;
import dev.opctl.crd.model.TypeDeclaration;
import dev.opctl.crd.model.TypeUse;
import dev.opctl.crd.model.Value;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.RecordComponentVisitor;
import org.objectweb.asm.Type;
import org.objectweb.asm.TypePath;
import org.objectweb.asm.TypeReference;

/**
 * Reads one class file into a {@link TypeDeclaration}: what Jackson and fabric8's generator see
 * of the compiled class through reflection. Generic types come from the Signature attribute,
 * annotations only when runtime-visible (others are not there for reflection either); method
 * bodies are skipped. Class files carry no Javadoc or marker comments.
 */
public final class ClassFileReader extends ClassVisitor {
    private String name;
    private String internalName;
    private TypeDeclaration.Kind kind;
    private Set<Modifier> modifiers;
    private SignatureTypes.ClassSignature signature;
    private final List<FieldDeclaration> fields = new ArrayList<>();
    private final List<MethodDeclaration> methods = new ArrayList<>();
    private final List<RecordComponent> components = new ArrayList<>();
    private final List<EnumConstant> constants = new ArrayList<>();
    private final List<AnnotationUse> annotations = new ArrayList<>();
    private final List<CreatorDeclaration> creators = new ArrayList<>(0);
    /** Whether it is an inner class (nested, not static): its constructors take its outer instance first. */
    private boolean inner;

    private ClassFileReader() {
        super(Opcodes.ASM9);
    }

    /** The newest class file version ASM reads (Java 27's): keep it ASM's newest when ASM is updated. */
    static final int LATEST_MAJOR = Opcodes.V27;

    /**
     * Whether ASM parses {@code classFile} whole, every attribute, annotation and method body (a
     * failure of {@link #read} on such a file is opctl's): copying it visits all of it.
     */
    static boolean parses(byte[] classFile) {
        try {
            new ClassReader(classFile).accept(new ClassWriter(0), 0);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The internal name of the class a class file declares, or null when its header cannot be read. */
    static String declaredName(byte[] classFile) {
        try {
            return new ClassReader(classFile).getClassName();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * The declaration in a class file's bytes; {@code classpath} has what an enum's JSON values
     * need besides: the interfaces it implements, whose {@code @JsonValue} method its implementation
     * inherits, and the class javac compiles a {@code switch (this)} into; and the annotation types
     * of its Jackson bundles ({@link JacksonBundles}).
     *
     * @throws IllegalArgumentException when the bytes are not a class file ASM can read
     */
    public static TypeDeclaration read(byte[] classFile, Classpath classpath) {
        ClassFileReader reader = new ClassFileReader();
        new ClassReader(classFile).accept(reader, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG
                | ClassReader.SKIP_FRAMES);
        TypeDeclaration declaration = reader.declaration();
        if (declaration.kind() == TypeDeclaration.Kind.ENUM) {
            List<EnumConstant> constants = EnumJsonValues.read(classFile, declaration, reader.internalName,
                    classpath);
            declaration = new TypeDeclaration(declaration.name(), declaration.kind(), declaration.modifiers(),
                    declaration.typeParameters(), declaration.superclass(), declaration.interfaces(),
                    declaration.fields(), declaration.methods(), declaration.components(), constants,
                    declaration.annotations(), declaration.doc());
        }
        return JacksonBundles.expand(declaration, classpath);
    }

    private TypeDeclaration declaration() {
        return new TypeDeclaration(name, kind, modifiers, signature.typeParameters(), signature.superclass(),
                signature.interfaces(), fields, methods, components(), constants, annotations, Doc.NONE, creators);
    }

    /**
     * The record's components with the annotations written on them: javac keeps an annotation on the
     * component only if it may target one, and puts it on the field and the accessor as their targets allow.
     */
    private List<RecordComponent> components() {
        List<RecordComponent> merged = new ArrayList<>();
        for (RecordComponent component : components) {
            List<AnnotationUse> all = new ArrayList<>(component.annotations());
            fields.stream().filter(f -> f.name().equals(component.name())).forEach(f -> addNew(all, f.annotations()));
            methods.stream().filter(m -> m.name().equals(component.name()) && m.parameters().isEmpty())
                    .forEach(m -> addNew(all, m.annotations()));
            merged.add(new RecordComponent(component.name(), component.type(), all, Doc.NONE));
        }
        return merged;
    }

    private static void addNew(List<AnnotationUse> into, List<AnnotationUse> more) {
        for (AnnotationUse annotation : more) {
            if (!into.contains(annotation)) {
                into.add(annotation);
            }
        }
    }

    @Override
    public void visit(int version, int access, String internalName, String classSignature, String superName,
            String[] interfaces) {
        this.internalName = internalName;
        name = SignatureTypes.qualifiedName(internalName);
        kind = (access & Opcodes.ACC_ANNOTATION) != 0 ? TypeDeclaration.Kind.ANNOTATION
                : (access & Opcodes.ACC_ENUM) != 0 ? TypeDeclaration.Kind.ENUM
                : (access & Opcodes.ACC_INTERFACE) != 0 ? TypeDeclaration.Kind.INTERFACE
                : (access & Opcodes.ACC_RECORD) != 0 || "java/lang/Record".equals(superName)
                        ? TypeDeclaration.Kind.RECORD
                : TypeDeclaration.Kind.CLASS;
        modifiers = modifiers(access);
        if (classSignature != null) {
            signature = SignatureTypes.classSignature(classSignature);
        } else {
            List<TypeUse.Named> implemented = new ArrayList<>();
            for (String i : interfaces) {
                implemented.add(TypeUse.Named.of(SignatureTypes.qualifiedName(i)));
            }
            signature = new SignatureTypes.ClassSignature(List.of(),
                    superName == null ? null : TypeUse.Named.of(SignatureTypes.qualifiedName(superName)), implemented);
        }
        if (kind == TypeDeclaration.Kind.INTERFACE || kind == TypeDeclaration.Kind.ANNOTATION
                || signature.superclass() != null && signature.superclass().name().equals("java.lang.Object")) {
            signature = new SignatureTypes.ClassSignature(signature.typeParameters(), null, signature.interfaces());
        }
    }

    @Override
    public void visitInnerClass(String internalName, String outerName, String innerName, int access) {
        // A nested class's own modifiers (static, private, ...) are in its outer class's attribute, and its own.
        if (internalName.replace('/', '.').replace('$', '.').equals(name)) {
            modifiers = modifiers(access);
            inner = (access & Opcodes.ACC_STATIC) == 0;
        }
    }

    @Override
    public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
        return visible ? AnnotationValues.into(descriptor, annotations) : null;
    }

    @Override
    public RecordComponentVisitor visitRecordComponent(String componentName, String descriptor, String generic) {
        TypeUse type = SignatureTypes.type(generic != null ? generic : descriptor);
        MemberAnnotations found = new MemberAnnotations();
        return new RecordComponentVisitor(Opcodes.ASM9) {
            @Override
            public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                return found.declaration(annotation, visible);
            }

            @Override
            public AnnotationVisitor visitTypeAnnotation(int typeRef, TypePath path, String annotation,
                    boolean visible) {
                return found.inType.visit(path, annotation, visible);
            }

            @Override
            public void visitEnd() {
                components.add(new RecordComponent(componentName, found.inType.apply(type), found.own, Doc.NONE));
            }
        };
    }

    @Override
    public FieldVisitor visitField(int access, String fieldName, String descriptor, String generic, Object value) {
        if ((access & Opcodes.ACC_SYNTHETIC) != 0) {
            return null;
        }
        boolean constant = (access & Opcodes.ACC_ENUM) != 0;
        TypeUse type = constant ? null : SignatureTypes.type(generic != null ? generic : descriptor);
        MemberAnnotations found = new MemberAnnotations();
        return new FieldVisitor(Opcodes.ASM9) {
            @Override
            public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                return found.declaration(annotation, visible);
            }

            @Override
            public AnnotationVisitor visitTypeAnnotation(int typeRef, TypePath path, String annotation,
                    boolean visible) {
                return constant ? null : found.inType.visit(path, annotation, visible);
            }

            @Override
            public void visitEnd() {
                if (constant) {
                    constants.add(new EnumConstant(fieldName, found.own, Doc.NONE));
                } else {
                    fields.add(new FieldDeclaration(fieldName, found.inType.apply(type), modifiers(access), found.own,
                            Doc.NONE, constant(value, descriptor)));
                }
            }
        };
    }

    /**
     * A field's ConstantValue as the value of its type: a class file holds a boolean, char, byte or
     * short constant as an int.
     */
    private static Value constant(Object value, String descriptor) {
        if (value instanceof Integer i) {
            return switch (descriptor) {
                case "Z" -> new Value.Bool(i != 0);
                case "C" -> new Value.Char((char) i.intValue());
                default -> new Value.Number(i);
            };
        }
        return value instanceof String text ? new Value.Text(text)
                : value instanceof Number n ? new Value.Number(n) : null;
    }

    @Override
    public MethodVisitor visitMethod(int access, String methodName, String descriptor, String generic,
            String[] exceptions) {
        if ((access & (Opcodes.ACC_SYNTHETIC | Opcodes.ACC_BRIDGE)) != 0) {
            return null;
        }
        boolean accessor = !methodName.startsWith("<") && !descriptor.equals("()V")
                && (Type.getArgumentCount(descriptor) <= 1 || methodName.equals("acceptJsonFormatVisitor"));
        boolean creator = creator(access, methodName, descriptor);
        if (!accessor && !creator) {
            return null;
        }
        List<TypeUse> types = SignatureTypes.method(generic != null ? generic : descriptor);
        TypeUse returned = types.remove(types.size() - 1);
        MemberAnnotations found = new MemberAnnotations();
        List<List<AnnotationUse>> onParameters = new ArrayList<>(0);
        return new MethodVisitor(Opcodes.ASM9) {
            @Override
            public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                return found.declaration(annotation, visible);
            }

            @Override
            public AnnotationVisitor visitTypeAnnotation(int typeRef, TypePath path, String annotation,
                    boolean visible) {
                boolean onReturn = new TypeReference(typeRef).getSort() == TypeReference.METHOD_RETURN;
                return onReturn && accessor ? found.inType.visit(path, annotation, visible) : null;
            }

            @Override
            public AnnotationVisitor visitParameterAnnotation(int parameter, String annotation, boolean visible) {
                if (!creator || !visible || parameter >= types.size()) {
                    return null;
                }
                while (onParameters.size() < types.size()) {
                    onParameters.add(new ArrayList<>(1));
                }
                return AnnotationValues.into(annotation, onParameters.get(parameter));
            }

            @Override
            public void visitEnd() {
                if (accessor) {
                    Set<Modifier> flags = modifiers(access & ~Opcodes.ACC_VARARGS);
                    methods.add(new MethodDeclaration(methodName, found.inType.apply(returned), types, flags,
                            found.own, Doc.NONE));
                }
                if (creator && (!found.own.isEmpty() || !onParameters.isEmpty())) {
                    List<CreatorDeclaration.Parameter> parameters = new ArrayList<>(types.size());
                    for (int i = 0; i < types.size(); i++) {
                        parameters.add(new CreatorDeclaration.Parameter(types.get(i),
                                onParameters.isEmpty() ? List.of() : onParameters.get(i), Doc.NONE));
                    }
                    creators.add(new CreatorDeclaration(methodName, parameters, found.own, Doc.NONE));
                }
            }
        };
    }

    /**
     * Whether a method may be a creator ({@link CreatorDeclaration}): a constructor of a class or record that
     * is not inner, or a static method that returns its type.
     */
    private boolean creator(int access, String methodName, String descriptor) {
        if (kind != TypeDeclaration.Kind.CLASS && kind != TypeDeclaration.Kind.RECORD) {
            return false;
        }
        if (methodName.equals(CreatorDeclaration.CONSTRUCTOR)) {
            return !inner;
        }
        Type returned = Type.getReturnType(descriptor);
        return (access & Opcodes.ACC_STATIC) != 0 && !methodName.startsWith("<") && returned.getSort() == Type.OBJECT
                && returned.getInternalName().equals(internalName);
    }

    /** What a member's visitor finds: its own runtime-visible annotations, and those inside its type. */
    private static final class MemberAnnotations {
        final List<AnnotationUse> own = new ArrayList<>();
        final TypeAnnotations inType = new TypeAnnotations();

        AnnotationVisitor declaration(String descriptor, boolean visible) {
            return visible ? AnnotationValues.into(descriptor, own) : null;
        }
    }

    /** The access flags that are modifiers of the model, and those modifiers, in the same order. */
    private static final int[] FLAGS = {Opcodes.ACC_PUBLIC, Opcodes.ACC_PROTECTED, Opcodes.ACC_PRIVATE,
        Opcodes.ACC_STATIC, Opcodes.ACC_FINAL, Opcodes.ACC_ABSTRACT, Opcodes.ACC_TRANSIENT};
    private static final Modifier[] MODIFIERS = {Modifier.PUBLIC, Modifier.PROTECTED, Modifier.PRIVATE,
        Modifier.STATIC, Modifier.FINAL, Modifier.ABSTRACT, Modifier.TRANSIENT};

    /** The modifiers in access flags; a method's ACC_VARARGS has the value of a field's ACC_TRANSIENT. */
    private static Set<Modifier> modifiers(int access) {
        Set<Modifier> set = EnumSet.noneOf(Modifier.class);
        for (int i = 0; i < FLAGS.length; i++) {
            if ((access & FLAGS[i]) != 0) {
                set.add(MODIFIERS[i]);
            }
        }
        return set;
    }
}
