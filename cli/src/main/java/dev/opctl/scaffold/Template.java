package dev.opctl.scaffold;

import dev.opctl.engine.GeneratedFile;

/** Renders one generated file of a project. */
@FunctionalInterface
public interface Template {
    GeneratedFile render(ProjectModel model);
}
