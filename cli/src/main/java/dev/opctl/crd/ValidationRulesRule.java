package dev.opctl.crd;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opctl.crd.model.AnnotationUse;
import java.util.List;

/** {@code @ValidationRule} (and {@code @ValidationRules}): {@code x-kubernetes-validations}, in order. */
final class ValidationRulesRule implements SchemaRule {
    private static final String G = Annotations.FABRIC8_GENERATOR;

    @Override
    public void apply(SchemaTarget target, ObjectNode schema) {
        add(schema, target.findAll(G + "ValidationRule", G + "ValidationRules"));
    }

    /** Adds the rules after any the schema has already. */
    static void add(ObjectNode schema, List<AnnotationUse> rules) {
        if (rules.isEmpty()) {
            return;
        }
        ArrayNode list = schema.has("x-kubernetes-validations") ? (ArrayNode) schema.get("x-kubernetes-validations")
                : schema.putArray("x-kubernetes-validations");
        for (AnnotationUse a : rules) {
            ObjectNode rule = list.addObject();
            rule.put("rule", a.string("value").orElse(""));
            for (String key : List.of("message", "messageExpression", "reason", "fieldPath")) {
                a.string(key).filter(v -> !v.isEmpty()).ifPresent(v -> rule.put(key, v));
            }
            if (a.bool("optionalOldSelf").orElse(false)) {
                rule.put("optionalOldSelf", true);
            }
        }
    }
}
