package dev.opctl.crd.syntax;

import java.util.List;

/**
 * One Java file: its package, imports, top-level types and every comment in it.
 *
 * @param packageName the package, or "" for the unnamed package
 * @param imports the imports, in order
 * @param types the top-level types, in order (member types are inside them)
 * @param comments every comment of the file, in order, wherever written (in code too)
 */
public record SourceFile(String packageName, List<Import> imports, List<TypeDecl> types, List<Comment> comments) {
    public SourceFile {
        imports = List.copyOf(imports);
        types = List.copyOf(types);
        comments = List.copyOf(comments);
    }

    /**
     * An import declaration.
     *
     * @param name the name imported, without {@code .*}: {@code java.util.List}, {@code java.util}
     * @param isStatic whether it is {@code import static}
     * @param onDemand whether it ends in {@code .*}
     * @param line the line it starts on
     */
    public record Import(String name, boolean isStatic, boolean onDemand, int line) {
    }
}
