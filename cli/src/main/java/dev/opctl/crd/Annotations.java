package dev.opctl.crd;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import dev.opctl.engine.OpctlException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads annotations from source: which ones a node carries, and their literal values. */
final class Annotations {
    static final String FABRIC8_MODEL = "io.fabric8.kubernetes.model.annotation.";
    static final String FABRIC8_GENERATOR = "io.fabric8.generator.annotation.";
    static final String JACKSON = "com.fasterxml.jackson.annotation.";

    private final SourceIndex index;

    Annotations(SourceIndex index) {
        this.index = index;
    }

    /** The annotation of type {@code qualifiedName} on {@code node}, if present. */
    Optional<AnnotationExpr> find(NodeWithAnnotations<?> node, String qualifiedName) {
        for (AnnotationExpr annotation : node.getAnnotations()) {
            if (index.resolve(annotation.getNameAsString(), annotation).equals(qualifiedName)) {
                return Optional.of(annotation);
            }
        }
        return Optional.empty();
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

    Optional<String> string(AnnotationExpr annotation, String name) {
        return attribute(annotation, name).map(e -> stringValue(e, annotation));
    }

    Optional<Boolean> bool(AnnotationExpr annotation, String name) {
        return attribute(annotation, name).map(e -> {
            if (e instanceof BooleanLiteralExpr b) {
                return b.getValue();
            }
            throw unsupported(e, annotation);
        });
    }

    Optional<Double> number(AnnotationExpr annotation, String name) {
        return attribute(annotation, name).map(e -> numberValue(e, annotation));
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
        if (e instanceof StringLiteralExpr s) {
            return s.asString();
        }
        throw unsupported(e, annotation);
    }

    private double numberValue(Expression e, AnnotationExpr annotation) {
        if (e instanceof UnaryExpr u && u.getOperator() == UnaryExpr.Operator.MINUS) {
            return -numberValue(u.getExpression(), annotation);
        }
        if (e instanceof IntegerLiteralExpr i) {
            return i.asNumber().doubleValue();
        }
        if (e instanceof LongLiteralExpr l) {
            return l.asNumber().doubleValue();
        }
        if (e instanceof DoubleLiteralExpr d) {
            return d.asDouble();
        }
        throw unsupported(e, annotation);
    }

    private OpctlException unsupported(Node value, AnnotationExpr annotation) {
        return OpctlException.invalidInput(String.format("%s: @%s: opctl reads literal values here, not '%s'; "
                + "write the value itself", index.location(value), annotation.getNameAsString(), value));
    }
}
