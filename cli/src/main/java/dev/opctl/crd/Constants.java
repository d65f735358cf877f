package dev.opctl.crd;

import dev.opctl.crd.model.FieldDeclaration;
import dev.opctl.crd.model.TypeDeclaration;
import dev.opctl.crd.model.TypeUse;
import dev.opctl.crd.model.Value;
import dev.opctl.crd.syntax.Expr;
import dev.opctl.crd.syntax.SourceFile;
import dev.opctl.crd.syntax.TypeDecl;
import dev.opctl.crd.syntax.TypeExpr;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Evaluates compile-time constant expressions in the sources, as javac does for annotation values
 * ({@link ConstantArithmetic}): literals, casts, operators, and constants by simple name (of the type,
 * its supertypes, its enclosing types, a static import), by qualified name, or of a type of the class
 * path or the JDK ({@code Integer.MAX_VALUE}), whose value its class file holds.
 */
final class Constants {
    /** What {@link #member} gives for a name that no field of the type or its supertypes has. */
    private static final Object NO_FIELD = new Object();

    private final SourceIndex index;
    private final Function<String, Optional<TypeDeclaration>> compiled;
    private final BiFunction<String, Scope, String> typeNames;
    private final Set<TypeDecl.Field> evaluating = Collections.newSetFromMap(new IdentityHashMap<>());

    /**
     * Constants of the sources of {@code index}, then of the types {@code compiled} reads from class
     * files; {@code typeNames} qualifies a type name written at a scope, as javac resolves it.
     */
    Constants(SourceIndex index, Function<String, Optional<TypeDeclaration>> compiled,
            BiFunction<String, Scope, String> typeNames) {
        this.index = index;
        this.compiled = compiled;
        this.typeNames = typeNames;
    }

    /** The qualified name of a type name written at {@code scope}; as written if nothing declares it. */
    String typeName(String written, Scope scope) {
        return typeNames.apply(written, scope);
    }

    /**
     * The value (String, Boolean, Character, Integer, Long, Float or Double) of a constant expression
     * written in {@code scope}, or null if it is not one.
     */
    Object value(Expr e, Scope scope) {
        Object found = evaluate(e, scope);
        return found == NO_FIELD ? null : found;
    }

    /**
     * Whether {@code e} names a field (of the sources or a class file) rather than an enum constant
     * or something opctl does not know: a field's name that {@link #value} gives no value for is one
     * it cannot evaluate.
     */
    boolean namesField(Expr e, Scope scope) {
        if (e instanceof Expr.Name || e instanceof Expr.FieldAccess) {
            return evaluate(e, scope) != NO_FIELD;
        }
        return false;
    }

    /** Whether {@code type} is a type of the sources, of the annotations opctl reads, or of the class path. */
    boolean knowsType(String type) {
        return index.type(type).isPresent() || LibraryNames.declares(type) || compiled.apply(type).isPresent();
    }

    private Object evaluate(Expr e, Scope scope) {
        if (e instanceof Expr.Literal literal) {
            return ConstantArithmetic.literal(literal.value(), literal.text());
        }
        if (e instanceof Expr.Parenthesized parenthesized) {
            return value(parenthesized.inner(), scope);
        }
        if (e instanceof Expr.Cast cast) {
            return ConstantArithmetic.cast(cast.type().toString(), value(cast.operand(), scope));
        }
        if (e instanceof Expr.Unary unary) {
            return ConstantArithmetic.unary(unary.operator(), value(unary.operand(), scope));
        }
        if (e instanceof Expr.Binary binary) {
            return ConstantArithmetic.binary(binary.operator(), value(binary.left(), scope),
                    value(binary.right(), scope));
        }
        if (e instanceof Expr.Conditional conditional) {
            return ConstantArithmetic.conditional(value(conditional.condition(), scope),
                    value(conditional.then(), scope), value(conditional.otherwise(), scope));
        }
        if (e instanceof Expr.Name name) {
            return field(name.name(), scope.type());
        }
        if (e instanceof Expr.FieldAccess access) {
            return member(typeName(access.scope(), scope), access.name(), 0);
        }
        return null;
    }

    /** The value of a simple name: a field of a type it is written in or its supertypes, or a static import. */
    private Object field(String name, TypeDecl context) {
        for (TypeDecl type = context; type != null; type = index.enclosing(type)) {
            Object found = member(type, name, 0);
            if (found != NO_FIELD) {
                return found;
            }
        }
        for (SourceFile.Import imp : index.file(context).imports()) {
            if (!imp.isStatic()) {
                continue;
            }
            int dot = imp.name().lastIndexOf('.');
            String owner = imp.onDemand() ? imp.name() : dot < 0 ? "" : imp.name().substring(0, dot);
            if (imp.onDemand() || imp.name().substring(dot + 1).equals(name)) {
                Object found = member(owner, name, 0);
                if (found != NO_FIELD) {
                    return found;
                }
            }
        }
        return NO_FIELD;
    }

    /** Field {@code name} of type {@code type} of the sources or the class path, or of its supertypes. */
    private Object member(String type, String name, int depth) {
        Optional<TypeDecl> source = index.type(type);
        if (source.isPresent()) {
            return member(source.get(), name, depth);
        }
        // The annotations' own types (JsonInclude.Include, PrinterColumnFormat) hold the enum constants
        // annotations take: reading them would resolve a project's class path for nothing. The constants of
        // the libraries' types are opctl's to know (HasMetadata.DNS_LABEL_REGEXP).
        if (LibraryNames.declares(type)) {
            Object known = LibraryNames.constant(type, name);
            return known != null ? known : NO_FIELD;
        }
        Optional<TypeDeclaration> declaration = depth > 16 ? Optional.empty() : compiled.apply(type);
        if (declaration.isEmpty()) {
            return NO_FIELD;
        }
        for (FieldDeclaration field : declaration.get().fields()) {
            if (field.name().equals(name)) {
                return field.constant() == null ? null : constant(field.constant());
            }
        }
        for (TypeUse.Named supertype : declaration.get().supertypes()) {
            Object found = member(supertype.name(), name, depth + 1);
            if (found != NO_FIELD) {
                return found;
            }
        }
        return NO_FIELD;
    }

    private Object member(TypeDecl type, String name, int depth) {
        for (TypeDecl.Field field : type.fields()) {
            if (field.name().equals(name)) {
                // A constant variable: final, static or not (javac folds an instance field's too).
                boolean constant = type.kind() == TypeDecl.Kind.INTERFACE
                        || field.modifiers().contains(dev.opctl.crd.model.Modifier.FINAL);
                return constant ? initializer(field, type) : null;
            }
        }
        if (depth <= 16) {
            List<TypeExpr.ClassType> supertypes = new ArrayList<>(type.extended());
            supertypes.addAll(type.implemented());
            for (TypeExpr.ClassType supertype : supertypes) {
                Object found = member(typeName(supertype.name(), Scope.in(type, supertype.line())), name, depth + 1);
                if (found != NO_FIELD) {
                    return found;
                }
            }
        }
        return NO_FIELD;
    }

    /**
     * The value of a constant field's initializer, converted to the field's type as javac assigns it;
     * null if it has none opctl can evaluate.
     */
    Object initializer(TypeDecl.Field field, TypeDecl owner) {
        if (field.initializer() == null || !evaluating.add(field)) {
            return null;
        }
        try {
            Object value = value(field.initializer(), Scope.in(owner, field.line()));
            return field.type() instanceof TypeExpr.Primitive primitive ? ConstantArithmetic.cast(primitive.name(), value)
                    : value;
        } finally {
            evaluating.remove(field);
        }
    }

    /** A field's value in a class file, as an expression's. */
    private static Object constant(Value value) {
        if (value instanceof Value.Text text) {
            return text.value();
        }
        if (value instanceof Value.Bool bool) {
            return bool.value();
        }
        if (value instanceof Value.Char c) {
            return c.value();
        }
        return value instanceof Value.Number n ? n.value() : null;
    }
}
