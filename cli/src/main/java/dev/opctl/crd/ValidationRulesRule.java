package dev.opctl.crd;

import dev.opctl.crd.model.Annotated;
import dev.opctl.crd.model.AnnotationUse;
import dev.opctl.crd.model.MethodDeclaration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code @ValidationRule} (and {@code @ValidationRules}): {@code x-kubernetes-validations}, in order.
 * A property's rules are all of its members', as fabric8 collects them: the fields' first, then the
 * getters'; the setters' only when it has no getter.
 */
final class ValidationRulesRule implements SchemaRule {
    private static final String G = Annotations.FABRIC8_GENERATOR;

    @Override
    public void apply(SchemaTarget target, JsonSchema schema) {
        List<Annotated> members = target.members();
        boolean getter = members.stream().anyMatch(JacksonPasses::isGetter);
        List<AnnotationUse> rules = new ArrayList<>(0);
        for (Annotated member : members) {
            if (!(member instanceof MethodDeclaration)) {
                rules.addAll(member.findAll(G + "ValidationRule", G + "ValidationRules"));
            }
        }
        for (Annotated member : members) {
            if (member instanceof MethodDeclaration && (!getter || JacksonPasses.isGetter(member))) {
                rules.addAll(member.findAll(G + "ValidationRule", G + "ValidationRules"));
            }
        }
        add(schema, rules);
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
