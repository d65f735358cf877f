package dev.opctl.scaffold;

import dev.opctl.engine.GeneratedFile;
import dev.opctl.engine.Ownership;
import dev.opctl.engine.Templates;

/**
 * A test class of the project's base package rendered from the Mustache template
 * {@code templates/<dir>/src/test/java/<simpleName>.java.mustache}, as {@link MustacheJavaFile}
 * renders a class of {@code src/main/java}.
 *
 * @param templateDir the directory under {@code templates/}, e.g. {@code project}
 * @param simpleName the class's simple name
 * @param ownership who owns the written file
 */
public record MustacheJavaTestFile(String templateDir, String simpleName, Ownership ownership) implements Template {
    @Override
    public GeneratedFile render(ProjectModel model) {
        String content = Templates.render(templateDir + "/src/test/java/" + simpleName + ".java.mustache", model);
        return new GeneratedFile("src/test/java/" + model.javaPackage().replace('.', '/') + "/" + simpleName + ".java",
                content, ownership, false);
    }
}
