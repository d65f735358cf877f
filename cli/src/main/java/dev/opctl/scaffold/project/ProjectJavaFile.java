package dev.opctl.scaffold.project;

import dev.opctl.engine.GeneratedFile;
import dev.opctl.engine.Ownership;
import dev.opctl.engine.Templates;
import dev.opctl.scaffold.JavaSources;
import dev.opctl.scaffold.ProjectModel;
import dev.opctl.scaffold.Template;

/**
 * A user-owned class of the project's base package rendered from the Mustache template
 * {@code templates/project/<root><simpleName>.java.mustache} with the {@link ProjectModel}: the
 * template reads like the class it writes. Classes of the project's own package are not imported,
 * should it have chosen the package of one of the libraries the class uses.
 *
 * @param root {@code src/main/java/} or {@code src/test/java/}
 * @param simpleName the class's simple name
 */
record ProjectJavaFile(String root, String simpleName) implements Template {
    /** The class {@code simpleName} under {@code src/main/java}. */
    static ProjectJavaFile main(String simpleName) {
        return new ProjectJavaFile("src/main/java/", simpleName);
    }

    /** The class {@code simpleName} under {@code src/test/java}. */
    static ProjectJavaFile test(String simpleName) {
        return new ProjectJavaFile("src/test/java/", simpleName);
    }

    @Override
    public GeneratedFile render(ProjectModel model) {
        String java = Templates.render("project/" + root + simpleName + ".java.mustache", model);
        String path = root + model.packagePath() + "/" + simpleName + ".java";
        return new GeneratedFile(path, JavaSources.withoutOwnPackageImports(java, model.javaPackage()), Ownership.USER,
                false);
    }
}
