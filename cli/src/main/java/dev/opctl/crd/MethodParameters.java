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
     * {@code location} ({@code File.java:12}) is in: the method declared last at or before that line, the
     * code of a class being its methods one after another. Empty where no method declared before it has
     * such a parameter (a field's initializer before the first method, a constructor, a local variable).
     */
    public static Optional<Parameter> of(SourceModel model, String qualifiedName, String location, String name) {
        int colon = location.lastIndexOf(':');
        if (colon < 0 || !location.substring(colon + 1).matches("[0-9]{1,9}")) {
            return Optional.empty();
        }
        int line = Integer.parseInt(location.substring(colon + 1));
        TypeDecl type = model.index().type(qualifiedName).orElse(null);
        if (type == null) {
            return Optional.empty();
        }
        TypeDecl.Method enclosing = null;
        for (TypeDecl.Method method : type.methods()) {
            if (method.hasBody() && method.line() <= line && (enclosing == null || method.line() > enclosing.line())) {
                enclosing = method;
            }
        }
        int start = enclosing == null ? -1 : enclosing.line();
        // A constructor declared after that method and before the line is where the call is.
        if (enclosing == null || type.constructors().stream().anyMatch(c -> c.line() > start && c.line() <= line)) {
            return Optional.empty();
        }
        for (int i = 0; i < enclosing.parameters().size(); i++) {
            if (enclosing.parameters().get(i).name().equals(name)) {
                return Optional.of(new Parameter(qualifiedName, enclosing.name(), enclosing.parameters().size(), i));
            }
        }
        return Optional.empty();
    }
}
