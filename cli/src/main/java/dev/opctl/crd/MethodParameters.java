package dev.opctl.crd;

import dev.opctl.crd.syntax.TypeDecl;
import java.util.List;
import java.util.Optional;

/**
 * The parameter of a method of the sources that a name in its body is: the RBAC inference follows a
 * {@code Class<R>} parameter given to {@code client.resources(type)} to the calls of its method.
 */
public final class MethodParameters {
    private MethodParameters() {
    }

    /**
     * A parameter: of the method {@code method} of {@code type}, which takes {@code arity} parameters, the
     * one at {@code index}.
     */
    public record Parameter(String type, String method, int arity, int index) {
    }

    /**
     * The parameter named {@code name} of the method of {@code qualifiedName} whose code a call at
     * {@code location} ({@code File.java:12}) is in: the first method whose lines hold that line. Empty where
     * that is no method's, or its method has no such parameter (a field's initializer, a constructor, a local
     * variable).
     */
    public static Optional<Parameter> of(SourceModel model, String qualifiedName, String location, String name) {
        int line = line(location);
        if (line == 0) {
            return Optional.empty();
        }
        TypeDecl type = model.index().type(qualifiedName).orElse(null);
        if (type == null) {
            return Optional.empty();
        }
        TypeDecl.Method enclosing = type.methods().stream()
                .filter(m -> m.hasBody() && m.line() <= line && line <= m.endLine()).findFirst().orElse(null);
        if (enclosing == null) {
            return Optional.empty();
        }
        for (int i = 0; i < enclosing.parameters().size(); i++) {
            if (enclosing.parameters().get(i).name().equals(name)) {
                return Optional.of(new Parameter(qualifiedName, enclosing.name(), enclosing.parameters().size(), i));
            }
        }
        return Optional.empty();
    }

    /** The line of a call's location ({@code File.java:12} gives 12); 0 for one without. */
    public static int line(String location) {
        int colon = location.lastIndexOf(':');
        return colon < 0 || !location.substring(colon + 1).matches("[0-9]{1,9}") ? 0
                : Integer.parseInt(location.substring(colon + 1));
    }
}
