package dev.opctl.crd.syntax;

/**
 * What an expression in parentheses is to a call made on it, which JavaParser's reader takes as made on the
 * expression itself ({@code (client).pods()} as {@code client.pods()}): its scope, as for a call on a name.
 *
 * @param scope the (qualified) name in the parentheses, or the field's of {@code this.name} and
 *     {@code super.name}; else null
 * @param field whether {@code scope} is that field's name
 * @param call whether the expression is a call or a {@code new}, which the call is made on what it returns
 */
record Parentheses(String scope, boolean field, boolean call) {
    static final Parentheses NONE = new Parentheses(null, false, false);

    /**
     * Of {@code inner}, read from token {@code from} to the closing parenthesis at token {@code to} of
     * {@code reader}; parentheses in parentheses are taken away.
     */
    static Parentheses of(TypeReader reader, int from, int to, Expr inner) {
        while (inner instanceof Expr.Parenthesized parenthesized) {
            inner = parenthesized.inner();
            from++;
            to--;
        }
        if (inner instanceof Expr.Name name) {
            return new Parentheses(name.name(), false, false);
        }
        if (inner instanceof Expr.FieldAccess access) {
            return new Parentheses(access.scope() + "." + access.name(), false, false);
        }
        if (to - from == 3 && (reader.isWordAt(from, "this") || reader.isWordAt(from, "super"))
                && reader.isAt(from + 1, ".") && reader.isIdentifierAt(from + 2)) {
            return new Parentheses(reader.texts[from + 2], true, false);
        }
        return new Parentheses(null, false, inner instanceof Expr.Other && reader.isAt(to - 1, ")"));
    }
}
