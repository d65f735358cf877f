package dev.opctl.crd;

import dev.opctl.crd.classfile.Classpath;
import dev.opctl.crd.classfile.JdkClasses;
import dev.opctl.crd.model.TypeDeclaration;
import dev.opctl.crd.model.TypeUse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The declarations the schema engine reads, by qualified name: the types of the sources, each read
 * into the model once, on first use; then those of the class path. Safe to share between threads.
 */
final class TypeLookup {
    /** The JDK's classes whose serializers Jackson finds for subclasses too (findSerializerByPrimaryType). */
    private static final Set<String> SERIALIZED_WITH_SUBCLASSES = Set.of("java.lang.Number", "java.util.Date",
            "java.util.Calendar", "java.util.TimeZone", "java.net.InetAddress", "java.net.InetSocketAddress",
            "java.nio.charset.Charset");

    private final SourceIndex index;
    /** A reader per thread: a reader evaluates constants with state of its own. */
    private final ThreadLocal<SourceModelReader> readers;
    private final Classpath classpath;
    private final Map<String, TypeDeclaration> read = new ConcurrentHashMap<>();

    /** The types of {@code index} (null for none), then of {@code classpath}. */
    TypeLookup(SourceIndex index, Classpath classpath, ModelSchemas qualifier) {
        this.index = index;
        this.readers = ThreadLocal.withInitial(() -> new SourceModelReader(index, qualifier));
        this.classpath = classpath;
    }

    /** The qualified names of the types of the sources of that simple name ({@link SourceIndex#declaring}). */
    List<String> declaring(String simpleName) {
        return index == null ? List.of() : index.declaring(simpleName);
    }

    /** A type the sources declare. */
    Optional<TypeDeclaration> source(String name) {
        TypeDeclaration type = read.get(name);
        if (type != null || index == null) {
            return Optional.ofNullable(type);
        }
        // Reading one type reads no other: computeIfAbsent does not recur.
        return index.type(name).map(node -> read.computeIfAbsent(name, n -> readers.get().read(node)));
    }

    /**
     * A type of the class path, or an enum of the JDK: Jackson writes the JDK's other classes with
     * serializers of their own (an AtomicLong is a number), not as beans.
     */
    Optional<TypeDeclaration> compiled(String name) {
        boolean jdk = name.startsWith("java.") || name.startsWith("javax.")
                || JdkClasses.inPackage(name) && JdkClasses.declares(name); // not com.sun.jersey's, say
        return classpath.type(name).filter(t -> !jdk || t.kind() == TypeDeclaration.Kind.ENUM);
    }

    /** A type of the class path or the JDK, whichever its kind: what its class file declares. */
    Optional<TypeDeclaration> classFile(String name) {
        return classpath.type(name);
    }

    /** A type of the sources, else of the class path. */
    Optional<TypeDeclaration> type(String name) {
        Optional<TypeDeclaration> source = source(name);
        return source.isPresent() ? source : compiled(name);
    }

    /**
     * The nearest superclass of {@code type} (through the sources, the class path and the JDK) whose
     * Jackson serializer writes its subclasses too: a Number (Commons Lang's MutableInt), a Date or
     * Calendar (java.sql.Timestamp), a TimeZone, an InetAddress, an InetSocketAddress or a Charset.
     */
    Optional<String> serializedSuperclass(TypeDeclaration type) {
        TypeDeclaration t = type;
        for (int depth = 0; depth < 32 && t != null && t.superclass() != null; depth++) {
            String superclass = t.superclass().name();
            if (SERIALIZED_WITH_SUBCLASSES.contains(superclass)) {
                return Optional.of(superclass);
            }
            t = superclass.equals("java.lang.Object") ? null : source(superclass).or(() -> classFile(superclass))
                    .orElse(null);
        }
        return Optional.empty();
    }

    /**
     * Whether {@code type} extends or implements {@code qualifiedName}, through the supertypes of the
     * sources and the class path (not those of the libraries opctl reads by name, nor the JDK's).
     */
    boolean isA(TypeDeclaration type, String qualifiedName) {
        return isA(type, qualifiedName, 0);
    }

    private boolean isA(TypeDeclaration type, String qualifiedName, int depth) {
        for (TypeUse.Named supertype : type.supertypes()) {
            String name = supertype.name();
            if (name.equals(qualifiedName)) {
                return true;
            }
            if (depth < 32 && !LibraryNames.contains(name) && !name.startsWith("java.")
                    && type(name).filter(t -> isA(t, qualifiedName, depth + 1)).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
