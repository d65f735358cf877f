package dev.opctl.crd;

import dev.opctl.crd.syntax.SourceFile;
import dev.opctl.crd.syntax.TypeDecl;
import java.util.ArrayList;
import java.util.List;

/** The class of the sources a method called by its simple name is imported from, by a static import. */
final class StaticImports {
    private StaticImports() {
    }

    /**
     * The class {@code method}, called by its simple name in {@code type}'s file, is imported from:
     * {@code import static a.B.from;}, or {@code import static a.B.*;} (of several, the one class of the
     * sources that declares a method of the name); null when neither says.
     */
    static String declaring(SourceIndex index, TypeDecl type, String method) {
        List<String> onDemand = new ArrayList<>(1);
        for (SourceFile.Import imp : index.file(type).imports()) {
            if (imp.isStatic() && imp.onDemand()) {
                onDemand.add(imp.name());
            } else if (imp.isStatic() && imp.name().endsWith("." + method)) {
                return imp.name().substring(0, imp.name().length() - method.length() - 1);
            }
        }
        List<String> declaring = onDemand.size() < 2 ? onDemand : onDemand.stream().filter(c -> index.type(c)
                .filter(t -> t.methods().stream().anyMatch(m -> m.name().equals(method))).isPresent()).toList();
        return declaring.size() == 1 ? declaring.get(0) : null;
    }
}
