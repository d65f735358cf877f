package dev.opctl.crd;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import dev.opctl.engine.OpctlException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What Jackson's {@code @JsonFormat(shape = ...)} and {@code @JsonValue} do to a schema, as fabric8's
 * generator (which asks Jackson) writes it: a number or boolean written as a STRING is a string; a
 * boolean, an enum (unless it has a {@code @JsonValue}) or a Duration written as a NUMBER is an
 * integer, an instant a number (NUMBER_INT: integer milliseconds); an enum with a {@code @JsonValue}
 * member has that member's values.
 */
final class JacksonShapes {
    static final String JSON_FORMAT = Annotations.JACKSON + "JsonFormat";
    private static final String JSON_VALUE = Annotations.JACKSON + "JsonValue";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Set<String> SCALARS = Set.of("integer", "number", "boolean");

    private JacksonShapes() {
    }

    /**
     * What a shape applies to: the Java type of a property's value, or of its elements when it is an
     * array, collection or map, and whether that is an enum whose values come from {@code @JsonValue}.
     */
    record Content(String javaType, boolean enumWithJsonValue) {
    }

    /**
     * The schema of a property whose {@code @JsonFormat} has shape {@code shape}; the elements of an
     * array and the values of a map take the shape, as Jackson applies a property's format to its contents.
     */
    static ObjectNode shaped(ObjectNode schema, String shape, Content content) {
        String type = schema.path("type").asText();
        for (String nested : List.of("items", "additionalProperties")) {
            if (schema.get(nested) instanceof ObjectNode elements) {
                ObjectNode container = schema.deepCopy();
                container.set(nested, shaped(elements, shape, content));
                return container;
            }
        }
        if (shape.equals("STRING") && SCALARS.contains(type)) {
            return scalar("string", null);
        }
        if (shape.startsWith("NUMBER")) {
            if (type.equals("boolean") || schema.has("enum") && !content.enumWithJsonValue()
                    || content.javaType().equals("java.time.Duration")) {
                return scalar("integer", null);
            }
            if (type.equals("string") && schema.path("format").asText().equals("date-time")) {
                return shape.equals("NUMBER_INT") ? scalar("integer", "utc-millisec") : scalar("number", null);
            }
        }
        return schema;
    }

    /**
     * The values of an enum with a {@code @JsonValue} field or getter, by constant: opctl reads the
     * argument each constant passes to the constructor parameter that sets that field. Empty when
     * the enum has no {@code @JsonValue}.
     *
     * @throws OpctlException (invalid input) naming the file and line when that is not how the value is made
     */
    static Optional<List<String>> jsonValues(EnumDeclaration enumType, Annotations annotations, SourceIndex index) {
        String field = null;
        for (BodyDeclaration<?> member : enumType.getMembers()) {
            Optional<AnnotationExpr> jsonValue = annotations.find(member, JSON_VALUE);
            boolean disabled = jsonValue.flatMap(a -> Annotations.attribute(a, "value"))
                    .filter(v -> v.toString().equals("false")).isPresent();
            if (jsonValue.isPresent() && !disabled) {
                field = valueField(member).orElseThrow(() -> unsupported(index, member, enumType));
            }
        }
        if (field == null) {
            return Optional.empty();
        }
        List<String> values = new ArrayList<>();
        for (EnumConstantDeclaration constant : enumType.getEntries()) {
            NodeList<Expression> arguments = constant.getArguments();
            int position = parameterSetting(enumType, field, arguments.size());
            Object value = position < 0 ? null : annotations.constantValue(arguments.get(position));
            if (!(value instanceof String text)) {
                throw unsupported(index, constant, enumType);
            }
            values.add(text);
        }
        return Optional.of(values);
    }

    /** The field a {@code @JsonValue} member gives: the field itself, or what its getter returns. */
    private static Optional<String> valueField(BodyDeclaration<?> member) {
        if (member instanceof FieldDeclaration field && field.getVariables().size() == 1) {
            return Optional.of(field.getVariable(0).getNameAsString());
        }
        if (member instanceof MethodDeclaration method && method.getParameters().isEmpty()) {
            List<Statement> body = method.getBody().map(b -> (List<Statement>) b.getStatements()).orElse(List.of());
            if (body.size() == 1 && body.get(0) instanceof ReturnStmt ret) {
                return ret.getExpression().flatMap(JacksonShapes::fieldName);
            }
        }
        return Optional.empty();
    }

    /** The position of the parameter that a constructor with {@code arity} parameters assigns to {@code field}. */
    private static int parameterSetting(EnumDeclaration enumType, String field, int arity) {
        for (ConstructorDeclaration constructor : enumType.getConstructors()) {
            if (constructor.getParameters().size() != arity) {
                continue;
            }
            for (Statement statement : constructor.getBody().getStatements()) {
                if (statement instanceof ExpressionStmt expression && expression.getExpression() instanceof AssignExpr
                        assign && assign.getOperator() == AssignExpr.Operator.ASSIGN
                        && fieldName(assign.getTarget()).filter(field::equals).isPresent()
                        && assign.getValue() instanceof NameExpr parameter) {
                    for (int i = 0; i < arity; i++) {
                        if (constructor.getParameter(i).getNameAsString().equals(parameter.getNameAsString())) {
                            return i;
                        }
                    }
                }
            }
        }
        return -1;
    }

    /** {@code name} or {@code this.name}. */
    private static Optional<String> fieldName(Expression e) {
        if (e instanceof NameExpr name) {
            return Optional.of(name.getNameAsString());
        }
        if (e instanceof FieldAccessExpr access && access.getScope() instanceof ThisExpr) {
            return Optional.of(access.getNameAsString());
        }
        return Optional.empty();
    }

    private static ObjectNode scalar(String type, String format) {
        ObjectNode schema = JSON.objectNode();
        if (format != null) {
            schema.put("format", format);
        }
        schema.put("type", type);
        return schema;
    }

    private static OpctlException unsupported(SourceIndex index, Node at, EnumDeclaration enumType) {
        return OpctlException.invalidInput(String.format("%s: enum %s: opctl reads a @JsonValue only from a field "
                + "(or a getter returning one) that the constructor sets from a parameter, with a String constant "
                + "for each enum constant; otherwise name the values with @JsonProperty on each constant",
                index.location(at), enumType.getNameAsString()));
    }
}
