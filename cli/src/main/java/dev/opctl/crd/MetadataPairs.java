package dev.opctl.crd;

import dev.opctl.naming.Names;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The {@code key=value} pairs of fabric8's {@code @Labels} and {@code @Annotations}, read as fabric8
 * reads them (the first {@code =} splits), and checked as the API server checks a CRD's metadata: a key
 * is a qualified name ({@code app.kubernetes.io/part-of}), a label's value a short name or empty.
 */
final class MetadataPairs {
    /** A qualified name's name part, and a label value that is not empty: at most 63 characters. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?");
    private static final String NAME_RULE = "at most 63 letters, digits, '-', '_' and '.', starting and ending with a "
            + "letter or digit";

    private MetadataPairs() {
    }

    /**
     * The pairs, by key.
     *
     * @param labels whether they are labels, whose values Kubernetes checks too
     * @throws IllegalArgumentException saying which pair Kubernetes (or fabric8) refuses, and why
     */
    static Map<String, String> of(Iterable<String> entries, boolean labels) {
        Map<String, String> pairs = new TreeMap<>();
        for (String entry : entries) {
            int eq = entry.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException(String.format("\"%s\" is not a key=value pair; write it as "
                        + "\"key=value\"", entry));
            }
            String key = entry.substring(0, eq);
            String value = entry.substring(eq + 1);
            // The API server checks an annotation's key in lower case (Example.com/x passes), a label's as written.
            if (!isQualifiedName(labels ? key : key.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException(String.format("\"%s\" has the key '%s', which Kubernetes refuses: "
                        + "write an optional DNS subdomain and '/', then %s", entry, key, NAME_RULE));
            }
            if (labels && !value.isEmpty() && !(value.length() <= 63 && NAME.matcher(value).matches())) {
                throw new IllegalArgumentException(String.format("\"%s\" has the value '%s', which Kubernetes refuses "
                        + "for a label: write %s, or nothing", entry, value, NAME_RULE));
            }
            pairs.put(key, value);
        }
        return pairs;
    }

    private static boolean isQualifiedName(String key) {
        int slash = key.lastIndexOf('/');
        String name = key.substring(slash + 1);
        return name.length() <= 63 && NAME.matcher(name).matches()
                && (slash < 0 || Names.isDnsSubdomain(key.substring(0, slash)));
    }
}
