package dev.opctl.crd.syntax;

import static dev.opctl.crd.syntax.JavaLexer.CHAR;
import static dev.opctl.crd.syntax.JavaLexer.DOUBLE;
import static dev.opctl.crd.syntax.JavaLexer.INT;
import static dev.opctl.crd.syntax.JavaLexer.LONG;
import static dev.opctl.crd.syntax.JavaLexer.STRING;
import static dev.opctl.crd.syntax.JavaLexer.SYMBOL;
import static dev.opctl.crd.syntax.JavaLexer.WORD;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The second layer of {@link DeclarationReader}: expressions, into {@link Expr} records whose
 * text is the source from their first token to their last. The subset's expressions are literals
 * (not text blocks), names, field accesses, class literals, method calls, {@code new C(...)}
 * without a body, prefix {@code - + ! ~}, binary operators, {@code ?:}, parentheses and casts to
 * primitive types; lambdas, method references, assignments inside expressions, {@code instanceof},
 * array access and creation, {@code ++}/{@code --}, generic calls, anonymous classes and casts to
 * reference types leave it.
 *
 * <p>Every method call read is put in {@link #calls}, in JavaParser's pre-order: a call before the
 * calls in its target and its arguments.
 */
abstract class ExpressionReader extends TypeReader {
    /** How tightly each binary operator binds, loosest 0. */
    private static final Map<String, Integer> PRECEDENCE = Map.ofEntries(Map.entry("||", 0), Map.entry("&&", 1),
            Map.entry("|", 2), Map.entry("^", 3), Map.entry("&", 4), Map.entry("==", 5), Map.entry("!=", 5),
            Map.entry("<", 6), Map.entry(">", 6), Map.entry("<=", 6), Map.entry(">=", 6), Map.entry("<<", 7),
            Map.entry(">>", 7), Map.entry(">>>", 7), Map.entry("+", 8), Map.entry("-", 8), Map.entry("*", 9),
            Map.entry("/", 9), Map.entry("%", 9));
    /** The calls of the type being read (see {@link TypeDecl#calls()}). */
    List<TypeDecl.Call> calls = new ArrayList<>();
    /** What is read of the arguments of calls, and the variables of the code read. */
    final CallArguments read = new CallArguments();
    /** Inside an annotation, where a call is not Java (and would not be the type's code): leaves the subset. */
    private int inAnnotation;
    /** How the word primary read last made its value ({@code new T(...)}, {@code m(...)}), else null. */
    private TypeDecl.Made primaryMade;

    ExpressionReader(JavaLexer lexer) {
        super(lexer);
    }

    /** An expression where a value is expected: not followed by an assignment or an arrow. */
    final Expr expression() {
        Expr expression = conditional();
        if (kinds[pos] == SYMBOL && (texts[pos].endsWith("=") && !texts[pos].equals("==")
                && !texts[pos].equals("!=") && !texts[pos].equals("<=") || is("->"))) {
            throw outside(); // assignments and lambdas inside expressions
        }
        return expression;
    }

    /** A field's initializer: an expression or {@code {...}} of them. */
    final Expr initializer() {
        if (!is("{")) {
            return expression();
        }
        int begin = pos++;
        List<Expr> values = new ArrayList<>();
        while (!is("}")) {
            values.add(initializer());
            if (!accept(",")) {
                break;
            }
        }
        expect("}");
        return new Expr.ArrayInit(values, source(begin, pos - 1), lines[begin]);
    }

    @Override
    final Expr memberValue() {
        int begin = pos;
        if (is("@")) {
            inAnnotation++;
            Annotation annotation = annotation();
            inAnnotation--;
            return new Expr.AnnotationValue(annotation, source(begin, pos - 1), lines[begin]);
        }
        if (accept("{")) {
            List<Expr> values = new ArrayList<>();
            while (!is("}")) {
                values.add(memberValue());
                if (!accept(",")) {
                    break;
                }
            }
            expect("}");
            return new Expr.ArrayInit(values, source(begin, pos - 1), lines[begin]);
        }
        inAnnotation++;
        Expr value = conditional();
        inAnnotation--;
        return value;
    }

    private Expr conditional() {
        int begin = pos;
        Expr condition = binary(0);
        if (!accept("?")) {
            return condition;
        }
        Expr then = expression();
        expect(":");
        Expr otherwise = conditional();
        return new Expr.Conditional(condition, then, otherwise, source(begin, pos - 1), lines[begin]);
    }

    /** Binary operators of precedence {@code level} or tighter, left to right, as JavaParser nests them. */
    private Expr binary(int level) {
        int begin = pos;
        Expr left = unary();
        while (true) {
            String operator = binaryOperator();
            int precedence = operator == null ? -1 : PRECEDENCE.getOrDefault(operator, -1);
            if (precedence < level) {
                return left;
            }
            pos += operator.equals(">=") || operator.equals(">>") ? 2 : operator.equals(">>>") ? 3 : 1;
            Expr right = binary(precedence + 1);
            left = new Expr.Binary(operator, left, right, source(begin, pos - 1), lines[begin]);
        }
    }

    /** The binary operator at the current token, with {@code >}s put back together ({@code >=}, {@code >>}). */
    private String binaryOperator() {
        if (kinds[pos] != SYMBOL) {
            if (isWord("instanceof")) {
                throw outside();
            }
            return null;
        }
        String symbol = texts[pos];
        if (symbol.equals(">")) {
            if (isAt(pos + 1, ">") && adjacent(pos + 1)) {
                if (isAt(pos + 2, ">") && adjacent(pos + 2)) {
                    return isAt(pos + 3, "=") && adjacent(pos + 3) ? null : ">>>";
                }
                return isAt(pos + 2, "=") && adjacent(pos + 2) ? null : ">>";
            }
            if (isAt(pos + 1, "=") && adjacent(pos + 1)) {
                return isAt(pos + 2, "=") && adjacent(pos + 2) ? null : ">=";
            }
        }
        return symbol;
    }

    private Expr unary() {
        int begin = pos;
        if (is("-") || is("+") || is("!") || is("~")) {
            String operator = texts[pos++];
            Expr operand = unary();
            return new Expr.Unary(operator, operand, source(begin, pos - 1), lines[begin]);
        }
        if (is("++") || is("--")) {
            throw outside();
        }
        Expr primary = primary();
        if (is("++") || is("--") || is("[") || is("::")) {
            throw outside();
        }
        return primary;
    }

    /**
     * A primary expression and the field accesses and calls after it. While it is a (qualified)
     * name, {@code path} is that name, the scope of a call or field access on it.
     */
    final Expr primary() {
        int begin = pos;
        int mark = calls.size();
        Expr expression;
        String path = null;
        switch (kinds[pos]) {
            case INT, LONG, DOUBLE, STRING, CHAR -> {
                String literal = source(pos, pos);
                Object value = switch (kinds[pos]) {
                    case INT, LONG -> Literals.integer(literal);
                    case DOUBLE -> Literals.floating(literal);
                    case STRING -> Literals.string(literal.substring(1, literal.length() - 1));
                    default -> Literals.character(literal.substring(1, literal.length() - 1));
                };
                expression = new Expr.Literal(value, literal, lines[pos]);
                pos++;
            }
            case SYMBOL -> {
                if (!is("(")) {
                    throw outside();
                }
                return parenthesized();
            }
            case WORD -> {
                primaryMade = null;
                expression = wordPrimary();
                if (expression instanceof Expr.Name name) {
                    path = name.name();
                }
            }
            default -> throw outside();
        }
        CallArguments.Making made = new CallArguments.Making(kinds[begin] == WORD ? primaryMade : null,
                isWordAt(begin, "this") && pos == begin + 1, isWordAt(begin, "super") && pos == begin + 1);
        // A word primary that put a call first is a call: name(...), new C(...).
        boolean onCall = calls.size() > mark && kinds[begin] == WORD;
        while (accept(".")) {
            String name = identifier(); // .this, .new, .class of an expression, generic calls leave
            if (is("(")) {
                String scope = path;
                String field = made.field(); // this.client.pods(): on the field client
                List<Expr> arguments = call(mark, begin, field != null ? field : scope, name, onCall, field != null);
                made.called(name, arguments, scope, read.parameters());
                onCall = true;
                path = null;
                expression = new Expr.Other(source(begin, pos - 1), lines[begin]);
                read.called(expression, scope, name, arguments);
            } else if (path != null) {
                made.accessed(name);
                expression = new Expr.FieldAccess(path, name, source(begin, pos - 1), lines[begin]);
                path = path + "." + name;
            } else {
                made.accessed(name);
                onCall = false;
                expression = new Expr.Other(source(begin, pos - 1), lines[begin]);
            }
        }
        if (path != null) {
            read.name(path);
        }
        read.made(expression, made.made());
        return expression;
    }

    /**
     * A call of {@code method} on {@code scope} (a name, or null; a {@code field}'s name for {@code this.name})
     * whose arguments start at the current token: put before the calls of its target, which start at
     * {@code mark}. Returns its arguments.
     */
    final List<Expr> call(int mark, int begin, String scope, String method, boolean onCall, boolean field) {
        if (inAnnotation > 0) {
            throw outside();
        }
        calls.add(mark, null);
        List<Expr> arguments = arguments();
        calls.set(mark, new TypeDecl.Call(scope, method, arguments.stream().map(a -> read.argument(a, mark)).toList(),
                lines[begin], onCall, read.target(scope, method, field), null, null));
        return arguments;
    }

    /** {@code (inner)}, or a cast to a primitive type; a cast to another type or a lambda leaves. */
    private Expr parenthesized() {
        int begin = pos++;
        int mark = calls.size();
        if (kinds[pos] == WORD && PRIMITIVES.contains(texts[pos])) {
            TypeExpr type = type();
            expect(")");
            Expr operand = unary();
            return new Expr.Cast(type, operand, source(begin, pos - 1), lines[begin]);
        }
        if (is(")")) {
            throw outside(); // a lambda
        }
        Expr inner = expression();
        expect(")");
        if (kinds[pos] == WORD && !isWord("instanceof") || kinds[pos] >= INT && kinds[pos] <= STRING || is("(")
                || is("->")) {
            throw outside(); // a cast, or a lambda
        }
        Expr expression = new Expr.Parenthesized(inner, source(begin, pos - 1), lines[begin]);
        Parentheses around = Parentheses.of(this, begin + 1, pos - 1, inner); // (client).pods(): as client.pods()
        boolean onCall = around.call();
        TypeDecl.Made made = null; // (f()).g(), (x).get(): made by g, get on another's value
        while (accept(".")) {
            String name = identifier();
            made = is("(") ? TypeDecl.Made.onValue(name, call(mark, begin, around.scope(), name, onCall,
                    around.field()).size()) : null;
            around = Parentheses.NONE;
            onCall = isAt(pos - 1, ")");
            expression = new Expr.Other(source(begin, pos - 1), lines[begin]);
        }
        read.made(expression, made);
        return expression;
    }

    private Expr wordPrimary() {
        int begin = pos;
        String word = texts[pos];
        switch (word) {
            case "true", "false" -> {
                pos++;
                return new Expr.Literal(word.equals("true"), word, lines[begin]);
            }
            case "null" -> {
                pos++;
                return new Expr.Other(word, lines[begin]);
            }
            case "void" -> {
                if (!(isAt(pos + 1, ".") && isWordAt(pos + 2, "class"))) {
                    throw outside();
                }
                pos += 3;
                return new Expr.ClassLiteral(new TypeExpr.Primitive("void"), source(begin, pos - 1), lines[begin]);
            }
            case "this", "super" -> { // this.x, super.name(); not this(...) or super(...)
                pos++;
                if (is("(")) {
                    throw outside();
                }
                return new Expr.Other(word, lines[begin]);
            }
            case "new" -> {
                pos++;
                if (is("<") || kinds[pos] == WORD && PRIMITIVES.contains(texts[pos])) {
                    throw outside();
                }
                TypeExpr.ClassType type = classType(List.of());
                if (!is("(")) {
                    throw outside(); // arrays
                }
                call(calls.size(), begin, type.name(), "new", false, false);
                if (is("{")) {
                    throw outside(); // anonymous classes
                }
                primaryMade = new TypeDecl.Made(type, false, null, 0);
                return new Expr.Other(source(begin, pos - 1), lines[begin]);
            }
            default -> {
                if (PRIMITIVES.contains(word) || !RESERVED.contains(word)) {
                    Expr literal = classLiteral();
                    if (literal != null) {
                        return literal;
                    }
                }
                String name = identifier();
                if (is("(")) {
                    primaryMade = new TypeDecl.Made(null, false, name, call(calls.size(), begin, null, name, false, false)
                            .size());
                    return new Expr.Other(source(begin, pos - 1), lines[begin]);
                }
                return new Expr.Name(name, name, lines[begin]);
            }
        }
    }

    /** {@code Type.class} when that is what follows, else null with nothing consumed. */
    private Expr classLiteral() {
        int begin = pos;
        int end = begin;
        // A quick look ahead: names, dots, type arguments and brackets up to ". class".
        int depth = 0;
        while (end < count) {
            if (kinds[end] == WORD) {
                if (texts[end].equals("class")) {
                    break;
                }
            } else if (isAt(end, "<")) {
                depth++;
            } else if (isAt(end, ">")) {
                depth--;
            } else if (!(isAt(end, ".") || isAt(end, "[") || isAt(end, "]") || depth > 0 && (isAt(end, ",")
                    || isAt(end, "?")))) {
                return null;
            }
            end++;
        }
        if (end >= count || !isAt(end - 1, ".") || depth != 0) {
            return null;
        }
        TypeExpr type = type();
        if (pos != end - 1) {
            throw outside();
        }
        pos += 2;
        return new Expr.ClassLiteral(type, source(begin, pos - 1), lines[begin]);
    }

    /** {@code (a, b)}: a method's, a constructor's or an enum constant's arguments. */
    final List<Expr> arguments() {
        expect("(");
        if (accept(")")) {
            return List.of();
        }
        List<Expr> arguments = new ArrayList<>(2);
        do {
            read.begin(calls.size());
            try {
                arguments.add(read.end(expression(), calls.size()));
            } catch (RuntimeException e) {
                read.abandon();
                throw e;
            }
        } while (accept(","));
        expect(")");
        return arguments;
    }
}
