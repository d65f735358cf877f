package dev.opctl.scaffold.controller;

import com.squareup.javapoet.ClassName;
import dev.opctl.engine.GeneratedFile;
import dev.opctl.engine.Ownership;
import dev.opctl.engine.Templates;
import dev.opctl.naming.Text;
import dev.opctl.project.ProjectFile.Resource;
import dev.opctl.scaffold.JavaSources;
import dev.opctl.scaffold.KindClassNames;
import dev.opctl.scaffold.ProjectModel;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;

/**
 * Names of the controller classes of a project, and the rendering the controller scaffolds share:
 * their templates are under {@code templates/controller/}.
 */
public final class Controllers {
    /** The longest line a formatter leaves alone, as JavaPoet and opctl's house style have it. */
    private static final int COLUMN_LIMIT = 100;

    /**
     * The lambda of a template's {@code {{#wrap}}} section: each line of the section, a method
     * declaration or call, is broken where it would pass column 100, the continuation indented
     * twice more, as JavaPoet broke it: after a comma of the parameter list or, in a declaration
     * (a line ending in "{"), right after its opening parenthesis.
     */
    static final Function<String, String> WRAP = Controllers::wrap;

    private Controllers() {
    }

    /** The package of the project's reconcilers. */
    public static String controllerPackage(ProjectModel model) {
        return model.javaPackage() + ".controller";
    }

    /** The reconciler of {@code resource}: {@code <package>.controller.<Kind>Reconciler}. */
    public static ClassName reconciler(ProjectModel model, Resource resource) {
        return ClassName.get(controllerPackage(model), resource.kind() + "Reconciler");
    }

    /** Where the reconciler of {@code resource} is, relative to the project. */
    public static String reconcilerPath(ProjectModel model, Resource resource) {
        return path(reconciler(model, resource));
    }

    /** Where the test of the reconciler of {@code resource} is, relative to the project. */
    public static String testPath(ProjectModel model, Resource resource) {
        return "src/test/java/" + reconciler(model, resource).packageName().replace('.', '/') + "/"
                + resource.kind() + "ReconcilerTest.java";
    }

    /** Where the class {@code type} of the project is under {@code src/main/java}. */
    static String path(ClassName type) {
        return JavaSources.mainPath(type.packageName(), type.simpleName());
    }

    /**
     * The user's class {@code type}, from {@code templates/controller/<template>.java.mustache} read
     * with {@code scopes} (a name of a later scope hides that of an earlier one).
     */
    static GeneratedFile main(ClassName type, String template, Object... scopes) {
        return new GeneratedFile(path(type), render(template, scopes), Ownership.USER, false);
    }

    /** The user's test class {@code type}, as {@link #main(ClassName, String, Object...)} renders a class. */
    static GeneratedFile test(ClassName type, String template, Object... scopes) {
        return new GeneratedFile(testPath(type), render(template, scopes), Ownership.USER, false);
    }

    /**
     * The class {@code type} of the controller of {@code resource}, from
     * {@code templates/controller/<template>.java.mustache} and the scopes {@code scopes} makes for
     * a set of the kind's classes to write fully qualified (see {@link #renderOfKind}).
     */
    static GeneratedFile main(ClassName type, String template, Resource resource,
            Function<Set<String>, Object[]> scopes) {
        return new GeneratedFile(path(type), renderOfKind(template, resource, scopes), Ownership.USER, false);
    }

    /**
     * The test class {@code type} of the controller of {@code resource}, as
     * {@link #main(ClassName, String, Resource, Function)} renders a main class.
     */
    static GeneratedFile test(ClassName type, String template, Resource resource,
            Function<Set<String>, Object[]> scopes) {
        return new GeneratedFile(testPath(type), renderOfKind(template, resource, scopes), Ownership.USER, false);
    }

    private static String testPath(ClassName type) {
        return "src/test/java/" + type.packageName().replace('.', '/') + "/" + type.simpleName() + ".java";
    }

    /**
     * Renders a template that writes the classes of {@code resource}'s kind ({@code Kind},
     * {@code KindSpec}, {@code KindStatus}) by the names its scope gives, {@code {{kindType}}} and
     * the like: see {@link KindClassNames}.
     */
    static String renderOfKind(String template, Resource resource, Function<Set<String>, Object[]> scopes) {
        return KindClassNames.render(resource.javaPackage(), new LinkedHashSet<>(KindTypes.classes(resource.kind())),
                qualified -> render(template, scopes.apply(qualified)));
    }

    private static String render(String template, Object... scopes) {
        return JavaSources.sortImports(Templates.render("controller/" + template + ".java.mustache", scopes));
    }

    /** {@code value} as a Java string literal, escaped as JavaPoet's {@code $S} escapes it. */
    static String literal(String value) {
        return Text.javaLiteral(value, '"');
    }

    private static String wrap(String lines) {
        StringBuilder out = new StringBuilder();
        for (String line : lines.split("\n", -1)) {
            out.append(out.isEmpty() ? "" : "\n");
            int indent = line.length() - line.stripLeading().length() + 8;
            int column = 0;
            int parentheses = 0;
            int generics = 0;
            boolean string = false;
            int start = 0;
            boolean declaration = line.endsWith("{");
            for (int i = 0; i <= line.length(); i++) {
                char c = i < line.length() ? line.charAt(i) : ' ';
                if (string) {
                    string = c != '"' || line.charAt(i - 1) == '\\';
                    continue;
                }
                string = c == '"';
                boolean zeroWidth = declaration && c == '(' && parentheses == 0 && start == 0;
                parentheses += c == '(' ? 1 : c == ')' ? -1 : 0;
                generics += c == '<' ? 1 : c == '>' ? -1 : 0;
                boolean space = c == ' ' && i > 0 && line.charAt(i - 1) == ','
                        && parentheses == 1 && generics == 0;
                if (zeroWidth || space || i == line.length()) {
                    String chunk = line.substring(start, zeroWidth ? i + 1 : i);
                    int gap = start > 0 && line.charAt(start - 1) == ' ' ? 1 : 0;
                    if (start > 0 && column + gap + chunk.length() > COLUMN_LIMIT) {
                        out.append('\n').append(" ".repeat(indent)).append(chunk);
                        column = indent + chunk.length();
                    } else {
                        out.append(gap > 0 ? " " : "").append(chunk);
                        column += gap + chunk.length();
                    }
                    start = i + 1;
                }
            }
        }
        return out.toString();
    }
}
