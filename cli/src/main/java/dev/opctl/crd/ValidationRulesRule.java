package dev.opctl.crd;

import dev.opctl.crd.model.AnnotationUse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code @ValidationRule} (and {@code @ValidationRules}): {@code x-kubernetes-validations}, in order. */
final class ValidationRulesRule implements SchemaRule {
    private static final String G = Annotations.FABRIC8_GENERATOR;

    @Override
    public void apply(SchemaTarget target, JsonSchema schema) {
        add(schema, target.findAll(G + "ValidationRule", G + "ValidationRules"));
    }

    /** Adds the rules after any the schema has already. */
    static void add(JsonSchema schema, List<AnnotationUse> rules) {
        if (rules.isEmpty()) {
            return;
        }
        List<JsonSchema.ValidationRule> list = schema.getValidations() == null ? new ArrayList<>()
                : new ArrayList<>(schema.getValidations());
        for (AnnotationUse a : rules) {
            list.add(new JsonSchema.ValidationRule(a.string("value").orElse(""), given(a, "message"),
                    given(a, "messageExpression"), given(a, "reason"), given(a, "fieldPath"),
                    a.bool("optionalOldSelf").orElse(false) ? Boolean.TRUE : null));
        }
        schema.setValidations(list);
    }

    private static String given(AnnotationUse annotation, String key) {
        Optional<String> value = annotation.string(key).filter(v -> !v.isEmpty());
        return value.orElse(null);
    }
}
