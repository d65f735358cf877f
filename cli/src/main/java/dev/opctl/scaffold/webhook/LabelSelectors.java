package dev.opctl.scaffold.webhook;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The label selectors of webhook markers, written as requirements separated by {@code ;}:
 * {@code key=value}, {@code key!=value}, {@code key} (the label exists) and {@code !key} (it does not),
 * e.g. {@code namespaceSelector=sidecar-injection=enabled;!legacy}.
 */
final class LabelSelectors {
    private static final String KEY = "(?:[a-z0-9][-a-z0-9.]*/)?[a-zA-Z0-9](?:[-a-zA-Z0-9_.]*[a-zA-Z0-9])?";
    private static final String VALUE = "(?:[a-zA-Z0-9](?:[-a-zA-Z0-9_.]*[a-zA-Z0-9])?)?";
    private static final Pattern REQUIREMENT = Pattern.compile("(!)?(" + KEY + ")(?:(!=|=)(" + VALUE + "))?");

    private LabelSelectors() {
    }

    /**
     * The selector {@code text} as a Kubernetes LabelSelector, or {@code null} when there is none.
     *
     * @throws dev.opctl.engine.OpctlException (invalid input) naming {@code where} when the text is not a selector
     */
    static ObjectNode parse(String text, String where, String key) {
        if (text == null) {
            return null;
        }
        ObjectNode selector = JsonNodeFactory.instance.objectNode();
        Set<String> keys = new HashSet<>();
        for (String requirement : text.split(";")) {
            Matcher m = REQUIREMENT.matcher(requirement.strip());
            if (!m.matches() || (m.group(1) != null && m.group(3) != null)) {
                throw WebhookMarker.invalid(where, key + "=" + text, "'" + requirement + "' is not a label "
                        + "requirement: write key=value, key!=value, key or !key, separated by ';'");
            }
            String label = m.group(2);
            if (!keys.add(label)) {
                throw WebhookMarker.invalid(where, key + "=" + text, "label " + label + " has two requirements; "
                        + "give each label one");
            }
            String operator = m.group(3);
            if ("=".equals(operator)) {
                ObjectNode labels = selector.has("matchLabels") ? (ObjectNode) selector.get("matchLabels")
                        : selector.putObject("matchLabels");
                labels.put(label, m.group(4));
                continue;
            }
            ArrayNode expressions = selector.has("matchExpressions") ? (ArrayNode) selector.get("matchExpressions")
                    : selector.putArray("matchExpressions");
            ObjectNode expression = expressions.addObject();
            expression.put("key", label);
            if ("!=".equals(operator)) {
                expression.put("operator", "NotIn");
                expression.putArray("values").add(m.group(4));
            } else {
                expression.put("operator", m.group(1) != null ? "DoesNotExist" : "Exists");
            }
        }
        return selector;
    }
}
