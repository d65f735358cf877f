package dev.opctl.crd;

import dev.opctl.crd.syntax.TypeDecl;
import java.util.List;

/**
 * Where a name is written in the sources, for resolving it: inside type {@code type} (its file's
 * imports and package, its enclosing types), and inside a method or constructor whose type
 * parameters are {@code typeVariables} (none outside one).
 *
 * @param line the line it is written on, for messages
 */
record Scope(TypeDecl type, List<String> typeVariables, int line) {
    Scope {
        typeVariables = List.copyOf(typeVariables);
    }

    /** In {@code type}, outside any method, at {@code line}. */
    static Scope in(TypeDecl type, int line) {
        return new Scope(type, List.of(), line);
    }

    /** In {@code type}, at its declaration. */
    static Scope of(TypeDecl type) {
        return in(type, type.line());
    }

    /** In {@code method} of {@code type}, whose type parameters it sees, at the method's line. */
    static Scope in(TypeDecl type, TypeDecl.Method method) {
        return new Scope(type, method.typeParameters().stream().map(TypeDecl.TypeParameter::name).toList(),
                method.line());
    }

    /** The same place, at {@code other}'s line. */
    Scope at(int other) {
        return new Scope(type, typeVariables, other);
    }
}
