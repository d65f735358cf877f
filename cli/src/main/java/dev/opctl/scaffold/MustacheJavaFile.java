package dev.opctl.scaffold;

import dev.opctl.engine.GeneratedFile;
import dev.opctl.engine.Ownership;
import dev.opctl.engine.Templates;

/**
 * A Java class of the project's base package rendered from the Mustache template
 * {@code templates/<dir>/src/main/java/<simpleName>.java.mustache}: the template reads like the
 * class it writes, with {@code {{javaPackage}}} for the package the project chose.
 *
 * @param templateDir the directory under {@code templates/}, e.g. {@code project}
 * @param simpleName the class's simple name
 * @param ownership who owns the written file
 */
public record MustacheJavaFile(String templateDir, String simpleName, Ownership ownership) implements Template {
    @Override
    public GeneratedFile render(ProjectModel model) {
        String content = Templates.render(templateDir + "/src/main/java/" + simpleName + ".java.mustache", model);
        return new GeneratedFile(JavaSources.mainPath(model.javaPackage(), simpleName), content, ownership, false);
    }
}
