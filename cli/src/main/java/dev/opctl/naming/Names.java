package dev.opctl.naming;

import dev.opctl.engine.OpctlException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;

/** Validates and derives the names a project is made of: Kubernetes names, Java packages, Maven ids. */
public final class Names {
    private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
    private static final Pattern DNS_1035_LABEL = Pattern.compile("[a-z]([-a-z0-9]*[a-z0-9])?");
    /** The longest kind: its list kind (KIND + "List", in lower case) must be a 63-character DNS label. */
    public static final int MAX_KIND_LENGTH = 63 - "List".length();
    /** The longest project name: its Service NAME-webhook-service must be a 63-character DNS label. */
    private static final int MAX_PROJECT_NAME = 63 - "-webhook-service".length();
    /** The words YAML 1.1 (kubectl's) reads as booleans or null, unquoted. */
    private static final Set<String> YAML_WORDS = Set.of("y", "n", "yes", "no", "on", "off", "true", "false", "null");
    /** The longest package, groupId, artifactId or version: they become file names (at most 255 bytes). */
    /** The longest Java package, Maven groupId, artifactId or version opctl takes. */
    public static final int MAX_ID_LENGTH = 200;
    /** Package roots that belong to the JDK: the class loader refuses java.*, and javax/jdk clash with modules. */
    private static final Set<String> JDK_PACKAGE_ROOTS = Set.of("java", "javax", "jdk");
    private static final Pattern KIND = Pattern.compile("[A-Z][A-Za-z0-9]*");
    private static final Pattern API_VERSION = Pattern.compile("v[1-9][0-9]*((alpha|beta)[1-9][0-9]*)?");
    /** Kinds whose classes would clash with java.lang or with the classes opctl generates. */
    private static final Set<String> RESERVED_KINDS = Set.of("Object", "String", "Class", "Integer", "Long",
            "Short", "Byte", "Boolean", "Character", "Double", "Float", "Number", "Void", "Enum", "Record",
            "System", "Thread", "Math", "Override", "Deprecated", "Exception", "Error", "Iterable", "Runnable",
            "Process", "Module", "Package", "Runtime", "OperatorMain", "ReconcilerRegistry", "HealthServer",
            "CustomResource", "Namespaced", "Group", "Version", "Kind", "Plural", "Singular", "ShortNames");
    private static final Pattern MAVEN_ID = Pattern.compile("[A-Za-z0-9_.-]+");

    private Names() {
    }

    /**
     * Checks that {@code value} is a DNS-1123 label (RFC 1123): at most 63 characters, lower-case
     * letters, digits and '-', starting and ending with a letter or digit.
     *
     * @param what how the value is named in the error message, e.g. "project name"
     */
    /** {@code word} after "a" or "an", by its first letter: "an Admiral", "a Memcached". */
    public static String withArticle(String word) {
        return ("AEIOU".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
    }

    public static String requireDnsLabel(String what, String value) {
        return require(value.length() <= 63 && DNS_LABEL.matcher(value).matches(), what, value,
                "use at most 63 lower-case letters, digits and '-', starting and ending with a letter or digit "
                        + "(e.g. memcached-operator)");
    }

    /**
     * Checks that {@code value} can name a new project: a DNS-1035 label short enough for the names made
     * of it (the Service {@code NAME-webhook-service}, a DNS-1035 label too), and no word that YAML reads
     * as a boolean or null, as it stands unquoted in the manifests' label values.
     */
    public static String requireProjectName(String what, String value) {
        return require(value.length() <= MAX_PROJECT_NAME && DNS_1035_LABEL.matcher(value).matches()
                && !YAML_WORDS.contains(value), what, value, "use at most " + MAX_PROJECT_NAME + " lower-case "
                + "letters, digits and '-', starting with a letter and ending with a letter or digit, and no word YAML "
                + "reads as a boolean or null (true, no, null, ...): it names the operator's Services "
                + "(NAME-webhook-service) and labels (e.g. memcached-operator)");
    }

    /**
     * Checks that {@code value} is a DNS-1035 label, as Kubernetes requires of a CRD's plural,
     * singular, short names and categories: a DNS-1123 label that starts with a letter.
     */
    public static String requireDns1035Label(String what, String value) {
        return require(value.length() <= 63 && DNS_1035_LABEL.matcher(value).matches(), what, value,
                "use at most 63 lower-case letters, digits and '-', starting with a letter and ending with a letter "
                        + "or digit (Kubernetes' rule for CRD names)");
    }

    /**
     * Checks that {@code value} is a DNS-1123 subdomain: dot-separated DNS labels, at most 253
     * characters in all.
     */
    public static String requireDnsSubdomain(String what, String value) {
        return require(isDnsSubdomain(value), what, value,
                "use a DNS subdomain of lower-case letters, digits, '-' and '.' (e.g. example.com)");
    }

    /** Whether {@code value} is a DNS-1123 subdomain: dot-separated DNS labels, at most 253 characters in all. */
    public static boolean isDnsSubdomain(String value) {
        boolean valid = !value.isEmpty() && value.length() <= 253;
        for (String label : value.split("\\.", -1)) {
            valid &= label.length() <= 63 && DNS_LABEL.matcher(label).matches();
        }
        return valid;
    }

    /** Checks that {@code value} is a valid Java package name: dot-separated identifiers, no keywords. */
    public static String requireJavaPackage(String what, String value) {
        if (!value.isEmpty() && !Text.isAscii(value)) {
            throw OpctlException.invalidInput(String.format("invalid %s '%s': use ASCII letters, digits and '_' "
                    + "(opctl refuses non-ASCII identifiers: they become directory names that differ between file "
                    + "systems and locales), e.g. com.example.demo", what, Text.shown(value)));
        }
        String root = value.split("\\.", -1)[0];
        if (JDK_PACKAGE_ROOTS.contains(root)) {
            throw OpctlException.invalidInput(String.format("invalid %s '%s': packages under %s. belong to the JDK "
                    + "and the project would not compile or run; use your own, e.g. com.example.demo", what,
                    Text.shown(value), root));
        }
        if (value.length() > MAX_ID_LENGTH) {
            throw OpctlException.invalidInput(String.format("invalid %s '%s': it is %d characters, more than the %d "
                    + "opctl takes; use a shorter one", what, Text.shown(value), value.length(), MAX_ID_LENGTH));
        }
        boolean valid = !value.isEmpty();
        for (String part : value.split("\\.", -1)) {
            valid &= SourceVersion.isIdentifier(part) && !isReserved(part);
        }
        return require(valid, what, value,
                "use dot-separated Java identifiers that are not keywords (e.g. com.example.demo)");
    }

    /** Checks that {@code value} can be a Maven groupId, artifactId or version. */
    public static String requireMavenId(String what, String value) {
        return require(MAVEN_ID.matcher(value).matches() && value.length() <= MAX_ID_LENGTH
                && !value.startsWith(".") && !value.endsWith("."), what, value,
                "use at most " + MAX_ID_LENGTH + " letters, digits, '_', '-' and '.', not starting or ending with '.'");
    }

    /**
     * The base Java package for a project: the reversed domain followed by the project name without
     * dashes ({@code example.com} + {@code demo-operator} → {@code com.example.demooperator}).
     * Segments that are keywords or start with a digit get a '_' as the JLS recommends (§6.1).
     */
    public static String defaultPackage(String domain, String projectName) {
        List<String> parts = new ArrayList<>(reversedDomain(domain));
        parts.add(projectName.replace("-", ""));
        List<String> safe = new ArrayList<>();
        for (String part : parts) {
            safe.add(javaSafe(part));
        }
        return String.join(".", safe);
    }

    /** The reversed domain as a Maven groupId ({@code example.com} → {@code com.example}). */
    public static String defaultGroupId(String domain) {
        return String.join(".", reversedDomain(domain));
    }

    /** UpperCamelCase of a dashed name ({@code demo-operator} → {@code DemoOperator}). */
    public static String upperCamel(String dashed) {
        StringBuilder out = new StringBuilder();
        for (String part : dashed.split("[-_.]")) {
            if (!part.isEmpty()) {
                out.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
            }
        }
        return out.toString();
    }

    /** Returns {@code value} when {@code valid}; otherwise fails with "invalid WHAT 'VALUE': HINT". */
    private static String require(boolean valid, String what, String value, String hint) {
        if (!valid) {
            throw OpctlException.invalidInput(String.format("invalid %s '%s': %s", what, Text.shown(value), hint));
        }
        return value;
    }

    /**
     * Checks a Kind: UpperCamelCase ASCII letters and digits, at most {@link #MAX_KIND_LENGTH}
     * characters, and not a name a generated class or {@code java.lang} already uses.
     */
    public static String requireKind(String value) {
        require(value != null && KIND.matcher(value).matches() && value.length() <= MAX_KIND_LENGTH, "kind", value,
                "use at most " + MAX_KIND_LENGTH + " UpperCamelCase ASCII letters and digits (its list kind, KIND + "
                        + "List, must fit Kubernetes' 63), e.g. Memcached");
        if (RESERVED_KINDS.contains(value)) {
            throw OpctlException.invalidInput("kind '" + value + "' clashes with a class of java.lang or of the "
                    + "generated project; choose another name, e.g. My" + value);
        }
        return value;
    }

    /** Checks an API version: {@code v1}, {@code v1alpha1}, {@code v2beta3}, ... */
    public static String requireApiVersion(String value) {
        return require(value != null && API_VERSION.matcher(value).matches(), "version", value,
                "use v<N>, v<N>alpha<M> or v<N>beta<M>, e.g. v1alpha1");
    }

    /**
     * The values of a comma-separated list option, each occurrence split at commas: none may be
     * empty ({@code --short-names ,} or {@code a,,b}) or repeated.
     *
     * @param option the option, e.g. "--short-names", for the error message
     */
    public static List<String> commaList(String option, List<String> occurrences) {
        List<String> values = new ArrayList<>();
        for (String occurrence : occurrences) {
            for (String value : occurrence.split(",", -1)) {
                if (value.isEmpty()) {
                    throw OpctlException.invalidInput(String.format("invalid %s '%s': a value is empty; separate "
                            + "values by single commas, e.g. %s a,b", option, Text.shown(occurrence), option));
                }
                if (values.contains(value)) {
                    throw OpctlException.invalidInput(String.format("invalid %s: '%s' is given twice; give each "
                            + "value once", option, Text.shown(value)));
                }
                values.add(value);
            }
        }
        return values;
    }

    /** A Java package segment for a DNS label: dashes become underscores, keywords get an underscore. */
    public static String packageSegment(String label) {
        return javaSafe(label);
    }

    private static List<String> reversedDomain(String domain) {
        List<String> parts = new ArrayList<>(List.of(domain.split("\\.")));
        Collections.reverse(parts);
        return parts;
    }

    private static String javaSafe(String part) {
        String s = part.replace('-', '_');
        if (!s.isEmpty() && !Character.isJavaIdentifierStart(s.charAt(0))) {
            s = "_" + s;
        }
        return isReserved(s) ? s + "_" : s;
    }

    private static boolean isReserved(String word) {
        return SourceVersion.isKeyword(word);
    }
}
