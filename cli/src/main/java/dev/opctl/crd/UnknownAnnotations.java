package dev.opctl.crd;

import dev.opctl.crd.syntax.Annotation;
import dev.opctl.crd.syntax.SourceFile;
import dev.opctl.crd.syntax.TypeDecl;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Says where the sources name an annotation opctl reads in a way that names none, which javac
 * refuses but opctl, reading sources that do not compile yet, would pass over silently: a property
 * meant to be required would not be. An import of a type fabric8's annotation packages do not have
 * ({@code import io.fabric8.generator.annotation.Requird;}), and an annotation written by a simple
 * name that nothing in its file declares or imports, when it is, or is a slip from, the name of one
 * opctl reads ({@code @Required} without its import, {@code @Requried}).
 */
final class UnknownAnnotations {
    private static final List<String> PACKAGES = List.of(Annotations.FABRIC8_GENERATOR, Annotations.FABRIC8_CRD,
            Annotations.FABRIC8_MODEL);
    /** The annotations of the libraries opctl reads, by simple name: their qualified names. */
    private static final Map<String, List<String>> READ = read();

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
                List<String> names = List.of(LibraryNames.PACKAGES.get(pkg).split(" "));
                String slip = names.stream().filter(known -> slip(name.substring(dot + 1), known)).findFirst()
                        .orElse(null);
                // One that moved to another of those packages (fabric8 6's model PrinterColumn: trial47 L1).
                List<String> moved = READ.getOrDefault(name.substring(dot + 1), List.of());
                say.accept(String.format("%s:%d: imports %s, which fabric8 7.5.2 does not have (%s has %s), so opctl "
                        + "reads no annotation of that name; %s", path, imported.line(), name, pkg,
                        String.join(", ", names), !moved.isEmpty() ? "fabric8 7 has it as " + String.join(" and ", moved)
                        + ": import that" : slip == null ? "correct the name" : "did you mean " + pkg + "." + slip + "?"));
            }
        });
    }

    /**
     * Says each annotation of the sources' declarations (types, fields, methods, their parameters,
     * record components, enum constants) written by a simple name that resolves to nothing and is, or
     * nearly is, one opctl reads. A file with an on-demand import is passed over: its package may
     * declare the name, where opctl cannot look.
     */
    static void unresolved(SourceIndex index, Consumer<String> say) {
        index.files().values().stream().filter(file -> file.imports().stream().noneMatch(SourceFile.Import::onDemand))
                .forEach(file -> file.types().forEach(type -> unresolved(index, type, say)));
    }

    private static void unresolved(SourceIndex index, TypeDecl type, Consumer<String> say) {
        List<Annotation> written = new ArrayList<>(type.annotations());
        type.fields().forEach(f -> written.addAll(f.annotations()));
        type.methods().forEach(m -> {
            written.addAll(m.annotations());
            m.parameters().forEach(p -> written.addAll(p.annotations()));
        });
        type.components().forEach(c -> written.addAll(c.annotations()));
        type.constants().forEach(c -> written.addAll(c.annotations()));
        for (Annotation annotation : written) {
            String name = annotation.name();
            if (name.indexOf('.') >= 0 || !index.resolve(name, type, annotation.line()).equals(name)
                    || index.type(name).isPresent()) {
                continue; // resolved (or qualified): javac's to judge
            }
            List<String> meant = READ.getOrDefault(name, List.of());
            String slip = meant.isEmpty() ? READ.keySet().stream().filter(known -> slip(name, known)).findFirst()
                    .orElse(null) : null;
            if (!meant.isEmpty() || slip != null) {
                say.accept(String.format("%s: @%s names no type this file declares or imports, so opctl reads "
                        + "nothing of it (javac refuses it too); %s", index.location(type, annotation.line()), name,
                        slip == null ? "import " + String.join(" or ", meant) : "did you mean @" + slip + " ("
                                + String.join(" or ", READ.get(slip)) + ")?"));
            }
        }
        type.nested().forEach(nested -> unresolved(index, nested, say));
    }

    /** Whether {@code written} is {@code known} with one letter wrong, missing, added, or two swapped. */
    static boolean slip(String written, String known) {
        int n = written.length();
        int m = known.length();
        if (Math.abs(n - m) > 1 || n < 4) {
            return false;
        }
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= m; j++) {
                if (i == 0 || j == 0) {
                    d[i][j] = i + j;
                    continue;
                }
                int cost = written.charAt(i - 1) == known.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && written.charAt(i - 1) == known.charAt(j - 2)
                        && written.charAt(i - 2) == known.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[n][m] == 1;
    }

    private static Map<String, List<String>> read() {
        Map<String, List<String>> read = new TreeMap<>();
        LibraryNames.PACKAGES.forEach((pkg, names) -> {
            for (String name : names.split(" ")) {
                if (Character.isUpperCase(name.charAt(0))) {
                    read.computeIfAbsent(name, n -> new ArrayList<>()).add(pkg + "." + name);
                }
            }
        });
        read.values().forEach(list -> list.sort(null));
        return read;
    }
}
