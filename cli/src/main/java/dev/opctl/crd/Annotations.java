package dev.opctl.crd;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import dev.opctl.engine.OpctlException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads annotations from source: which ones a node carries, and their values (literals or constants). */
final class Annotations {
    static final String FABRIC8_MODEL = "io.fabric8.kubernetes.model.annotation.";
    static final String FABRIC8_GENERATOR = "io.fabric8.generator.annotation.";
    static final String FABRIC8_CRD = "io.fabric8.crd.generator.annotation.";
    static final String JACKSON = "com.fasterxml.jackson.annotation.";

    private final SourceIndex index;
    private final Constants constants;

    Annotations(SourceIndex index) {
        this.index = index;
        this.constants = new Constants(index);
    }

    /** The annotation of type {@code qualifiedName} on {@code node}, if present. */
    Optional<AnnotationExpr> find(NodeWithAnnotations<?> node, String qualifiedName) {
        return find(node.getAnnotations(), qualifiedName);
    }

    /** The annotation of type {@code qualifiedName} among some, e.g. those on a type use. */
    Optional<AnnotationExpr> find(List<AnnotationExpr> annotations, String qualifiedName) {
        // So that it resolves through on-demand imports.
        assert LibraryNames.contains(qualifiedName) : qualifiedName + " is missing from LibraryNames";
        for (AnnotationExpr annotation : annotations) {
            // A name resolves to one that ends in the same identifier: only those are worth resolving.
            String identifier = annotation.getName().getIdentifier();
            if (qualifiedName.endsWith(identifier) && (qualifiedName.length() == identifier.length()
                    || qualifiedName.charAt(qualifiedName.length() - identifier.length() - 1) == '.')
                    && index.resolve(annotation.getNameAsString(), annotation).equals(qualifiedName)) {
                return Optional.of(annotation);
            }
        }
        return Optional.empty();
    }

    /** Every annotation of a repeatable type on {@code node}, also those inside its container, in order. */
    List<AnnotationExpr> findAll(NodeWithAnnotations<?> node, String qualifiedName, String containerName) {
        assert LibraryNames.contains(qualifiedName) && LibraryNames.contains(containerName) : qualifiedName;
        List<AnnotationExpr> found = new ArrayList<>();
        for (AnnotationExpr annotation : node.getAnnotations()) {
            String name = index.resolve(annotation.getNameAsString(), annotation);
            if (name.equals(qualifiedName)) {
                found.add(annotation);
            } else if (name.equals(containerName)) {
                attribute(annotation, "value").ifPresent(value -> {
                    List<Expression> values = value instanceof ArrayInitializerExpr array ? array.getValues()
                            : List.of(value);
                    values.stream().filter(Expression::isAnnotationExpr).map(Expression::asAnnotationExpr)
                            .forEach(found::add);
                });
            }
        }
        return found;
    }

    /** The type of a class literal attribute ({@code type = Foo.class}), if given. */
    Optional<TypeRef> classLiteral(AnnotationExpr annotation, String name) {
        return attribute(annotation, name).map(e -> {
            if (e instanceof ClassExpr literal) {
                return TypeRef.of(literal.getType(), annotation);
            }
            throw unsupported(e, annotation);
        });
    }

    /** The constant name of an enum attribute ({@code format = PrinterColumnFormat.DATE} gives DATE), if given. */
    Optional<String> enumConstant(AnnotationExpr annotation, String name) {
        return attribute(annotation, name).map(e -> {
            if (e instanceof FieldAccessExpr access) {
                return access.getNameAsString();
            }
            if (e instanceof NameExpr simple) {
                return simple.getNameAsString();
            }
            throw unsupported(e, annotation);
        });
    }

    /** The value of attribute {@code name} ("value" for the single member), if given. */
    static Optional<Expression> attribute(AnnotationExpr annotation, String name) {
        if (annotation instanceof SingleMemberAnnotationExpr single) {
            return name.equals("value") ? Optional.of(single.getMemberValue()) : Optional.empty();
        }
        if (annotation instanceof NormalAnnotationExpr normal) {
            for (MemberValuePair pair : normal.getPairs()) {
                if (pair.getNameAsString().equals(name)) {
                    return Optional.of(pair.getValue());
                }
            }
        }
        return Optional.empty();
    }

    /** The value (String, Long, Double or Boolean) of a constant expression, or null if it is not one. */
    Object constantValue(Expression e) {
        return constants.value(e);
    }

    Optional<String> string(AnnotationExpr annotation, String name) {
        return attribute(annotation, name).map(e -> stringValue(e, annotation));
    }

    Optional<Boolean> bool(AnnotationExpr annotation, String name) {
        return attribute(annotation, name).map(e -> {
            if (constant(e, annotation) instanceof Boolean b) {
                return b;
            }
            throw unsupported(e, annotation);
        });
    }

    Optional<Double> number(AnnotationExpr annotation, String name) {
        return attribute(annotation, name).map(e -> {
            if (constant(e, annotation) instanceof Number n) {
                return n.doubleValue();
            }
            throw unsupported(e, annotation);
        });
    }

    List<String> strings(AnnotationExpr annotation, String name) {
        List<String> values = new ArrayList<>();
        attribute(annotation, name).ifPresent(e -> {
            if (e instanceof ArrayInitializerExpr array) {
                array.getValues().forEach(v -> values.add(stringValue(v, annotation)));
            } else {
                values.add(stringValue(e, annotation));
            }
        });
        return values;
    }

    private String stringValue(Expression e, AnnotationExpr annotation) {
        if (constant(e, annotation) instanceof String s) {
            return s;
        }
        throw unsupported(e, annotation);
    }

    private Object constant(Expression e, AnnotationExpr annotation) {
        Object value = constants.value(e);
        if (value == null) {
            throw unsupported(e, annotation);
        }
        return value;
    }

    private OpctlException unsupported(Node value, AnnotationExpr annotation) {
        return OpctlException.invalidInput(String.format("%s: @%s: cannot evaluate '%s' from the sources; use a "
                + "literal or a static final constant declared in the sources", index.location(value),
                annotation.getNameAsString(), value));
    }
}
