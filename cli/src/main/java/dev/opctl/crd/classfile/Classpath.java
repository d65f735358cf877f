package dev.opctl.crd.classfile;

import dev.opctl.crd.model.TypeDeclaration;
import dev.opctl.engine.FileErrors;
import dev.opctl.engine.OpctlException;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Compiled classes to read types from, as javac takes a class path: jars and class directories,
 * searched in order after the JDK's own classes. Jars are opened, and class files read, only when
 * a type is asked for; each type is read once. Safe for use by several threads.
 */
public final class Classpath implements AutoCloseable {
    private final Supplier<List<Path>> source;
    private volatile List<Path> entries;
    private RuntimeException failure;
    private final Map<Path, ZipFile> jars = new ConcurrentHashMap<>();
    /** A jar's manifest's Class-Path, read when the jar is searched. */
    private final Map<Path, List<Path>> manifests = new ConcurrentHashMap<>();
    private final Map<String, Optional<TypeDeclaration>> types = new ConcurrentHashMap<>();
    private final ClassVersions versions = new ClassVersions();
    /** The types this thread is reading: an enum's interfaces are read while it is (a cycle ends there). */
    private final ThreadLocal<Set<String>> reading = ThreadLocal.withInitial(HashSet::new);

    private Classpath(Supplier<List<Path>> source) {
        this.source = source;
    }

    /**
     * The class path of these jars and directories.
     *
     * @throws OpctlException (invalid input) naming the first entry that does not exist or cannot be read
     */
    public static Classpath of(List<Path> entries) {
        Classpath classpath = new Classpath(() -> entries);
        classpath.entries();
        return classpath;
    }

    /**
     * A class path whose entries are asked for only when a type is not in the JDK: a project's
     * dependencies, which may take a Maven run to resolve.
     */
    public static Classpath lazy(Supplier<List<Path>> entries) {
        return new Classpath(entries);
    }

    /**
     * Checks that every entry exists and can be read.
     *
     * @throws OpctlException (invalid input) naming the first that does not or cannot
     */
    public static List<Path> check(List<Path> entries) {
        for (Path entry : entries) {
            if (!Files.exists(entry)) {
                throw OpctlException.invalidInput(String.format("class path entry %s does not exist; pass jars or "
                        + "class directories, separated by '%s'", entry, File.pathSeparator));
            }
            if (!Files.isReadable(entry) || !Files.isDirectory(entry) && !Files.isRegularFile(entry)) {
                throw OpctlException.invalidInput(String.format("class path entry %s cannot be read; pass readable "
                        + "jars or class directories", entry));
            }
        }
        return List.copyOf(entries);
    }

    /**
     * The entries of a class path as javac takes it ({@code a.jar:classes:lib/*}), relative to
     * {@code base}; {@code dir/*} stands for the jars in {@code dir}, in name order.
     */
    public static List<Path> parse(String classpath, Path base) {
        List<Path> entries = new ArrayList<>();
        for (String entry : classpath.split(File.pathSeparator)) {
            String path = entry.strip();
            if (path.equals("*") || path.endsWith("/*") || path.endsWith(File.separator + "*")) {
                entries.addAll(jars(base.resolve(path.substring(0, path.length() - 1)).normalize(), path));
            } else if (!path.isEmpty()) {
                entries.add(base.resolve(path).normalize());
            }
        }
        return entries;
    }

    private static List<Path> jars(Path dir, String entry) {
        if (!Files.isDirectory(dir)) {
            throw OpctlException.invalidInput(String.format("class path entry %s: %s is not a directory; '*' stands "
                    + "for the jars in a directory", entry, dir));
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar"))
                    .sorted().toList();
        } catch (IOException e) {
            throw FileErrors.of(e);
        }
    }

    /** The jars and directories, in search order: resolved and checked on first use. */
    public List<Path> entries() {
        List<Path> resolved = entries;
        if (resolved == null) {
            synchronized (this) {
                resolved = entries;
                if (resolved == null) {
                    // Asked once: a failure (Maven's, say) is the answer for every later lookup too.
                    if (failure != null) {
                        throw failure;
                    }
                    try {
                        resolved = check(source.get());
                    } catch (RuntimeException e) {
                        failure = e;
                        throw e;
                    }
                    entries = resolved;
                }
            }
        }
        return resolved;
    }

    /**
     * The type with this qualified name ({@code pkg.Outer.Inner}), if a class file on the class path
     * or in the JDK declares it.
     *
     * @throws OpctlException (invalid input) when the class file is there but cannot be read
     */
    public Optional<TypeDeclaration> type(String qualifiedName) {
        Optional<TypeDeclaration> known = types.get(qualifiedName);
        if (known == null) {
            if (!reading.get().add(qualifiedName)) {
                return Optional.empty(); // an inconsistent class path: an enum its own interface's interface
            }
            try {
                known = find(qualifiedName);
            } finally {
                reading.get().remove(qualifiedName);
            }
            types.putIfAbsent(qualifiedName, known);
        }
        return known;
    }

    private Optional<TypeDeclaration> find(String qualifiedName) {
        List<String> files = classFiles(qualifiedName);
        if (JdkClasses.inPackage(qualifiedName)) {
            for (String file : files) {
                byte[] bytes = JdkClasses.classFile(file);
                if (bytes != null) {
                    return Optional.of(read(bytes, "the JDK", file));
                }
            }
            if (qualifiedName.startsWith("java.")) {
                return Optional.empty(); // only the JDK may declare java.* (javac refuses it elsewhere)
            }
        }
        if (qualifiedName.indexOf('.') < 0) {
            return Optional.empty(); // a name the sources could not resolve: no class path has it
        }
        Found found = first(entries(), files, new HashSet<>());
        if (found == null) {
            return Optional.empty();
        }
        versions.read(found.entry(), found.bytes(), qualifiedName);
        return Optional.of(read(found.bytes(), found.entry().toString(), found.file()));
    }

    /**
     * One line for each entry a class was read from that is compiled for a Java newer than {@code release}
     * (a project's {@code maven.compiler.release}), in the order of the entries.
     */
    public List<String> newerThan(int release) {
        return versions.newerThan(entries == null ? List.of() : entries, release);
    }

    /** A class file found, and where. */
    private record Found(Path entry, String file, byte[] bytes) {
    }

    /**
     * The first of {@code files} in the first entry that has one, entry by entry, each jar followed
     * by the entries its manifest's {@code Class-Path} names, as javac searches: a jar is opened only
     * when no entry before it has the file. Null when none has.
     *
     * @param seen the entries searched already (one named twice is searched where it comes first)
     */
    private Found first(List<Path> entries, List<String> files, Set<Path> seen) {
        for (Path entry : entries) {
            if (!seen.add(entry)) {
                continue;
            }
            boolean directory = Files.isDirectory(entry);
            for (String file : files) {
                byte[] bytes = bytes(entry, directory, file);
                if (bytes != null && declares(bytes, file, entry)) {
                    return new Found(entry, file, bytes);
                }
            }
            Found found = directory ? null : first(manifestClassPath(entry), files, seen);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /**
     * The entries a jar's manifest names in its {@code Class-Path} (relative URLs, resolved against
     * the jar's directory) that exist and are jars, zips or directories; javac too passes over the others.
     */
    private List<Path> manifestClassPath(Path jar) {
        return manifests.computeIfAbsent(jar, j -> {
            ZipFile zip = jars.computeIfAbsent(j, Classpath::open);
            ZipEntry entry = zip.getEntry(JarFile.MANIFEST_NAME);
            if (entry == null) {
                return List.of();
            }
            String classPath;
            try (InputStream in = zip.getInputStream(entry)) {
                classPath = new Manifest(in).getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            } catch (IOException e) {
                throw OpctlException.invalidInput(String.format("cannot read the manifest of class path entry %s: "
                        + "%s", j, FileErrors.message(e)));
            }
            List<Path> named = new ArrayList<>();
            for (String url : classPath == null ? new String[0] : classPath.trim().split("\\s+")) {
                try {
                    URI resolved = j.toAbsolutePath().getParent().toUri().resolve(new URI(url));
                    Path path = resolved.getScheme() != null && resolved.getScheme().equals("file")
                            ? Path.of(resolved).normalize() : null;
                    String name = path == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
                    // javac too takes jars, zips and directories only (another file: a warning with -Xlint:path).
                    if (path != null && Files.isReadable(path) && (Files.isDirectory(path) || name.endsWith(".jar")
                            || name.endsWith(".zip"))) {
                        named.add(path);
                    }
                } catch (URISyntaxException | IllegalArgumentException e) {
                    // Not a URL javac could follow either.
                }
            }
            return List.copyOf(named);
        });
    }

    /**
     * The bytes of the class file of a binary name ({@code a/b/Outer$1}: a class javac made, which no
     * source names), from the JDK or the first entry that has it; null when none has.
     */
    byte[] classFile(String internalName) {
        String file = internalName + ".class";
        byte[] jdk = JdkClasses.inPackage(internalName.replace('/', '.')) ? JdkClasses.classFile(file) : null;
        if (jdk != null || internalName.startsWith("java/")) {
            return jdk; // only the JDK may declare java.*
        }
        Found found = first(entries(), List.of(file), new HashSet<>());
        // Read by a reader of another file, which would be taken for the one at fault.
        if (found != null && !ClassFileReader.parses(found.bytes())) {
            throw ClassVersions.notReadable(found.bytes(), file, found.entry().toString());
        }
        return found == null ? null : found.bytes();
    }

    /** Where {@code a.b.Outer.Inner} can be: {@code a/b/Outer/Inner.class}, {@code a/b/Outer$Inner.class}, ... */
    static List<String> classFiles(String qualifiedName) {
        List<String> files = new ArrayList<>();
        String path = qualifiedName.replace('.', '/');
        files.add(path + ".class");
        for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
            path = path.substring(0, slash) + "$" + path.substring(slash + 1);
            files.add(path + ".class");
        }
        return files;
    }

    private byte[] bytes(Path entry, boolean directory, String file) {
        try {
            if (directory) {
                Path classFile = entry.resolve(file);
                return Files.isRegularFile(classFile) ? Files.readAllBytes(classFile) : null;
            }
            ZipFile jar = jars.computeIfAbsent(entry, Classpath::open);
            ZipEntry zipEntry = jar.getEntry(file);
            if (zipEntry == null) {
                return null;
            }
            try (InputStream in = jar.getInputStream(zipEntry)) {
                return in.readAllBytes();
            }
        } catch (ZipException e) {
            // Damaged compressed data: rereading does not help, a new copy of the jar does.
            throw OpctlException.invalidInput(String.format("class path entry %s is damaged: reading %s from it failed "
                    + "(%s); rebuild the jar, or, for a Maven dependency, delete it from the local Maven repository so "
                    + "that Maven downloads it again", entry, file, e.getMessage()));
        } catch (IOException e) {
            throw OpctlException.invalidInput(String.format("cannot read %s from class path entry %s: %s", file,
                    entry, FileErrors.message(e)));
        }
    }

    private static ZipFile open(Path jar) {
        try {
            // A multi-release jar's classes as this Java release sees them, as fabric8's class loader would.
            return new JarFile(jar.toFile(), false, ZipFile.OPEN_READ, Runtime.version());
        } catch (ZipException e) {
            throw OpctlException.invalidInput(String.format("class path entry %s is neither a jar nor a class "
                    + "directory (not a zip file: %s); pass jars or class directories, or, for a Maven dependency cut "
                    + "short, delete it from the local Maven repository so that Maven downloads it again", jar,
                    e.getMessage()));
        } catch (IOException e) {
            throw OpctlException.invalidInput(String.format("class path entry %s is not a jar (%s); pass jars or "
                    + "class directories", jar, FileErrors.message(e)));
        }
    }

    /**
     * Whether the class file {@code file} of {@code entry} declares the class its path names. One
     * whose name differs in case only is another class's, found on a file system that ignores case
     * ({@code a/Model/Spec.class} for {@code a/model/Spec.class}): javac passes over it, and so does opctl.
     *
     * @throws OpctlException (invalid input) when it declares another class (javac: "class file contains
     *     wrong class")
     */
    private static boolean declares(byte[] bytes, String file, Path entry) {
        String declared = ClassFileReader.declaredName(bytes);
        if (declared == null || file.equals(declared + ".class")) {
            return true; // or not a class file at all, which reading it says
        }
        if (file.equalsIgnoreCase(declared + ".class")) {
            return false;
        }
        throw OpctlException.invalidInput(String.format("%s in %s holds class %s, not %s; check the class path",
                file, entry, declared.replace('/', '.'), file.substring(0, file.length() - 6).replace('/', '.')));
    }

    private TypeDeclaration read(byte[] bytes, String where, String file) {
        return read(bytes, where, file, b -> ClassFileReader.read(b, this));
    }

    /**
     * {@code reader}'s declaration of class file {@code bytes}. A file ASM cannot parse is bad input;
     * one it parses that {@code reader} fails on is opctl's bug, reported as one.
     */
    static TypeDeclaration read(byte[] bytes, String where, String file, Function<byte[], TypeDeclaration> reader) {
        try {
            return reader.apply(bytes);
        } catch (OpctlException | ReadFailure e) {
            throw e; // about another class file: an interface the enum read here implements
        } catch (RuntimeException e) {
            if (ClassFileReader.parses(bytes)) {
                throw new ReadFailure(String.format("reading %s in %s failed", file, where), e);
            }
            throw ClassVersions.notReadable(bytes, file, where);
        }
    }

    /** opctl failed to read a class file that ASM parses: a bug of opctl's (exit 1), not bad input. */
    static final class ReadFailure extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        ReadFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    @Override
    public void close() {
        for (ZipFile jar : jars.values()) {
            try {
                jar.close();
            } catch (IOException e) {
                // Read-only: nothing is lost.
            }
        }
        jars.clear();
    }
}
