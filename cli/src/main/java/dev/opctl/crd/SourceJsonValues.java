package dev.opctl.crd;

import dev.opctl.crd.model.EnumConstant;
import dev.opctl.crd.syntax.Annotation;
import dev.opctl.crd.syntax.Expr;
import dev.opctl.crd.syntax.TypeDecl;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The values Jackson writes for the constants of an enum of the sources that has a {@code @JsonValue}
 * field or getter: opctl reads the constant each enum constant passes to the constructor parameter
 * that sets that field ({@code classfile.EnumJsonValues} does the same from byte code).
 */
final class SourceJsonValues {
    private static final String JSON_VALUE = Annotations.JACKSON + "JsonValue";

    private final Annotations annotations;
    private final Constants constants;

    SourceJsonValues(Annotations annotations, Constants constants) {
        this.annotations = annotations;
        this.constants = constants;
    }

    /**
     * The value of each constant, in order; empty when the enum has no {@code @JsonValue}, or when
     * opctl cannot read the values (the schema rules say why, where they need them).
     */
    List<String> of(TypeDecl enumType) {
        String field = null;
        boolean readable = true;
        for (TypeDecl.Field f : enumType.fields()) {
            if (enabled(f.annotations(), enumType)) {
                field = f.name();
            }
        }
        for (TypeDecl.Method method : enumType.methods()) {
            if (enabled(method.annotations(), enumType)) {
                field = method.parameters().isEmpty() ? method.returnedField() : null;
                readable = field != null;
            }
        }
        String valueField = field;
        Optional<TypeDecl.Field> declared = enumType.fields().stream().filter(f -> f.name().equals(valueField))
                .findFirst();
        if (!readable || declared.isEmpty()) {
            return List.of();
        }
        String fieldType = declared.get().type().toString();
        List<String> values = new ArrayList<>();
        for (TypeDecl.EnumConstant constant : enumType.constants()) {
            List<Expr> arguments = constant.arguments();
            int position = parameterSetting(enumType, field, arguments.size());
            Object value = position < 0 ? null
                    : constants.value(arguments.get(position), Scope.in(enumType, constant.line()));
            String text = value == null ? null : EnumConstant.jsonText(value, fieldType);
            if (text == null) {
                return List.of();
            }
            values.add(text);
        }
        return values;
    }

    /** Whether {@code @JsonValue} is on a member, and not turned off ({@code @JsonValue(false)}). */
    private boolean enabled(List<Annotation> on, TypeDecl context) {
        Optional<Annotation> jsonValue = annotations.find(on, JSON_VALUE, context);
        return jsonValue.isPresent() && jsonValue.get().attribute("value")
                .filter(v -> v instanceof Expr.Literal literal && Boolean.FALSE.equals(literal.value())).isEmpty();
    }

    /** The position of the parameter that a constructor with {@code arity} parameters assigns to {@code field}. */
    private static int parameterSetting(TypeDecl enumType, String field, int arity) {
        for (TypeDecl.Constructor constructor : enumType.constructors()) {
            if (constructor.parameters().size() != arity) {
                continue;
            }
            for (TypeDecl.Assignment assignment : constructor.assignments()) {
                if (assignment.field().equals(field)) {
                    for (int i = 0; i < arity; i++) {
                        if (constructor.parameters().get(i).name().equals(assignment.parameter())) {
                            return i;
                        }
                    }
                }
            }
        }
        return -1;
    }
}
