package dev.opctl.naming;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * English plurals of Kind names, for the resource names {@code add api} writes, as Kubernetes APIs name
 * theirs: Policy → policies, Shelf → shelves, Status → statuses, Photo → photos, Hero → heroes,
 * Series → series, PodChaos → podchaos. The last word of the kind decides (ClusterPolicy →
 * clusterpolicies, SalesPerson → salespeople); one that is a plural already stays
 * (SecurityContextConstraints, HostFirmwareSettings, AllowedURLs), an acronym takes {@code s} or {@code es}
 * (CRD → crds, DNS → dnses).
 */
public final class Pluralizer {
    /** Words whose plural is the word, also at the end of a longer one (Timeseries, Reindeer, HardwareData). */
    private static final List<String> UNCOUNTABLE = List.of("chaos", "chassis", "data", "deer", "fish", "moose",
            "news", "series", "sheep", "species", "wildlife");
    /** Irregular plurals of words that end a longer one too (Salesperson, Grandchild, Chairwoman). */
    private static final Map<String, String> IRREGULAR_ENDINGS = Map.of("person", "people", "child", "children",
            "woman", "women");
    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("man", "men"), Map.entry("mouse", "mice"), Map.entry("goose", "geese"),
            Map.entry("foot", "feet"), Map.entry("tooth", "teeth"), Map.entry("ox", "oxen"),
            Map.entry("die", "dice"), Map.entry("matrix", "matrices"),
            Map.entry("vertex", "vertices"), Map.entry("appendix", "appendices"), Map.entry("axis", "axes"),
            Map.entry("criterion", "criteria"), Map.entry("phenomenon", "phenomena"), Map.entry("datum", "data"),
            Map.entry("quiz", "quizzes"), Map.entry("thief", "thieves"), Map.entry("lens", "lenses"));
    /** Words in {@code o} that take {@code es}; the others take {@code s} (photos, videos, scenarios). */
    private static final Set<String> O_ES = Set.of("buffalo", "cargo", "domino", "echo", "embargo", "hero",
            "mosquito", "potato", "tomato", "tornado", "torpedo", "veto", "volcano");
    /** Words whose {@code ch}, {@code lf} or {@code f} ending takes a plain {@code s}. */
    private static final Set<String> PLAIN_S = Set.of("epoch", "stomach", "monarch", "patriarch", "matriarch",
            "oligarch", "golf", "gulf");

    private Pluralizer() {
    }

    /** The lower-case plural of {@code kind}. */
    public static String plural(String kind) {
        String written = lastWord(kind);
        String last = written.toLowerCase(Locale.ROOT);
        String word = kind.toLowerCase(Locale.ROOT);
        String stem = word.substring(0, word.length() - last.length());
        if (UNCOUNTABLE.stream().anyMatch(last::endsWith)) {
            return word;
        }
        for (Map.Entry<String, String> ending : IRREGULAR_ENDINGS.entrySet()) {
            if (last.endsWith(ending.getKey())) {
                return word.substring(0, word.length() - ending.getKey().length()) + ending.getValue();
            }
        }
        String irregular = IRREGULAR.get(last);
        if (irregular != null) {
            return stem + irregular;
        }
        if (written.length() == 2 && written.charAt(1) == 's' && !stem.isEmpty()
                && Character.isUpperCase(kind.charAt(kind.length() - 3))) {
            return word; // an acronym's plural already: URLs, CRDs
        }
        if (written.length() > 1 && written.equals(written.toUpperCase(Locale.ROOT))) {
            return word + (last.endsWith("s") || last.endsWith("x") ? "es" : "s"); // DNS, NFS; CRD
        }
        return stem + regular(last);
    }

    private static String regular(String word) {
        int n = word.length();
        if (word.endsWith("sis")) {   // analysis, basis
            return word.substring(0, n - 2) + "es";
        }
        if (n > 2 && word.endsWith("s") && !vowel(word.charAt(n - 2)) && word.charAt(n - 2) != 's') {
            return word;   // a plural already: endpoints, settings, constraints, metrics
        }
        if (PLAIN_S.contains(word)) {
            return word + "s";
        }
        if (word.endsWith("s") || word.endsWith("x") || word.endsWith("z") || word.endsWith("ch")
                || word.endsWith("sh")) {
            return word + "es";
        }
        if (n > 1 && word.endsWith("y") && (!vowel(word.charAt(n - 2)) || word.endsWith("quy"))) {
            return word.substring(0, n - 1) + "ies";
        }
        if (word.endsWith("lf") || word.endsWith("eaf") || word.endsWith("oaf") || word.endsWith("arf")) {
            return word.substring(0, n - 1) + "ves";   // shelf, leaf, loaf, scarf
        }
        if (word.endsWith("ife")) {   // knife, life, wife
            return word.substring(0, n - 2) + "ves";
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
