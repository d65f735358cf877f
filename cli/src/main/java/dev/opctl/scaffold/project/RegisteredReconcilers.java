package dev.opctl.scaffold.project;

import com.squareup.javapoet.ClassName;
import dev.opctl.project.ProjectFile.Resource;
import dev.opctl.scaffold.JavaSources;
import dev.opctl.scaffold.ProjectModel;
import dev.opctl.scaffold.controller.Controllers;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says where {@code ReconcilerRegistry}, which creates each reconciler of PROJECT with {@code new X()}, does not
 * compile: the reconciler declares constructors, and none without parameters ({@code XReconciler(KubernetesClient
 * client)}, as JOSDK's samples write).
 */
public final class RegisteredReconcilers {
    private RegisteredReconcilers() {
    }

    /** Says so of the reconcilers of {@code model} in {@code java}, the sources by path under {@code dir}. */
    public static void check(ProjectModel model, Path dir, Map<Path, String> java, Consumer<String> warnings) {
        for (Resource resource : model.project().resources()) {
            if (!resource.controller()) {
                continue;
            }
            ClassName reconciler = Controllers.reconciler(model, resource);
            Path file = dir.resolve(JavaSources.mainPath(reconciler.packageName(), reconciler.simpleName()));
            String source = java.get(file);
            if (source == null) {
                continue;
            }
            String code = JavaSources.code(source);
            Matcher constructor = Pattern.compile("\\b" + reconciler.simpleName()
                    + "\\s*\\(([^()]*)\\)\\s*(?:throws\\s[\\w.,\\s]+)?\\{").matcher(code);
            int first = -1;
            boolean withoutParameters = false;
            while (constructor.find()) {
                String before = code.substring(0, constructor.start()).stripTrailing();
                if (before.endsWith("new")) {
                    continue; // an anonymous subclass
                }
                first = first < 0 ? constructor.start() : first;
                withoutParameters |= constructor.group(1).isBlank();
            }
            if (first >= 0 && !withoutParameters) {
                int line = (int) code.substring(0, first).chars().filter(c -> c == '\n').count() + 1;
                warnings.accept(String.format("%s:%d: %s has no constructor without parameters, and ReconcilerRegistry "
                        + "creates it with new %s(): the project does not compile; give it one (in reconcile, "
                        + "context.getClient() is the operator's client)", file, line, reconciler.simpleName(),
                        reconciler.simpleName()));
            }
        }
    }
}
