package dev.opctl.crd;

import dev.opctl.crd.model.Modifier;
import dev.opctl.crd.syntax.TypeDecl;
import dev.opctl.crd.syntax.TypeExpr;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The methods of a type of the sources by the lines of their code: which one a call is in. The RBAC
 * inference leaves out what a method of a helper class that no code runs calls on the client.
 */
public final class MethodLines {
    private final TypeDecl type;
    private final List<Method> methods;

    private MethodLines(TypeDecl type) {
        this.type = type;
        this.methods = type.methods().stream().filter(TypeDecl.Method::hasBody).map(m -> new Method(m.name(),
                m.modifiers(), !m.annotations().isEmpty(), m.line(), m.endLine(), m.parameters().size(),
                !m.parameters().isEmpty() && m.parameters().get(m.parameters().size() - 1).type()
                instanceof TypeExpr.ArrayOf)).toList();
    }

    /**
     * A method with a body.
     *
     * @param modifiers the modifiers written that the model knows
     * @param annotated whether an annotation is written on it ({@code @Override}, a framework's)
     * @param line the line of its first token
     * @param endLine the line of its last token
     * @param parameters how many parameters it has
     * @param array whether its last parameter is an array (varargs, or not: a call of it may have another number of
     *     arguments)
     */
    public record Method(String name, Set<Modifier> modifiers, boolean annotated, int line, int endLine,
            int parameters, boolean array) {
        public Method {
            modifiers = Set.copyOf(modifiers);
        }

        /** Whether a call of its name with {@code arguments} arguments (-1: a method reference, any) may be of it. */
        public boolean takes(int arguments) {
            return arguments < 0 || arguments == parameters || array && arguments >= parameters - 1;
        }
    }

    /** Those of the type {@code qualifiedName}, if the sources declare it. */
    public static Optional<MethodLines> of(SourceModel model, String qualifiedName) {
        return model.index().type(qualifiedName).map(MethodLines::new);
    }

    /** Its methods with a body, in the order written. */
    public List<Method> methods() {
        return methods;
    }

    /**
     * The method whose code {@code line} is in: empty where it is none's (a field's initializer, a constructor's
     * code), or where another member starts or ends on the method's first or last line (code on one line: which
     * member a call is in is not told).
     */
    public Optional<Method> at(int line) {
        for (Method method : methods) {
            if (method.line() < line && line < method.endLine()
                    || (line == method.line() || line == method.endLine()) && alone(method, line)) {
                return Optional.of(method);
            }
        }
        return Optional.empty();
    }

    /** Whether no member of the type but {@code method} starts or ends on {@code line}. */
    private boolean alone(Method method, int line) {
        return type.methods().stream().filter(m -> m.line() != method.line() || !m.name().equals(method.name()))
                .noneMatch(m -> m.line() == line || m.endLine() == line)
                && type.fields().stream().noneMatch(f -> f.line() == line)
                && type.constructors().stream().noneMatch(c -> c.line() == line)
                && type.nested().stream().noneMatch(n -> n.line() == line)
                && type.constants().stream().noneMatch(c -> c.line() == line);
    }
}
