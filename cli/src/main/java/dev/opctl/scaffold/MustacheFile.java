package dev.opctl.scaffold;

import dev.opctl.engine.GeneratedFile;
import dev.opctl.engine.Ownership;
import dev.opctl.engine.Templates;

/**
 * A file rendered from the Mustache template {@code templates/<dir>/<path>.mustache}: the template
 * tree mirrors the generated layout, so each template sits where its output will.
 *
 * @param templateDir the directory under {@code templates/}, e.g. {@code project}
 * @param path the file's path in the project
 * @param ownership who owns the written file
 */
public record MustacheFile(String templateDir, String path, Ownership ownership) implements Template {
    @Override
    public GeneratedFile render(ProjectModel model) {
        String content = Templates.render(templateDir + "/" + path + ".mustache", model);
        return new GeneratedFile(path, content, ownership, false);
    }
}
