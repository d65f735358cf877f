package dev.opctl.naming;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * English plurals of Kind names, for the resource names {@code add api} writes: Policy → policies,
 * Shelf → shelves, Status → statuses, Photo → photos, Hero → heroes, Series → series. The last word of
 * the kind decides (ClusterPolicy → clusterpolicies, SalesPerson → salespeople), as kubebuilder's
 * inflection does; a name ending in {@code s} gets {@code es} (Status → statuses, Redis → redises).
 */
public final class Pluralizer {
    private static final Set<String> UNCOUNTABLE = Set.of("aircraft", "data", "deer", "equipment", "feedback",
            "firmware", "fish", "hardware", "information", "metadata", "middleware", "money", "moose", "news",
            "rice", "series", "sheep", "software", "species", "traffic");
    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("person", "people"), Map.entry("child", "children"), Map.entry("man", "men"),
            Map.entry("woman", "women"), Map.entry("mouse", "mice"), Map.entry("goose", "geese"),
            Map.entry("foot", "feet"), Map.entry("tooth", "teeth"), Map.entry("ox", "oxen"),
            Map.entry("die", "dice"), Map.entry("index", "indices"), Map.entry("matrix", "matrices"),
            Map.entry("vertex", "vertices"), Map.entry("appendix", "appendices"), Map.entry("axis", "axes"),
            Map.entry("criterion", "criteria"), Map.entry("phenomenon", "phenomena"), Map.entry("datum", "data"),
            Map.entry("quiz", "quizzes"), Map.entry("thief", "thieves"));
    /** Words in {@code o} that take {@code es}; the others take {@code s} (photos, videos, scenarios). */
    private static final Set<String> O_ES = Set.of("buffalo", "cargo", "domino", "echo", "embargo", "hero",
            "mosquito", "potato", "tomato", "tornado", "torpedo", "veto", "volcano");

    private Pluralizer() {
    }

    /** The lower-case plural of {@code kind}. */
    public static String plural(String kind) {
        String last = lastWord(kind).toLowerCase(Locale.ROOT);
        String word = kind.toLowerCase(Locale.ROOT);
        String stem = word.substring(0, word.length() - last.length());
        if (UNCOUNTABLE.contains(last)) {
            return word;
        }
        String irregular = IRREGULAR.get(last);
        return stem + (irregular != null ? irregular : regular(last));
    }

    private static String regular(String word) {
        if (word.endsWith("sis")) {   // analysis, basis
            return word.substring(0, word.length() - 2) + "es";
        }
        if (word.endsWith("s") || word.endsWith("x") || word.endsWith("z") || word.endsWith("ch")
                || word.endsWith("sh")) {
            return word + "es";
        }
        if (word.length() > 1 && word.endsWith("y") && (!vowel(word.charAt(word.length() - 2)) || word.endsWith("quy"))) {
            return word.substring(0, word.length() - 1) + "ies";
        }
        if (word.endsWith("lf") || word.endsWith("eaf") || word.endsWith("oaf") || word.endsWith("arf")) {
            return word.substring(0, word.length() - 1) + "ves";   // shelf, leaf, loaf, scarf
        }
        if (word.endsWith("ife")) {   // knife, life, wife
            return word.substring(0, word.length() - 2) + "ves";
        }
        if (O_ES.contains(word)) {
            return word + "es";
        }
        return word + "s";
    }

    private static boolean vowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    /** The last word of a camel-case name: Policy of ClusterPolicy, Record of DNSRecord, the whole of Redis. */
    private static String lastWord(String kind) {
        for (int i = kind.length() - 1; i > 0; i--) {
            if (Character.isUpperCase(kind.charAt(i)) && (!Character.isUpperCase(kind.charAt(i - 1))
                    || i + 1 < kind.length() && Character.isLowerCase(kind.charAt(i + 1)))) {
                return kind.substring(i);
            }
        }
        return kind;
    }
}
