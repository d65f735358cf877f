package dev.opctl.crd;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import dev.opctl.crd.classfile.Classpath;
import dev.opctl.crd.model.Doc;
import dev.opctl.crd.model.TypeUse;
import dev.opctl.engine.OpctlException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Java sources read into opctl's declaration model ({@link dev.opctl.crd.model}) for code outside
 * the CRD engine, without compiling them: the types they declare, by qualified name, with names
 * resolved as javac resolves them (enclosing types, single-type imports, the same package,
 * on-demand imports, {@code java.lang}); and, read from the same parsed files, two facts that are
 * not declarations: the method calls in each type's code and the marker comments, each with its
 * file and line. Comments and string literals are never code: {@code patchStatus(} in either is no call.
 * The model and the calls are read when first asked for; not for use by several threads at once.
 */
public final class SourceModel {
    private static final String OPCTL_MARKER = "+opctl:";

    private final SourceIndex index;
    // Read when first asked for.
    private Map<String, dev.opctl.crd.model.TypeDeclaration> types;
    private Map<String, List<Call>> calls;

    private SourceModel(SourceIndex index) {
        this.index = index;
    }

    /**
     * Reads {@code sources} (file to text).
     *
     * @throws OpctlException (invalid input) naming the file and line of a syntax error
     */
    public static SourceModel read(Map<Path, String> sources) {
        Objects.requireNonNull(sources, "sources == null");
        CrdGenerator.preloadCatalog(); // on-demand imports of the Kubernetes model need it
        return new SourceModel(SourceIndex.parse(sources));
    }

    /** The parsed sources, for the CRD engine. */
    SourceIndex index() {
        return index;
    }

    /**
     * Every type the sources declare, nested ones too, by qualified name ({@code pkg.Outer.Inner}), in name order.
     *
     * @throws OpctlException (invalid input) naming the file and line of a name javac would reject as ambiguous
     */
    public Map<String, dev.opctl.crd.model.TypeDeclaration> types() {
        if (types == null) {
            // The sources alone: what they do not declare keeps the name they resolve it to.
            try (Classpath none = Classpath.of(List.of())) {
                types = Collections.unmodifiableMap(new SourceModelReader(index, new ModelSchemas(none)).readAll());
            }
        }
        return types;
    }

    /** The type with this qualified name, if the sources declare it. */
    public Optional<dev.opctl.crd.model.TypeDeclaration> type(String qualifiedName) {
        return Optional.ofNullable(types().get(qualifiedName));
    }

    /** Where the sources declare the type {@code qualifiedName}, as {@code File.java:12}. */
    public String location(String qualifiedName) {
        return index.location(declaration(qualifiedName));
    }

    /**
     * The method calls in the code of type {@code qualifiedName}: its methods, constructors,
     * initializers and field initializers, with the lambdas, anonymous and local classes in them
     * (a member type's code is its own), in the order written; a call comes before the calls in its
     * target and arguments.
     */
    public List<Call> calls(String qualifiedName) {
        declaration(qualifiedName);
        if (calls == null) {
            calls = new HashMap<>();
            Set<CompilationUnit> units = Collections.newSetFromMap(new IdentityHashMap<>());
            for (TypeDeclaration<?> type : index.types()) {
                type.findCompilationUnit().filter(units::add).ifPresent(unit -> unit.walk(MethodCallExpr.class, call -> {
                    TypeDeclaration<?> owner = owner(call);
                    if (owner != null) {
                        calls.computeIfAbsent(index.qualifiedName(owner), t -> new ArrayList<>()).add(call(call));
                    }
                }));
            }
        }
        return List.copyOf(calls.getOrDefault(qualifiedName, List.of()));
    }

    private Call call(MethodCallExpr call) {
        String target = call.getScope().filter(SourceModel::isName)
                .map(scope -> index.resolve(scope.toString(), call)).orElse(null);
        List<TypeUse> classes = new ArrayList<>();
        for (Expression argument : call.getArguments()) {
            classes.add(argument instanceof ClassExpr literal
                    ? SourceTypeUses.of(TypeRef.of(literal.getType(), call), index) : null);
        }
        return new Call(target, call.getNameAsString(), classes, index.location(call));
    }

    /**
     * Every marker comment of the sources ({@code // +name=value}, or a line {@code * +name=value}
     * of a block or Javadoc comment), wherever it is written, by file and line. The markers on a
     * declaration are also in its model's {@link Doc}; these are all of them, those in code too.
     */
    public List<Marker> markers() {
        List<Marker> found = new ArrayList<>();
        Set<CompilationUnit> units = Collections.newSetFromMap(new IdentityHashMap<>());
        for (TypeDeclaration<?> type : index.types()) {
            CompilationUnit unit = type.findCompilationUnit().orElse(null);
            if (unit == null || !units.add(unit)) {
                continue;
            }
            String where = index.location(type);
            String file = where.substring(0, where.lastIndexOf(':'));
            List<Comment> comments = new ArrayList<>(unit.getAllComments());
            comments.sort(Node.NODE_BY_BEGIN_POSITION);
            for (Comment comment : comments) {
                int first = comment.getBegin().map(p -> p.line).orElse(0);
                String[] lines = comment.getContent().split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    if (lines[i].indexOf('+') < 0) {
                        continue;
                    }
                    String line = lines[i].replaceFirst("^\\s*\\*", "");
                    Matcher m = Markers.MARKER.matcher(line);
                    if (!m.matches() && line.strip().startsWith(OPCTL_MARKER)) {
                        // A marker of opctl's that the grammar does not take would grant nothing, silently.
                        throw OpctlException.invalidInput(String.format("%s:%d: invalid marker '%s': write it as one "
                                + "word without spaces, e.g. +opctl:rbac:groups=apps,resources=deployments,verbs=get",
                                file, first + i, line.strip()));
                    }
                    if (m.matches()) {
                        found.add(new Marker(new Doc.Marker(m.group(1), m.group(2) == null ? null : m.group(2).strip()),
                                file + ":" + (first + i)));
                    }
                }
            }
        }
        return found;
    }

    private TypeDeclaration<?> declaration(String qualifiedName) {
        return index.type(qualifiedName).orElseThrow(() -> new IllegalArgumentException(
                "not a type of the sources: " + qualifiedName));
    }

    /** The member or top-level type whose code {@code node} is: local and anonymous classes belong to it. */
    private static TypeDeclaration<?> owner(Node node) {
        for (Node n = node.getParentNode().orElse(null); n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof TypeDeclaration<?> && !(n.getParentNode().orElse(null) instanceof LocalClassDeclarationStmt)
                    && !(n.getParentNode().orElse(null) instanceof LocalRecordDeclarationStmt)) {
                return (TypeDeclaration<?>) n;
            }
        }
        return null;
    }

    /** Whether a call's scope is a (qualified) name, which may name a type: {@code UpdateControl}, {@code a.b.C}. */
    private static boolean isName(Expression scope) {
        return scope instanceof NameExpr || scope instanceof FieldAccessExpr access && isName(access.getScope());
    }

    /**
     * A method call written in the sources.
     *
     * @param target what it is called on when that is written as a name, resolved as a type name
     *     ({@code UpdateControl.patchStatus(r)} gives {@code io.javaoperatorsdk...UpdateControl}; a
     *     name the sources do not resolve, a variable's say, stays as written); null for a call on
     *     nothing or on another expression ({@code context.getClient().resource(r)})
     * @param method the method's name
     * @param classArguments for each argument in order, the type of a class literal
     *     ({@code Foo.class} gives {@code Foo}), or null for any other argument
     * @param location where it is written, {@code File.java:12}
     */
    public record Call(String target, String method, List<TypeUse> classArguments, String location) {
        public Call {
            Objects.requireNonNull(method, "method == null");
            classArguments = Collections.unmodifiableList(new ArrayList<>(classArguments));
        }

        /** The type of argument {@code index} when it is a class literal. */
        public Optional<TypeUse> classArgument(int index) {
            return index < classArguments.size() ? Optional.ofNullable(classArguments.get(index)) : Optional.empty();
        }
    }

    /**
     * A marker comment and where it is written.
     *
     * @param marker its name and value: {@code +opctl:rbac:groups=apps,...} has the name
     *     {@code opctl:rbac:groups} and the value {@code apps,...}
     * @param location {@code File.java:12}
     */
    public record Marker(Doc.Marker marker, String location) {
    }
}
