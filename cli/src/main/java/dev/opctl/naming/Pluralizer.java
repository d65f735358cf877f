package dev.opctl.naming;

import java.util.Locale;
import java.util.Map;

/** English plurals of Kind names, for CRD names: Policy → policies, Proxy → proxies, Status → statuses. */
public final class Pluralizer {
    private static final Map<String, String> IRREGULAR = Map.of(
            "person", "people", "child", "children", "man", "men", "woman", "women", "mouse", "mice",
            "goose", "geese", "index", "indices", "matrix", "matrices", "vertex", "vertices");

    private Pluralizer() {
    }

    /** The lower-case plural of {@code kind}. */
    public static String plural(String kind) {
        String word = kind.toLowerCase(Locale.ROOT);
        String irregular = IRREGULAR.get(word);
        if (irregular != null) {
            return irregular;
        }
        if (word.endsWith("s") || word.endsWith("x") || word.endsWith("z") || word.endsWith("ch")
                || word.endsWith("sh")) {
            return word + "es";
        }
        if (word.endsWith("y") && word.length() > 1 && "aeiou".indexOf(word.charAt(word.length() - 2)) < 0) {
            return word.substring(0, word.length() - 1) + "ies";
        }
        return word + "s";
    }
}
