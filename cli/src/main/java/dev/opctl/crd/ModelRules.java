package dev.opctl.crd;

import dev.opctl.crd.model.AnnotationUse;
import dev.opctl.engine.OpctlException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The schema rules, one per family of annotations or markers, in the order they apply: what a
 * property's members, or a type and its superclasses, add to its schema.
 */
final class ModelRules {
    /** What applies to a property's schema, after its type's. */
    static final List<SchemaRule> PROPERTY = List.of(new AttributesRule(), new DescriptionRule(), new DefaultRule(),
            new NullableRule(), new BoundsRule(), new PatternRule(), new SizeRule(), new PreserveUnknownFieldsRule(),
            new ValidationRulesRule(), new ListMapMarkersRule());
    /** What a type's annotations and those of its superclasses add to its object schema. */
    static final List<SchemaRule> HIERARCHY = List.of(new AttributesRule(), new PreserveUnknownFieldsRule(),
            new ValidationRulesRule());
    /** What a type's own comments add to its schema. */
    static final List<SchemaRule> TYPE = List.of(new DescriptionRule(), new ListMapMarkersRule());

    private ModelRules() {
    }

    /** Applies {@code rules} in order; one's error does not stop the others', said together. */
    static void apply(List<SchemaRule> rules, SchemaTarget target, JsonSchema schema) {
        List<OpctlException> errors = new ArrayList<>();
        for (SchemaRule rule : rules) {
            try {
                rule.apply(target, schema);
            } catch (OpctlException e) {
                TypeErrors.record(errors, e);
            }
        }
        if (!errors.isEmpty()) {
            throw TypeErrors.together(errors);
        }
    }

    /**
     * The constraints: {@code @Min}/{@code @Max} on numbers, {@code @Pattern} and {@code @Size} on
     * strings, {@code @Size} on arrays and objects; also of a type argument ({@code List<@Pattern(...) String>});
     * {@code where} names them in errors.
     */
    static void constraints(String kind, Function<String, Optional<AnnotationUse>> find, JsonSchema schema,
            String where) {
        BoundsRule.apply(find, kind, schema, where);
        PatternRule.apply(find, kind, schema, where);
        SizeRule.apply(find, kind, schema);
    }
}
