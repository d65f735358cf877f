package dev.opctl.scaffold.webhook;

import dev.opctl.engine.OpctlException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code +opctl:webhook:...} marker comment on a webhook class, as controller-gen reads
 * kubebuilder's {@code +kubebuilder:webhook:...}: the class answers at {@code path}, and the webhook
 * configuration opctl writes tells the API server what to send there.
 *
 * @param javaPackage the package of the class the marker is in
 * @param className the simple name of that class (the file's)
 * @param takesClient whether the class has a constructor taking the {@code KubernetesClient}
 * @param settings the marker's settings, in the order written
 * @param where the file and line, for errors
 * @param objectClass the class the webhook takes ({@code Defaulter<Guestbook>}), as the file's
 *     imports and package qualify it; null when the class is neither a Defaulter nor a Validator
 */
public record WebhookMarker(String javaPackage, String className, boolean takesClient,
        Map<String, String> settings, String where, String objectClass) {
    private static final Pattern MARKER = Pattern.compile("^\\s*(?://+|\\*)?\\s*\\+opctl:webhook:(.*)$");
    private static final Pattern DEFAULTER = Pattern.compile("\\bimplements\\s[^{]*\\bDefaulter\\s*<");
    private static final Pattern VALIDATOR = Pattern.compile("\\bimplements\\s[^{]*\\bValidator\\s*<");
    /** The type argument of a Defaulter or Validator: the class of the objects it takes. */
    private static final Pattern TAKES = Pattern.compile("\\bimplements\\s[^{]*\\b(?:Defaulter|Validator)\\s*<\\s*"
            + "([\\w.]+)\\s*>");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;");
    private static final Set<String> REQUIRED = Set.of("path", "mutating", "groups", "resources", "verbs",
            "versions", "name", "sideEffects", "admissionReviewVersions");
    private static final Set<String> KNOWN = Set.of("path", "mutating", "failurePolicy", "matchPolicy",
            "sideEffects", "groups", "resources", "verbs", "versions", "name", "admissionReviewVersions",
            "reinvocationPolicy", "timeoutSeconds", "namespaceSelector", "objectSelector");
    private static final Pattern NAME = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?){2,}");

    /** Every webhook marker in {@code sources} (file to content), in file order. */
    public static List<WebhookMarker> scan(Map<Path, String> sources) {
        List<WebhookMarker> markers = new ArrayList<>();
        sources.forEach((file, content) -> {
            if (!content.contains("+opctl:webhook:")) {
                return; // most files: no line to match the pattern against
            }
            String[] lines = content.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher m = MARKER.matcher(lines[i]);
                if (m.matches()) {
                    markers.add(parse(file, content, m.group(1).strip(), file + ":" + (i + 1)));
                }
            }
        });
        return markers;
    }

    static WebhookMarker parse(Path file, String content, String text, String where) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String part : text.split(",")) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw invalid(where, text, "'" + part + "' is not KEY=VALUE");
            }
            String key = part.substring(0, eq).strip();
            if (!KNOWN.contains(key)) {
                throw invalid(where, text, "unknown key '" + key + "'; the keys are " + String.join(", ",
                        KNOWN.stream().sorted().toList()));
            }
            if (settings.put(key, unquote(part.substring(eq + 1).strip())) != null) {
                throw invalid(where, text, "'" + key + "' is given twice");
            }
        }
        for (String key : REQUIRED.stream().sorted().toList()) {
            if (!settings.containsKey(key)) {
                throw invalid(where, text, "'" + key + "' is missing");
            }
        }
        String fileName = file.getFileName().toString();
        String className = fileName.substring(0, fileName.length() - ".java".length());
        Matcher pkg = PACKAGE.matcher(content);
        boolean takesClient = Pattern.compile("\\b" + Pattern.quote(className)
                + "\\s*\\(\\s*(?:final\\s+)?(?:[\\w.]+\\.)?KubernetesClient\\s+\\w+\\s*\\)").matcher(content).find();
        String javaPackage = pkg.find() ? pkg.group(1) : "";
        Matcher takes = TAKES.matcher(content);
        WebhookMarker marker = new WebhookMarker(javaPackage, className, takesClient, settings, where,
                takes.find() ? qualified(takes.group(1), content, javaPackage) : null);
        marker.validate(text);
        // The marker must say what the class is: a Defaulter mutates, a Validator does not.
        if (DEFAULTER.matcher(content).find() && !marker.mutating()) {
            throw invalid(where, text, className + " is a Defaulter, whose webhook is mutating: set mutating=true");
        }
        if (VALIDATOR.matcher(content).find() && marker.mutating()) {
            throw invalid(where, text, className + " is a Validator, whose webhook is not mutating: set mutating=false");
        }
        return marker;
    }

    private void validate(String text) {
        if (!path().matches("/[A-Za-z0-9/._~-]*")) {
            throw invalid(where, text, "path must start with '/' and hold only letters, digits and / . _ ~ -");
        }
        if (path().equals(WebhookRuntime.CONVERT_PATH)) {
            throw invalid(where, text, "path " + WebhookRuntime.CONVERT_PATH + " is the conversion webhook's; choose "
                    + "another");
        }
        if (!list("admissionReviewVersions").equals(List.of("v1"))) {
            throw invalid(where, text, "the webhook server answers admission.k8s.io/v1 only: "
                    + "admissionReviewVersions=v1");
        }
        if (!Set.of("true", "false").contains(settings.get("mutating"))) {
            throw invalid(where, text, "mutating must be true or false");
        }
        if (!NAME.matcher(name()).matches() || name().length() > 253) {
            throw invalid(where, text, "name must be a DNS name of three or more labels, e.g. mfoo-v1.example.com");
        }
        failurePolicy();
        sideEffects();
        operations();
        String timeout = settings.get("timeoutSeconds");
        if (timeout != null && !timeout.matches("[1-9]|[12][0-9]|30")) {
            throw invalid(where, text, "timeoutSeconds must be from 1 to 30");
        }
        choice("matchPolicy", "Exact", "Equivalent");
        choice("reinvocationPolicy", "Never", "IfNeeded");
        if (settings.containsKey("reinvocationPolicy") && !mutating()) {
            throw invalid(where, text, "reinvocationPolicy is for mutating webhooks only");
        }
        LabelSelectors.parse(settings.get("namespaceSelector"), where, "namespaceSelector");
        LabelSelectors.parse(settings.get("objectSelector"), where, "objectSelector");
    }

    public String path() {
        return settings.get("path");
    }

    public boolean mutating() {
        return settings.get("mutating").equals("true");
    }

    public String name() {
        return settings.get("name");
    }

    /** The marker's value of {@code key}, or {@code null}. */
    public String get(String key) {
        return settings.get(key);
    }

    /** {@code Fail} (the default, as the API server's) or {@code Ignore}. */
    public String failurePolicy() {
        return choice("failurePolicy", "Fail", "Ignore");
    }

    /** {@code None} or {@code NoneOnDryRun}: the only side effects admission v1 allows. */
    public String sideEffects() {
        return choice("sideEffects", "None", "NoneOnDryRun");
    }

    /** The operations, upper-case, from {@code verbs}. */
    public List<String> operations() {
        List<String> operations = new ArrayList<>();
        for (String verb : list("verbs")) {
            String op = verb.toUpperCase(Locale.ROOT);
            if (!Set.of("CREATE", "UPDATE", "DELETE", "CONNECT", "*").contains(op)) {
                throw invalid(where, "verbs=" + get("verbs"), "verbs are create, update, delete, connect or *");
            }
            operations.add(op);
        }
        return operations;
    }

    /** The {@code ;}-separated values of {@code key}; {@code ""} stands for the empty string (the core group). */
    public List<String> list(String key) {
        String value = settings.get(key);
        List<String> values = new ArrayList<>();
        if (value != null) {
            for (String v : value.split(";", -1)) {
                values.add(unquote(v.strip()));
            }
        }
        return values;
    }

    /** The fully qualified name of the webhook class. */
    public String qualifiedClassName() {
        return javaPackage.isEmpty() ? className : javaPackage + "." + className;
    }

    private String choice(String key, String... allowed) {
        String value = settings.get(key);
        if (value == null) {
            return allowed[0];
        }
        for (String a : allowed) {
            if (a.equalsIgnoreCase(value)) {
                return a;
            }
        }
        throw invalid(where, key + "=" + value, key + " must be " + String.join(" or ", allowed));
    }

    /** {@code name} as written in {@code content}: qualified, imported by name, else of the file's package. */
    private static String qualified(String name, String content, String javaPackage) {
        if (name.contains(".")) {
            return name;
        }
        Matcher imported = Pattern.compile("(?m)^\\s*import\\s+([\\w.]+\\." + Pattern.quote(name) + ")\\s*;")
                .matcher(content);
        return imported.find() ? imported.group(1) : javaPackage.isEmpty() ? name : javaPackage + "." + name;
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }

    static OpctlException invalid(String where, String text, String hint) {
        return OpctlException.invalidInput(String.format("%s: invalid marker '+opctl:webhook:%s': %s", where, text,
                hint));
    }
}
