package dev.opctl.crd;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plural fabric8 gives a custom resource class without {@code @Plural}, at run time
 * ({@code HasMetadata.getPlural}) as in its CRD generator: the CRD opctl writes must name the
 * resource the operator will ask the API server for. {@code Fabric8PluralTest} compares it with
 * fabric8's own {@code Pluralize} on many words.
 */
public final class Fabric8Plural {
    private static final Set<String> UNCOUNTABLE = Set.of("equipment", "fish", "information", "money", "rice",
            "series", "sheep", "species", "news");
    private static final Map<String, String> IRREGULAR = Map.of("person", "people", "woman", "women", "man", "men",
            "child", "children", "ox", "oxen", "die", "dice", "podmetrics", "pods", "nodemetrics", "nodes",
            "networkattachmentdefinition", "network-attachment-definitions", "egressqos", "egressqoses");
    /** Suffix rules, first match wins: a pattern, case-insensitive, and its replacement. */
    private static final List<Map.Entry<Pattern, String>> RULES = List.of(
            rule("([^aeiouy]|qu)y$", "$1ies"),
            rule("(x|ch|ss|sh)$", "$1es"),
            rule("(s)?ex$", "$1exes"),
            rule("(bus)$", "$1es"),
            rule("(quiz)$", "$1zes"),
            rule("(matr)ix$", "$1ices"),
            rule("(vert|ind)ex$", "$1ices"),
            rule("(alias|status|dns)$", "$1es"),
            rule("(octop|vir)us$", "$1us"),
            rule("(cris|ax|test)is$", "$1es"),
            rule("(o)$", "$1es"),
            rule("([m|l])ouse$", "$1ice"),
            rule("([lr])f$", "$1ves"),
            rule("([^f])fe$", "$1ves"),
            rule("(^analy)sis$", "$1sis"),
            rule("((a)naly|(b)a|(d)iagno|(p)arenthe|(p)rogno|(s)ynop|(t)he)ses$", "$1$2sis"),
            rule("([ti])um$", "$1a"),
            rule("(prometheus)$", "$1es"),
            rule("(s|si|u)s$", "$1s"));

    private Fabric8Plural() {
    }

    /** The plural fabric8 derives from a kind: its lower-case name, pluralized. */
    public static String of(String kind) {
        String word = kind.toLowerCase(Locale.ROOT);
        if (word.isEmpty() || UNCOUNTABLE.contains(word)) {
            return word;
        }
        String irregular = IRREGULAR.get(word);
        if (irregular != null) {
            return irregular;
        }
        for (Map.Entry<Pattern, String> rule : RULES) {
            Matcher m = rule.getKey().matcher(word);
            if (m.find()) {
                return m.replaceAll(rule.getValue());
            }
        }
        return word.endsWith("s") && !word.endsWith("ss") ? word : word + "s";
    }

    private static Map.Entry<Pattern, String> rule(String regex, String replacement) {
        return Map.entry(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), replacement);
    }
}
