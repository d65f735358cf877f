package dev.opctl.crd;

import dev.opctl.crd.syntax.JavaParserReader;
import dev.opctl.crd.syntax.SourceFile;
import dev.opctl.crd.syntax.SourceReaders;
import dev.opctl.crd.syntax.TypeDecl;
import dev.opctl.crd.syntax.TypeExpr;
import dev.opctl.engine.OpctlException;
import dev.opctl.engine.TextFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The Java sources under some directories, read into opctl's syntax ({@link dev.opctl.crd.syntax})
 * without compiling them, with every type they declare by its qualified name ({@code pkg.Outer.Inner})
 * and javac's rules for resolving a simple name in a file: enclosing types, single-type imports, the
 * same package, on-demand imports, {@code java.lang}.
 */
final class SourceIndex {
    /** Where a type is declared: its file, what encloses it (null for a top-level type), its qualified name. */
    private record Declared(Path path, SourceFile file, TypeDecl enclosing, String name) {
    }

    // Hashed: name lookups are most of resolving, and a sorted map compares long common prefixes.
    private final Map<String, TypeDecl> byName = new HashMap<>();
    // By identity: records' equals and hashCode walk their whole content.
    private final Map<TypeDecl, Declared> declared = new IdentityHashMap<>();
    private final Set<String> packages = new HashSet<>();
    private final Map<Path, SourceFile> files = new TreeMap<>();

    private SourceIndex() {
    }

    /**
     * Reads every {@code .java} file under {@code roots}, in a fixed order.
     *
     * @throws OpctlException (invalid input) naming the file and line of the first syntax error
     */
    static SourceIndex parse(List<Path> roots) {
        return parse(roots, Map.of());
    }

    /**
     * Reads every {@code .java} file under {@code roots}, where {@code overlay} (absolute paths to
     * contents) adds files or replaces what is on disk: the sources as a command is about to write them.
     */
    static SourceIndex parse(List<Path> roots, Map<Path, String> overlay) {
        TreeSet<Path> sorted = new TreeSet<>(JavaFiles.under(roots));
        for (Path file : overlay.keySet()) {
            if (roots.stream().anyMatch(file::startsWith)) {
                sorted.add(file);
            }
        }
        return parseFiles(List.copyOf(sorted), overlay, false);
    }

    /** {@link #parse(List)} with every file read by JavaParser: for tests (whichever reader reads a file, the same). */
    static SourceIndex parseWithJavaParserOnly(List<Path> roots) {
        return parseFiles(List.copyOf(new TreeSet<>(JavaFiles.under(roots))), Map.of(), true);
    }

    /** Reads {@code sources} (file to text) alone, in file order: a project's sources as a command read them. */
    static SourceIndex parse(Map<Path, String> sources) {
        return parseFiles(List.copyOf(new TreeSet<>(sources.keySet())), sources, false);
    }

    /**
     * Reads {@code files}, each as {@code overlay} has it, or else as the disk has it; with
     * {@code javaParserOnly}, all by JavaParser (a test's way to check the other reader).
     */
    private static SourceIndex parseFiles(List<Path> files, Map<Path, String> overlay, boolean javaParserOnly) {
        // Reading dominates: files are read in parallel, and indexed in file order.
        SourceReaders readers = new SourceReaders(javaParserOnly);
        List<Object> results = files.parallelStream().map(file -> {
            // A byte that is not UTF-8 is an error naming the file and line, as javac -encoding UTF-8 makes it.
            String text = overlay.get(file);
            try {
                return (Object) readers.read(text != null ? text : TextFiles.readUtf8(file));
            } catch (JavaParserReader.SyntaxError e) {
                return e;
            } catch (StackOverflowError e) {
                // Both readers descend recursively: thousands of nested levels are more than a thread's stack.
                return e;
            }
        }).toList();
        SourceIndex index = new SourceIndex();
        List<OpctlException> unread = new ArrayList<>(); // every file's, as javac says them
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            if (results.get(i) instanceof JavaParserReader.SyntaxError error) {
                unread.add(OpctlException.invalidInput(String.format("%s:%d: cannot parse Java: %s; fix the source so "
                        + "that javac compiles it", file, error.line(), error.getMessage())));
            }
            if (results.get(i) instanceof StackOverflowError) {
                unread.add(OpctlException.invalidInput(String.format("%s: nests too deeply for opctl to read (thousands "
                        + "of parentheses, type arguments or classes inside one another); write it flatter", file)));
            }
            if (!(results.get(i) instanceof SourceFile source)) {
                continue;
            }
            index.files.put(file, source);
            index.packages.add(source.packageName());
            String pkg = source.packageName().isEmpty() ? "" : source.packageName() + ".";
            for (TypeDecl type : source.types()) {
                index.add(pkg + type.name(), type, null, file, source);
            }
        }
        if (!unread.isEmpty()) {
            throw TypeErrors.together(unread);
        }
        return index;
    }

    private void add(String name, TypeDecl type, TypeDecl enclosing, Path path, SourceFile file) {
        TypeDecl other = byName.get(name);
        if (other != null) {
            throw OpctlException.invalidInput(String.format("%s: %s is declared twice, here and at %s (javac rejects "
                    + "it too); pass each source directory once, and remove one of them", location(other),
                    name, path + ":" + type.line()));
        }
        byName.put(name, type);
        declared.put(type, new Declared(path, file, enclosing, name));
        for (TypeDecl nested : type.nested()) {
            add(name + "." + nested.name(), nested, type, path, file);
        }
    }

    /** The qualified names of the types of the sources whose simple name is {@code simpleName}, in name order. */
    List<String> declaring(String simpleName) {
        return byName.keySet().stream().filter(n -> n.equals(simpleName) || n.endsWith("." + simpleName)).sorted()
                .toList();
    }

    /** Every type declared in the sources, by qualified name, in name order. */
    Collection<TypeDecl> types() {
        return new TreeMap<>(byName).values();
    }

    /** Every file read, by path, in path order. */
    Map<Path, SourceFile> files() {
        return files;
    }

    /** The type with this qualified name, if the sources declare it. */
    Optional<TypeDecl> type(String qualifiedName) {
        return Optional.ofNullable(byName.get(qualifiedName));
    }

    /** The qualified name of a type declared in the sources. */
    String qualifiedName(TypeDecl type) {
        return declared(type).name();
    }

    /** The type a member type is declared in; null for a top-level type. */
    TypeDecl enclosing(TypeDecl type) {
        return declared(type).enclosing();
    }

    /** The file that declares {@code type}. */
    SourceFile file(TypeDecl type) {
        return declared(type).file();
    }

    private Declared declared(TypeDecl type) {
        Declared found = declared.get(type);
        if (found == null) {
            throw new IllegalArgumentException("not a type of the sources: " + type.name());
        }
        return found;
    }

    /** Where a simple name written in {@code context} may come from when the sources do not declare it. */
    ImportScope scope(TypeDecl context) {
        return ImportScope.of(file(context));
    }

    /** The file that declares {@code type}, as it was read (relative when its root was). */
    Path path(TypeDecl type) {
        return declared(type).path();
    }

    /** "File.java:12", line {@code line} of the file that declares {@code type}, for error messages. */
    String location(TypeDecl type, int line) {
        return declared(type).path() + ":" + line;
    }

    /** "File.java:12", where {@code type} is declared. */
    String location(TypeDecl type) {
        return location(type, type.line());
    }

    /**
     * Resolves the (possibly qualified) type name {@code name} as written in {@code context}: a type of the
     * sources, a type named by an import, or {@code java.lang}; unchanged when it cannot be resolved.
     */
    String resolve(String name, TypeDecl context) {
        return resolve(name, context, context.line());
    }

    /** {@link #resolve(String, TypeDecl)}, for a name written on line {@code line}, which an error names. */
    String resolve(String name, TypeDecl context, int line) {
        return resolve(name, context, file(context), line, 0, SourceTypeUses.Outside.NONE);
    }

    /**
     * {@link #resolve(String, TypeDecl, int)}, where {@code outside} tells the member types a type inherits from
     * outside the sources, and whether a class of the class path declares the member type a static import names.
     */
    String resolve(String name, TypeDecl context, int line, SourceTypeUses.Outside outside) {
        return resolve(name, context, file(context), line, 0, outside);
    }

    /**
     * Resolves {@code name} in the types from {@code context} outwards (none when null: at the top level of
     * {@code file}), each with what it inherits from the sources, then from {@code outside}; then in the
     * file's imports and package. {@code depth} counts the supertypes looked into, so that a cycle of them ends.
     */
    private String resolve(String name, TypeDecl context, SourceFile file, int line, int depth,
            SourceTypeUses.Outside outside) {
        int dot = name.indexOf('.');
        String first = dot < 0 ? name : name.substring(0, dot);
        String rest = dot < 0 ? "" : name.substring(dot);
        if (dot >= 0 && byName.containsKey(name)) {
            return name;
        }
        if (dot >= 0 && Character.isLowerCase(name.charAt(0))) {
            return qualifiedMembers(name, line, depth);
        }
        for (TypeDecl enclosing = context; enclosing != null; enclosing = enclosing(enclosing)) {
            String member = memberType(enclosing, first, line, depth);
            if (member != null) {
                return members(member, rest, line, depth);
            }
            String inherited = outside.inherited().apply(enclosing, first);
            if (inherited != null) {
                return inherited + rest;
            }
            if (enclosing.name().equals(first)) {
                return members(qualifiedName(enclosing), rest, line, depth);
            }
        }
        for (SourceFile.Import imp : file.imports()) {
            // A static import names a member type too, and maybe only a field or method of that name.
            if (!imp.onDemand() && imp.name().substring(imp.name().lastIndexOf('.') + 1).equals(first)
                    && (!imp.isStatic() || isType(imp.name()) || outside.declares().test(imp.name()))) {
                return members(imp.name(), rest, line, depth);
            }
        }
        String pkg = file.packageName().isEmpty() ? "" : file.packageName() + ".";
        if (byName.containsKey(pkg + first)) {
            return members(pkg + first, rest, line, depth);
        }
        String found = onDemand(file, first, context, line, outside);
        if (found != null) {
            if (JavaLang.JAVA_LANG.contains(first) && !found.equals("java.lang." + first)) {
                // java.lang is imported on demand too: javac rejects the name as ambiguous.
                throw ambiguous(file, context, line, first, "java.lang." + first, found);
            }
            return members(found, rest, line, depth);
        }
        if (JavaLang.declares(first)) {
            return "java.lang." + first + rest;
        }
        return name;
    }

    /**
     * {@code type + rest}, where {@code rest} ({@code ".Inner"}) names member types, inherited ones too,
     * as javac finds them: {@code Sub.Inner} is {@code Base.Inner} when {@code Sub} extends {@code Base}.
     */
    private String members(String type, String rest, int line, int depth) {
        if (rest.isEmpty() || byName.containsKey(type + rest)) {
            return type + rest;
        }
        String qualified = type;
        for (String simpleName : rest.substring(1).split("\\.")) {
            TypeDecl current = byName.get(qualified);
            String member = current == null ? null : memberType(current, simpleName, line, depth + 1);
            if (member == null) {
                return type + rest; // not a type of the sources: as written
            }
            qualified = member;
        }
        return qualified;
    }

    /** A qualified name ({@code p.Sub.Inner}), its member types found as {@link #members} finds them. */
    private String qualifiedMembers(String name, int line, int depth) {
        for (int dot = name.indexOf('.'); dot > 0; dot = name.indexOf('.', dot + 1)) {
            if (byName.containsKey(name.substring(0, dot))) {
                return members(name.substring(0, dot), name.substring(dot), line, depth);
            }
        }
        return name;
    }

    /**
     * The member type {@code simpleName} of {@code type}: its own, else one it inherits from its
     * superclass or interfaces of the sources, as javac finds it; null for none.
     */
    private String memberType(TypeDecl type, String simpleName, int line, int depth) {
        // Looked up among its member types, not by a new qualified name: most lookups find none, and the
        // string would be garbage.
        List<TypeDecl> nested = type.nested();
        for (int i = 0; i < nested.size(); i++) {
            if (nested.get(i).name().equals(simpleName)) {
                return qualifiedName(type) + "." + simpleName;
            }
        }
        if (depth >= 16 || type.extended().isEmpty() && type.implemented().isEmpty()) {
            return null;
        }
        List<TypeExpr.ClassType> supertypes = new ArrayList<>(type.extended());
        supertypes.addAll(type.implemented());
        for (TypeExpr.ClassType supertype : supertypes) {
            // A supertype's name is resolved outside the type's body: in what encloses it, or its file.
            TypeDecl parent = byName.get(resolve(supertype.name(), enclosing(type), file(type), line, depth + 1,
                    SourceTypeUses.Outside.NONE));
            String inherited = parent == null ? null : memberType(parent, simpleName, line, depth + 1);
            if (inherited != null) {
                return inherited;
            }
        }
        return null;
    }

    /**
     * The type {@code simpleName} names through the file's on-demand imports (of packages, or of a
     * class's member types), among the types of the sources and those opctl knows; null for none.
     *
     * @throws OpctlException (invalid input) when two imports offer it (one maybe of the class path): javac
     *     rejects that too
     */
    private String onDemand(SourceFile file, String simpleName, TypeDecl context, int line,
            SourceTypeUses.Outside outside) {
        String found = null;
        List<String> unknown = new ArrayList<>(); // in packages of the class path, say
        for (SourceFile.Import imp : file.imports()) {
            String candidate = imp.name() + "." + simpleName;
            if (!imp.onDemand() || candidate.equals(found)) {
                continue;
            }
            if (isType(candidate)) {
                if (found != null) {
                    throw ambiguous(file, context, line, simpleName, found, candidate);
                }
                found = candidate;
            } else if (!imp.isStatic() && !knownPackage(imp.name())) {
                unknown.add(candidate);
            }
        }
        // A jar's package may offer the name too, which the sources and libraries opctl knows do not show.
        for (String candidate : found == null ? List.<String>of() : unknown) {
            if (outside.declares().test(candidate)) {
                throw ambiguous(file, context, line, simpleName, found, candidate);
            }
        }
        return found;
    }

    /** A package (or type) of the sources or of a library opctl reads by name: it knows their types. */
    private boolean knownPackage(String name) {
        return packages.contains(name) || byName.containsKey(name) || name.startsWith(LibraryNames.FABRIC8_KUBERNETES)
                || LibraryNames.declaresPackage(name);
    }

    private AmbiguousName ambiguous(SourceFile file, TypeDecl context, int line, String simpleName, String one,
            String other) {
        TypeDecl at = context != null ? context : file.types().isEmpty() ? null : file.types().get(0);
        return new AmbiguousName(at == null ? "?" : location(at, line), simpleName, one, other);
    }

    private boolean isType(String qualifiedName) {
        return byName.containsKey(qualifiedName) || KnownTypes.isKnown(qualifiedName)
                || LibraryNames.contains(qualifiedName);
    }
}
