package dev.opctl.rbac;

import dev.opctl.crd.SourceModel;
import dev.opctl.crd.model.AnnotationUse;
import dev.opctl.crd.model.TypeDeclaration;
import dev.opctl.crd.model.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The Quarkus Operator SDK's {@code @RBACRule} (and {@code @AdditionalRBACRules} of them) and {@code @RBACCRoleRef},
 * with which an operator ported from it declares what its code does not show. opctl grants from its own markers
 * only: each is said, with the marker that grants the same (Debezium's operator reads Secrets so: trial40 M2).
 */
final class QuarkusRules {
    private static final String ANNOTATIONS = "io.quarkiverse.operatorsdk.annotations.";
    /** What QOSDK's {@code RBACVerbs.ALL_COMMON_VERBS} lists; a marker grants no {@code *} (trial42 M1). */
    private static final String ALL = "create;delete;get;list;patch;update;watch";
    /** {@code RBACVerbs}' constants of several verbs, and {@code RBACRule.ALL}. */
    private static final Map<String, String> VERB_SETS = Map.of("READ_VERBS", "get;list;watch", "UPDATE_VERBS",
            "patch;update", "ALL_COMMON_VERBS", ALL, "ALL", "*");

    private QuarkusRules() {
    }

    /** Says each such annotation on the types of {@code model}. */
    static void check(SourceModel model, Consumer<String> warnings) {
        for (TypeDeclaration type : model.types().values()) {
            for (AnnotationUse annotation : type.annotations()) {
                List<AnnotationUse> rules = new ArrayList<>();
                if (annotation.type().equals(ANNOTATIONS + "RBACRule")) {
                    rules.add(annotation);
                } else if (annotation.type().equals(ANNOTATIONS + "AdditionalRBACRules")) {
                    for (Value rule : elements(annotation.values().get("value"))) {
                        if (rule instanceof Value.Nested nested) {
                            rules.add(nested.annotation());
                        }
                    }
                } else if (annotation.type().equals(ANNOTATIONS + "RBACCRoleRef")
                        || annotation.type().equals(ANNOTATIONS + "AdditionalRBACRoleRefs")) {
                    warnings.accept(String.format("%s: opctl does not read the Quarkus Operator SDK's @%s, and binds "
                            + "nothing for it; grant what the role grants by markers, // +opctl:rbac:groups=GROUP,"
                            + "resources=PLURAL,verbs=..., or bind it to the operator's ServiceAccount in config/rbac",
                            model.location(type.name()), annotation.type().substring(ANNOTATIONS.length())));
                }
                for (AnnotationUse rule : rules) {
                    warnings.accept(String.format("%s: opctl does not read the Quarkus Operator SDK's @RBACRule, and "
                            + "grants nothing for it; grant it by a marker on the class, // +opctl:rbac:%s",
                            model.location(type.name()), marker(rule)));
                }
            }
        }
    }

    /** The marker's keys and values that grant what {@code rule} does. */
    private static String marker(AnnotationUse rule) {
        List<String> urls = texts(rule, "nonResourceURLs");
        // A wildcard of resources or groups is for the user to list: left to write.
        List<String> resources = texts(rule, "resources").stream().filter(r -> !r.equals("*")).toList();
        List<String> groups = texts(rule, "apiGroups").stream().filter(g -> !g.equals("*"))
                .map(g -> g.isEmpty() ? "core" : g).toList();
        List<String> names = texts(rule, "resourceNames");
        String verbs = String.join(";", texts(rule, "verbs").stream().map(v -> v.equals("*") ? ALL : v).toList());
        if (!urls.isEmpty() && resources.isEmpty()) {
            return "urls=" + String.join(";", urls) + ",verbs=" + verbs;
        }
        return "groups=" + (groups.isEmpty() ? "GROUP" : String.join(";", groups)) + ",resources="
                + (resources.isEmpty() ? "PLURAL" : String.join(";", resources)) + ",verbs=" + verbs
                + (names.isEmpty() ? "" : ",resourceNames=" + String.join(";", names));
    }

    /**
     * The strings of attribute {@code name}: literals, and {@code RBACVerbs}' constants by their names
     * ({@code RBACVerbs.GET} is {@code get}), which the class path may not hold.
     */
    private static List<String> texts(AnnotationUse rule, String name) {
        List<String> texts = new ArrayList<>();
        for (Value value : elements(rule.values().get(name))) {
            if (value instanceof Value.Text text) {
                texts.add(text.value());
            } else if (value instanceof Value.Unknown constant) {
                String simple = constant.name().substring(constant.name().lastIndexOf('.') + 1);
                texts.add(VERB_SETS.getOrDefault(simple, simple.toLowerCase(Locale.ROOT)));
            } else {
                texts.add("...");
            }
        }
        return texts;
    }

    private static List<Value> elements(Value value) {
        return value == null ? List.of() : value instanceof Value.Array array ? array.values() : List.of(value);
    }
}
