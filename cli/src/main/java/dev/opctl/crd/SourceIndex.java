package dev.opctl.crd;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.Range;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.opctl.engine.FileErrors;
import dev.opctl.engine.OpctlException;
import dev.opctl.engine.TextFiles;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Java sources under some directories, parsed without compiling them, with every type they
 * declare by its qualified name ({@code pkg.Outer.Inner}) and javac's rules for resolving a simple
 * name in a file: enclosing types, single-type imports, the same package, on-demand imports,
 * {@code java.lang}.
 */
final class SourceIndex {
    private static final Set<String> JAVA_LANG = Set.of("String", "Object", "Boolean", "Byte", "Short", "Integer",
            "Long", "Float", "Double", "Character", "Void", "Number", "Enum", "Record");

    private static final Pattern LEXICAL_ERROR_LINE = Pattern.compile("at line (\\d+), column");

    private final Map<String, TypeDeclaration<?>> types;
    // The same, hashed: name lookups are most of resolving, and the sorted map compares long common prefixes.
    private final Map<String, TypeDeclaration<?>> byName = new HashMap<>();
    // By identity: a node's equals and hashCode walk its whole subtree.
    private final Map<TypeDeclaration<?>, Path> files = new IdentityHashMap<>();
    // Names are looked up for every annotation and type use; computed once, here.
    private final Map<TypeDeclaration<?>, String> names = new IdentityHashMap<>();
    private final Map<CompilationUnit, String> packagePrefixes = new IdentityHashMap<>();

    private SourceIndex(Map<String, TypeDeclaration<?>> types) {
        this.types = types;
    }

    /**
     * Parses every {@code .java} file under {@code roots}, in a fixed order.
     *
     * @throws OpctlException (invalid input) naming the file and line of the first syntax error
     */
    static SourceIndex parse(List<Path> roots) {
        return parse(roots, Map.of());
    }

    /**
     * Parses every {@code .java} file under {@code roots}, where {@code overlay} (absolute paths to
     * contents) adds files or replaces what is on disk: the sources as a command is about to write them.
     */
    static SourceIndex parse(List<Path> roots, Map<Path, String> overlay) {
        TreeSet<Path> sorted = new TreeSet<>(javaFiles(roots));
        for (Path file : overlay.keySet()) {
            if (roots.stream().anyMatch(file::startsWith)) {
                sorted.add(file);
            }
        }
        return parseFiles(List.copyOf(sorted), overlay, false);
    }

    /**
     * {@link #parse(List)} with every file read by JavaParser, {@link DeclarationParser} never tried:
     * for tests, which check that whichever reader reads a file, the result is the same.
     */
    static SourceIndex parseWithJavaParserOnly(List<Path> roots) {
        return parseFiles(List.copyOf(new TreeSet<>(javaFiles(roots))), Map.of(), true);
    }

    /** Parses {@code sources} (file to text) alone, in file order: a project's sources as a command read them. */
    static SourceIndex parse(Map<Path, String> sources) {
        return parseFiles(List.copyOf(new TreeSet<>(sources.keySet())), sources, false);
    }

    /**
     * Parses {@code files}, each as {@code overlay} has it, or else as the disk has it; with
     * {@code javaParserOnly}, all by JavaParser (a test's way to check the other reader).
     */
    private static SourceIndex parseFiles(List<Path> files, Map<Path, String> overlay, boolean javaParserOnly) {
        // Parsing dominates; files are parsed in parallel, one parser per thread, and indexed in file order.
        // Made only where a file needs JavaParser: its configuration's first use costs 40 ms.
        ThreadLocal<JavaParser> parsers = ThreadLocal.withInitial(() -> new JavaParser(configuration()));
        List<ParseResult<CompilationUnit>> results = files.parallelStream().map(file -> {
            // A String source spares the parser's stream buffers. A byte that is not UTF-8 is an error naming
            // the file and line, as javac -encoding UTF-8 makes it.
            String text = overlay.get(file);
            return parse(text != null ? text : TextFiles.readUtf8(file), parsers, javaParserOnly);
        }).toList();
        Map<String, TypeDeclaration<?>> types = new TreeMap<>();
        SourceIndex index = new SourceIndex(types);
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            ParseResult<CompilationUnit> result = results.get(i);
            if (!result.isSuccessful() || result.getResult().isEmpty()) {
                Problem problem = result.getProblems().get(0);
                int line = problem.getLocation().flatMap(l -> l.getBegin().getRange())
                        .map(r -> r.begin.line).orElseGet(() -> lexicalErrorLine(problem.getMessage()));
                throw OpctlException.invalidInput(String.format("%s:%d: cannot parse Java: %s; fix the source "
                        + "(opctl reads sources as javac 17 does)", file, line, problem.getMessage().lines()
                        .findFirst().orElse("")));
            }
            CompilationUnit unit = result.getResult().get();
            String pkg = unit.getPackageDeclaration().map(p -> p.getNameAsString() + ".").orElse("");
            index.packagePrefixes.put(unit, pkg);
            for (TypeDeclaration<?> type : unit.getTypes()) {
                index.add(pkg + type.getNameAsString(), type, file);
            }
        }
        return index;
    }

    /** How opctl has JavaParser read sources: any Java version, comments attributed to what they precede. */
    static ParserConfiguration configuration() {
        return new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.RAW)
                .setAttributeComments(true)
                // Only printers need the line separator, and detecting it costs a string per character.
                .setDetectOriginalLineSeparator(false);
    }

    /**
     * One file's tree: from {@link DeclarationParser} when the file is within its subset (most
     * custom-resource types are), else from JavaParser, which also reports any syntax error.
     */
    private static ParseResult<CompilationUnit> parse(String text, ThreadLocal<JavaParser> parsers,
            boolean javaParserOnly) {
        CompilationUnit unit = javaParserOnly ? null : DeclarationParser.parse(text);
        if (unit != null) {
            return new ParseResult<>(unit, List.of(), null);
        }
        ParseResult<CompilationUnit> result = parsers.get().parse(text);
        result.getResult().ifPresent(SourceIndex::dropTokens);
        return result;
    }

    /**
     * Lets the tokens of a parsed file go, keeping every node's range: comments are attributed by
     * then, and the tokens are most of the tree's memory (with them, big source trees spend more
     * time in garbage collection than in parsing).
     */
    private static void dropTokens(CompilationUnit unit) {
        unit.getAllContainedComments().forEach(SourceIndex::dropTokenRange);
        unit.walk(SourceIndex::dropTokenRange);
    }

    private static void dropTokenRange(Node node) {
        Range range = node.getRange().orElse(null);
        node.setTokenRange(null);
        node.setRange(range);
    }

    /** The line of a lexical error, which JavaParser reports only in its message ("... at line 10, ..."). */
    private static int lexicalErrorLine(String message) {
        Matcher m = LEXICAL_ERROR_LINE.matcher(message);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private void add(String name, TypeDeclaration<?> type, Path file) {
        types.put(name, type);
        byName.put(name, type);
        files.put(type, file);
        names.put(type, name);
        for (Node member : type.getMembers()) {
            if (member instanceof TypeDeclaration<?> nested) {
                add(name + "." + nested.getNameAsString(), nested, file);
            }
        }
    }

    private static List<Path> javaFiles(List<Path> roots) {
        List<Path> found = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                throw OpctlException.invalidInput(String.format("source directory %s %s; pass a directory of Java "
                        + "sources with --sources", root, Files.exists(root) ? "is not a directory" : "does not exist"));
            }
            try {
                // The walk's own attributes spare a second look at each file (symbolic links aside).
                Files.walkFileTree(root, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                        if (file.getFileName().toString().endsWith(".java") && (attributes.isRegularFile()
                                || attributes.isSymbolicLink() && Files.isRegularFile(file))) {
                            found.add(file);
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                throw FileErrors.of(e);
            }
        }
        return found;
    }

    /** Every type declared in the sources, by qualified name, in name order. */
    Collection<TypeDeclaration<?>> types() {
        return types.values();
    }

    /** The type with this qualified name, if the sources declare it. */
    Optional<TypeDeclaration<?>> type(String qualifiedName) {
        return Optional.ofNullable(byName.get(qualifiedName));
    }

    /** The qualified name of a type declared in the sources. */
    String qualifiedName(TypeDeclaration<?> type) {
        String name = names.get(type);
        return name != null ? name : type.getFullyQualifiedName().orElse(type.getNameAsString());
    }

    /**
     * Where a simple name written at {@code context} may come from when the sources do not declare
     * it, in javac's order: the file's own package ("" for none), then its on-demand imports.
     */
    List<String> packagesInScope(Node context) {
        CompilationUnit unit = context.findCompilationUnit().orElse(null);
        if (unit == null) {
            return List.of();
        }
        List<String> packages = new ArrayList<>();
        packages.add(unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse(""));
        for (ImportDeclaration imp : unit.getImports()) {
            if (imp.isAsterisk() && !imp.isStatic()) {
                packages.add(imp.getNameAsString());
            }
        }
        return packages;
    }

    /** "File.java:12" for error messages. */
    String location(Node node) {
        Path file = null;
        for (Node n = node; n != null && file == null; n = n.getParentNode().orElse(null)) {
            if (n instanceof TypeDeclaration<?> type) {
                file = files.get(type);
            }
        }
        int line = node.getBegin().map(p -> p.line).orElse(0);
        return (file == null ? "?" : file.toString()) + ":" + line;
    }

    /**
     * Resolves the (possibly qualified) type name {@code name} as written at {@code context}: a type
     * of the sources, a type named by an import, or {@code java.lang}. Returns the name unchanged
     * when it cannot be resolved.
     */
    String resolve(String name, Node context) {
        int dot = name.indexOf('.');
        String first = dot < 0 ? name : name.substring(0, dot);
        String rest = dot < 0 ? "" : name.substring(dot);
        if (dot >= 0 && (byName.containsKey(name) || Character.isLowerCase(name.charAt(0)))) {
            return name;
        }
        for (Node n = context; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof TypeDeclaration<?> enclosing) {
                String qualified = qualifiedName(enclosing);
                if (byName.containsKey(qualified + "." + first)) {
                    return qualified + "." + first + rest;
                }
                if (enclosing.getNameAsString().equals(first)) {
                    return qualified + rest;
                }
            }
        }
        CompilationUnit unit = context.findCompilationUnit().orElse(null);
        if (unit != null) {
            for (ImportDeclaration imp : unit.getImports()) {
                // A static import names a member type too, and maybe only a field or method of that name.
                if (!imp.isAsterisk() && imp.getName().getIdentifier().equals(first)
                        && (!imp.isStatic() || isType(imp.getNameAsString()))) {
                    return imp.getNameAsString() + rest;
                }
            }
            String pkg = packagePrefixes.get(unit);
            if (pkg == null) {
                pkg = unit.getPackageDeclaration().map(p -> p.getNameAsString() + ".").orElse("");
            }
            if (byName.containsKey(pkg + first)) {
                return pkg + first + rest;
            }
            String found = onDemand(unit, first, context);
            if (found != null) {
                return found + rest;
            }
        }
        if (JAVA_LANG.contains(first)) {
            return "java.lang." + first + rest;
        }
        return name;
    }

    /**
     * The type {@code simpleName} names through the file's on-demand imports (of packages, or of a
     * class's member types), among the types of the sources and those opctl knows; null for none.
     *
     * @throws OpctlException (invalid input) when two imports offer it: javac rejects that too
     */
    private String onDemand(CompilationUnit unit, String simpleName, Node context) {
        String found = null;
        for (ImportDeclaration imp : unit.getImports()) {
            if (!imp.isAsterisk()) {
                continue;
            }
            String candidate = imp.getNameAsString() + "." + simpleName;
            if (!candidate.equals(found) && isType(candidate)) {
                if (found != null) {
                    throw OpctlException.invalidInput(String.format("%s: %s is ambiguous: both %s and %s are "
                            + "imported on demand (javac rejects it too); import the one you mean by name",
                            location(context), simpleName, found, candidate));
                }
                found = candidate;
            }
        }
        return found;
    }

    private boolean isType(String qualifiedName) {
        return byName.containsKey(qualifiedName) || KnownTypes.isKnown(qualifiedName)
                || LibraryNames.contains(qualifiedName);
    }
}
