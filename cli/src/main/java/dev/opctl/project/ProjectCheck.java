package dev.opctl.project;

import dev.opctl.engine.OpctlException;
import dev.opctl.naming.Names;
import dev.opctl.naming.Text;
import dev.opctl.project.ProjectFile.Resource;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks that make {@code PROJECT} untrusted input: a hand-edited or damaged file gets one line
 * naming the key, value and line, before any command plans or writes anything.
 */
final class ProjectCheck {
    private static final Pattern OPCTL_VERSION = Pattern.compile("(?m)^opctlVersion:[ \\t]*['\"]?([^'\"\\s#]*)");

    private final String yaml;
    private final String source;

    private ProjectCheck(String yaml, String source) {
        this.yaml = yaml;
        this.source = source;
    }

    /**
     * Refuses a file written by a newer opctl, before anything else is read from it: its keys and
     * layout may be ones this opctl does not know.
     */
    static void requireKnownVersion(String yaml, String source, String running) {
        Matcher m = OPCTL_VERSION.matcher(yaml);
        if (!m.find()) {
            return; // the strict parse reports the missing key
        }
        String written = m.group(1);
        if (!OpctlVersion.isValid(written)) {
            throw OpctlException.invalidInput(String.format("%s, line %d: invalid opctlVersion '%s': restore the "
                    + "version of opctl that wrote the file, e.g. %s", source, lineAt(yaml, m.start()),
                    Text.shown(written), running));
        }
        if (OpctlVersion.isNewer(written, running)) {
            throw OpctlException.invalidInput(String.format("%s was written by opctl %s; this is %s: upgrade opctl",
                    source, written, running));
        }
    }

    /** Checks every value of {@code file}, parsed from {@code yaml}. */
    static void check(ProjectFile file, String yaml, String source) {
        new ProjectCheck(yaml, source).check(file);
    }

    private void check(ProjectFile f) {
        at("projectName", f.projectName(), () -> Names.requireDnsLabel("projectName", f.projectName()));
        at("domain", f.domain(), () -> Names.requireDnsSubdomain("domain", f.domain()));
        at("package", f.javaPackage(), () -> Names.requireJavaPackage("package", f.javaPackage()));
        at("groupId", f.groupId(), () -> Names.requireMavenId("groupId", f.groupId()));
        at("artifactId", f.artifactId(), () -> Names.requireMavenId("artifactId", f.artifactId()));
        at("owner", f.owner(), () -> {
            Text.requireOneLine("owner", f.owner(), Text.MAX_FREE_TEXT, "Example Corp.");
            Text.requireNoUnicodeEscape("owner", f.owner());
        });
        if (f.maxDescriptionLength() != null && f.maxDescriptionLength() < 0) {
            fail("maxDescriptionLength", String.valueOf(f.maxDescriptionLength()), "invalid maxDescriptionLength "
                    + f.maxDescriptionLength() + ": use 0 or more, or remove the key to keep descriptions whole");
        }
        unique("namespace", f.namespaces());
        for (String namespace : f.namespaces()) {
            at("- " + namespace, namespace, () -> Names.requireDnsLabel("namespace", namespace));
        }
        Set<String> seen = new HashSet<>();
        Map<String, String> stored = new HashMap<>();
        for (Resource r : f.resources()) {
            check(r);
            if (!seen.add(r.group() + "/" + r.version() + "/" + r.kind())) {
                fail("kind", r.kind(), String.format("kind %s (%s) is listed twice; remove one of its entries",
                        r.kind(), r.apiVersion()));
            }
            if (r.api()) { // as 'opctl add api' checks them
                at("kind", r.kind(), () -> ResourceNames.requireFreeNames(f, r.group(), r.kind(), r.plural(),
                        r.shortNames(), r.categories()));
                String other = r.storage() ? stored.put(r.group() + "/" + r.kind(), r.version()) : null;
                if (other != null) {
                    fail("kind", r.kind(), String.format("kind %s of %s has two storage versions, %s and %s; keep "
                            + "'storage: true' on one", r.kind(), r.group(), other, r.version()));
                }
            }
        }
    }

    private void check(Resource r) {
        at("kind", r.kind(), () -> Names.requireKind(r.kind()));
        at("version", r.version(), () -> Names.requireApiVersion(r.version()));
        if (r.api() || !r.group().isEmpty()) {
            at("group", r.group(), () -> Names.requireDnsSubdomain("group", r.group()));
        }
        at("plural", r.plural(), () -> Names.requireDns1035Label("plural", r.plural()));
        if (r.api() || !r.javaPackage().isEmpty()) {
            at("package", r.javaPackage(), () -> Names.requireJavaPackage("package", r.javaPackage()));
        }
        unique("short name", r.shortNames());
        r.shortNames().forEach(s -> at("- " + s, s, () -> Names.requireDns1035Label("short name", s)));
        unique("category", r.categories());
        r.categories().forEach(c -> at("- " + c, c, () -> Names.requireDns1035Label("category", c)));
    }

    private void unique(String what, List<String> values) {
        Set<String> seen = new HashSet<>();
        for (String value : values) {
            if (!seen.add(value)) {
                fail("- " + value, value, String.format("%s '%s' is listed twice; remove one", what,
                        Text.shown(value)));
            }
        }
    }

    /** Runs {@code check}; its error gets the file and the line of {@code key: value}. */
    private void at(String key, String value, Runnable check) {
        try {
            check.run();
        } catch (OpctlException e) {
            fail(key, value, e.getMessage());
        }
    }

    private void fail(String key, String value, String message) {
        int line = lineOf(key, value);
        throw OpctlException.invalidInput(String.format("%s%s: %s (fix the file, or restore it from version "
                + "control)", source, line > 0 ? ", line " + line : "", message));
    }

    /** The line of {@code key: value} (or of the list item {@code - value}), or 0. */
    private int lineOf(String key, String value) {
        String[] lines = yaml.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.equals(key) || line.startsWith("- ") && line.substring(2).strip().startsWith(key + ":")
                    && line.contains(value) || line.startsWith(key + ":") && line.contains(value)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int lineAt(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
