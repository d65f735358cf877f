package dev.opctl.crd;

import dev.opctl.crd.model.Annotated;
import dev.opctl.crd.model.AnnotationUse;
import dev.opctl.crd.model.MethodDeclaration;
import dev.opctl.engine.OpctlException;
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
    /** The reasons the API server takes (apiextensions' FieldValueErrorReason). */
    private static final List<String> REASONS = List.of("FieldValueInvalid", "FieldValueForbidden",
            "FieldValueRequired", "FieldValueDuplicate");

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
        add(schema, rules, target.where());
    }

    /** Adds the rules after any the schema has already; {@code where} names them in errors. */
    static void add(JsonSchema schema, List<AnnotationUse> rules, String where) {
        if (rules.isEmpty()) {
            return;
        }
        List<JsonSchema.ValidationRule> list = schema.getValidations() == null ? new ArrayList<>()
                : new ArrayList<>(schema.getValidations());
        for (AnnotationUse a : rules) {
            requireValid(a, where);
            list.add(new JsonSchema.ValidationRule(a.string("value").orElse(""), given(a, "message"),
                    given(a, "messageExpression"), given(a, "reason"), given(a, "fieldPath"),
                    a.bool("optionalOldSelf").orElse(false) ? Boolean.TRUE : null));
        }
        schema.setValidations(list);
    }

    /** Refuses a rule the API server refuses (fabric8 writes it as given). */
    private static void requireValid(AnnotationUse rule, String where) {
        String value = rule.string("value").orElse("");
        String message = rule.string("message").orElse("");
        String reason = rule.string("reason").orElse("");
        String problem = value.isBlank() ? "has no rule"
                : !message.isEmpty() && message.isBlank() ? "has a blank message"
                : message.contains("\n") || message.contains("\r") ? "has a message of several lines"
                : !reason.isEmpty() && !REASONS.contains(reason) ? "has the reason '" + reason + "', which is none of "
                        + String.join(", ", REASONS)
                : rule.bool("optionalOldSelf").orElse(false) && !value.contains("oldSelf")
                        ? "sets optionalOldSelf, but its rule does not use oldSelf" : null;
        if (problem != null) {
            throw OpctlException.invalidInput(String.format("%s: @ValidationRule(\"%s\") %s, which the API server "
                    + "refuses; fix it", where, value, problem));
        }
    }

    private static String given(AnnotationUse annotation, String key) {
        Optional<String> value = annotation.string(key).filter(v -> !v.isEmpty());
        return value.orElse(null);
    }
}
