package dev.opctl.crd;

import dev.opctl.crd.syntax.SourceFile;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a simple name a source file does not resolve may come from, in javac's order.
 *
 * @param imported the types the file imports statically by name ({@code import static a.Outer.Inner}),
 *     or maybe fields or methods of that name
 * @param packages the file's own package first ("" for none), then its on-demand imports, of packages
 *     and of classes' member types (static ones too)
 */
record ImportScope(List<String> imported, List<String> packages) {
    /** The scope of the names written in {@code file}. */
    static ImportScope of(SourceFile file) {
        List<String> imported = new ArrayList<>();
        List<String> packages = new ArrayList<>();
        packages.add(file.packageName());
        for (SourceFile.Import imp : file.imports()) {
            if (imp.onDemand()) {
                packages.add(imp.name());
            } else if (imp.isStatic()) {
                imported.add(imp.name()); // a member type, or maybe a field or method only
            }
        }
        return new ImportScope(imported, packages);
    }
}
