package dev.opctl.crd;

import dev.opctl.crd.syntax.SourceFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Says where the sources import a type of fabric8's annotation packages that fabric8 (7.5.2, whose
 * annotations opctl reads) does not have: {@code import io.fabric8.generator.annotation.Requird;}.
 * javac refuses it, but opctl reads sources that do not compile yet, and would read no annotation there:
 * a property meant to be required would silently not be.
 */
final class UnknownAnnotations {
    private static final List<String> PACKAGES = List.of(Annotations.FABRIC8_GENERATOR, Annotations.FABRIC8_CRD,
            Annotations.FABRIC8_MODEL);

    private UnknownAnnotations() {
    }

    static void check(Map<Path, SourceFile> files, Consumer<String> say) {
        files.forEach((path, file) -> {
            for (SourceFile.Import imported : file.imports()) {
                String name = imported.name();
                int dot = name.lastIndexOf('.');
                if (imported.isStatic() || imported.onDemand() || dot < 0
                        || !PACKAGES.contains(name.substring(0, dot + 1)) || LibraryNames.contains(name)) {
                    continue;
                }
                String pkg = name.substring(0, dot);
                say.accept(String.format("%s: imports %s, which fabric8 7.5.2 does not have (%s has %s), so opctl "
                        + "reads no annotation of that name; correct the name", path, name, pkg,
                        String.join(", ", LibraryNames.PACKAGES.get(pkg).split(" "))));
            }
        });
    }
}
