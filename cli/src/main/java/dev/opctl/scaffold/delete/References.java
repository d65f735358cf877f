package dev.opctl.scaffold.delete;

import dev.opctl.engine.OpctlException;
import dev.opctl.scaffold.JavaSources;
import dev.opctl.scaffold.ProjectFiles;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the Java sources that would stop compiling when classes are deleted: those that name one of
 * them (qualified, imported, or by simple name in the same package) in code, not in comments or strings.
 */
final class References {
    private static final List<String> ROOTS = List.of("src/main/java/", "src/test/java/");

    /** A class to be deleted: its package and simple name, and how a source names it in full. */
    private record Deleted(String pkg, String simpleName, Pattern qualified, Pattern simple) {
        static Deleted of(String className) {
            int dot = className.lastIndexOf('.');
            String simpleName = className.substring(dot + 1);
            return new Deleted(className.substring(0, Math.max(dot, 0)), simpleName,
                    Pattern.compile("\\b" + Pattern.quote(className) + "\\b"),
                    Pattern.compile("\\b" + Pattern.quote(simpleName) + "\\b"));
        }

        /** Whether {@code text}, a source of package {@code sourcePackage}, uses the class. */
        boolean usedBy(String sourcePackage, String text) {
            if (qualified.matcher(text).find()) {
                return true;
            }
            boolean visible = sourcePackage.equals(pkg) || text.contains("import " + pkg + ".*;");
            return visible && simple.matcher(text).find();
        }
    }

    private References() {
    }

    /**
     * The sources of {@code project} (relative paths, sorted) other than {@code deleted} and
     * {@code rewritten} that use a class of {@code deleted}.
     */
    static List<String> to(ProjectFiles project, Collection<String> deleted, Set<String> rewritten) {
        List<Deleted> classes = new ArrayList<>();
        for (String path : deleted) {
            String className = className(path);
            if (className != null) {
                classes.add(Deleted.of(className));
            }
        }
        List<String> users = new ArrayList<>();
        for (String root : ROOTS) {
            for (String path : project.walk(root.substring(0, root.length() - 1), ".java")) {
                if (deleted.contains(path) || rewritten.contains(path)) {
                    continue;
                }
                String text = JavaSources.code(project.text(path).orElse(""));
                String className = className(path);
                String pkg = className.substring(0, Math.max(className.lastIndexOf('.'), 0));
                if (classes.stream().anyMatch(c -> c.usedBy(pkg, text))) {
                    users.add(path);
                }
            }
        }
        return users;
    }

    /** The class a source file holds, e.g. {@code com.example.Foo} for {@code src/main/java/com/example/Foo.java}. */
    private static String className(String path) {
        for (String root : ROOTS) {
            if (path.startsWith(root) && path.endsWith(".java")) {
                return path.substring(root.length(), path.length() - ".java".length()).replace('/', '.');
            }
        }
        return null;
    }

    /**
     * Refuses a deletion that would leave {@code users} not compiling.
     *
     * @param what what is deleted, e.g. {@code Memcached v1alpha1}
     * @param hint what to do first
     */
    static void requireNone(List<String> users, String what, String hint) {
        if (!users.isEmpty()) {
            throw OpctlException.conflict(String.format("%s %s the classes of %s, so the project would not compile "
                    + "without them; %s", String.join(", ", users), users.size() == 1 ? "uses" : "use", what, hint));
        }
    }
}
