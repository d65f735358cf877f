package dev.opctl.scaffold;

import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a template that writes a kind's classes by simple name, imported, unless the file uses
 * the same simple name for another class (one it imports, one of {@code java.lang}, its own nested
 * class): then that class is written fully qualified and its import line left out, as JavaPoet
 * did. A kind {@code Service} beside fabric8's Service, a kind {@code Test} beside JUnit's.
 */
public final class KindClassNames {
    /** A single-type import; group 1 is the simple name. */
    private static final Pattern IMPORT = Pattern.compile("(?m)^import [\\w.]+\\.(\\w+);$");
    /** An identifier not after a dot: a simple name, not a member or a qualified name's part. */
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w.$])[A-Za-z_$][\\w$]*");

    private KindClassNames() {
    }

    /**
     * The Java file {@code render} writes, given the simple names among {@code own} (classes of
     * {@code pkg}) to write fully qualified: none, unless the file uses one of them for another class.
     * What the file uses is read from a rendering with all of {@code own} qualified: its imports
     * and, outside comments and literals, the names not after a dot.
     */
    public static String render(String pkg, Set<String> own, Function<Set<String>, String> render) {
        String qualified = withoutImports(render.apply(own), pkg, own);
        Set<String> clashing = new TreeSet<>(own);
        clashing.retainAll(usedNames(qualified));
        if (clashing.isEmpty()) {
            return render.apply(Set.of());
        }
        return withoutImports(render.apply(clashing), pkg, clashing);
    }

    /** {@code java} without the import lines of the classes {@code simpleNames} of {@code pkg}. */
    private static String withoutImports(String java, String pkg, Set<String> simpleNames) {
        Set<String> lines = new HashSet<>();
        simpleNames.forEach(name -> lines.add("import " + pkg + "." + name + ";"));
        StringBuilder out = new StringBuilder();
        for (String line : java.split("(?<=\n)")) {
            if (!lines.contains(line.strip())) {
                out.append(line);
            }
        }
        return out.toString();
    }

    /**
     * The simple names a Java file uses for a class: those it imports, and every identifier of its
     * code not after a dot (a superset of what it resolves by its scope: {@code java.lang}, its
     * package, its nested classes).
     */
    private static Set<String> usedNames(String java) {
        Set<String> names = new HashSet<>();
        Matcher imports = IMPORT.matcher(java);
        while (imports.find()) {
            names.add(imports.group(1));
        }
        String code = JavaSources.code(IMPORT.matcher(java).replaceAll(""));
        Matcher identifiers = IDENTIFIER.matcher(code);
        while (identifiers.find()) {
            names.add(identifiers.group());
        }
        return names;
    }
}
