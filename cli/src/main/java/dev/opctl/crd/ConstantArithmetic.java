package dev.opctl.crd;

/**
 * Java's arithmetic on constants, as javac folds them (JLS 15.29): values are a String, Boolean,
 * Character, Integer (also a byte's or short's value), Long, Float or Double, and every operation
 * keeps Java's types: an int overflows as an int, {@code 7 / 2} is 3, {@code 0.1f} stays a float
 * until it is widened. Null stands for "not a constant" (an unknown operand, a division by zero).
 */
final class ConstantArithmetic {
    private ConstantArithmetic() {
    }

    /**
     * The value of a literal of the sources: an int literal is an Integer (the readers give every
     * integer literal as a Long), a float literal ({@code 1.5f}) a Float.
     */
    static Object literal(Object value, String text) {
        char last = text.isEmpty() ? ' ' : Character.toLowerCase(text.charAt(text.length() - 1));
        if (value instanceof Long l && last != 'l') {
            return (int) l.longValue();
        }
        if (value instanceof Double && last == 'f') {
            return Float.parseFloat(text.replace("_", ""));
        }
        return value;
    }

    /** {@code (type) value} for a primitive type or String; null for any other cast. */
    static Object cast(String type, Object value) {
        if (value instanceof Boolean) {
            return type.equals("boolean") ? value : null;
        }
        if (value instanceof String) {
            return type.equals("String") || type.equals("java.lang.String") ? value : null;
        }
        Number n = promoted(value);
        if (n == null) {
            return null;
        }
        boolean integral = n instanceof Integer || n instanceof Long;
        return switch (type) {
            case "byte" -> (int) (byte) (integral ? n.longValue() : (long) (int) n.doubleValue());
            case "short" -> (int) (short) (integral ? n.longValue() : (long) (int) n.doubleValue());
            case "char" -> (char) (integral ? n.longValue() : (long) (int) n.doubleValue());
            case "int" -> integral ? (int) n.longValue() : (int) n.doubleValue();
            case "long" -> integral ? n.longValue() : (long) n.doubleValue();
            case "float" -> integral ? (float) n.longValue() : n.floatValue();
            case "double" -> integral ? (double) n.longValue() : n.doubleValue();
            default -> null;
        };
    }

    /** A prefix operator: {@code + - ~ !}. */
    static Object unary(String operator, Object value) {
        if (operator.equals("!")) {
            return value instanceof Boolean b ? !b : null;
        }
        Number n = promoted(value);
        if (n == null) {
            return null;
        }
        return switch (operator) {
            case "+" -> n;
            case "-" -> n instanceof Integer i ? (Object) (-i) : n instanceof Long l ? (Object) (-l)
                    : n instanceof Float f ? (Object) (-f) : (Object) (-n.doubleValue());
            case "~" -> n instanceof Integer i ? (Object) (~i) : n instanceof Long l ? (Object) (~l) : null;
            default -> null;
        };
    }

    /** A binary operator: string concatenation, arithmetic, shifts, bitwise and logical operators, comparisons. */
    static Object binary(String operator, Object left, Object right) {
        if (left == null || right == null) {
            return null;
        }
        if (operator.equals("+") && (left instanceof String || right instanceof String)) {
            return String.valueOf(left) + right; // Float, Double and Character print as javac folds them
        }
        if (left instanceof String a && right instanceof String b) {
            // Constant strings are interned: == between two is equality, as javac folds it.
            return operator.equals("==") ? (Object) a.equals(b) : operator.equals("!=") ? (Object) !a.equals(b) : null;
        }
        if (left instanceof Boolean a && right instanceof Boolean b) {
            return switch (operator) {
                case "&&", "&" -> a && b;
                case "||", "|" -> a || b;
                case "^", "!=" -> a ^ b;
                case "==" -> a.equals(b);
                default -> null;
            };
        }
        Number a = promoted(left);
        Number b = promoted(right);
        if (a == null || b == null) {
            return null;
        }
        if (operator.equals("<<") || operator.equals(">>") || operator.equals(">>>")) {
            return shift(operator, a, b);
        }
        if (a instanceof Double || b instanceof Double) {
            return floating(operator, a.doubleValue(), b.doubleValue(), false);
        }
        if (a instanceof Float || b instanceof Float) {
            return floating(operator, a.floatValue(), b.floatValue(), true);
        }
        if (a instanceof Long || b instanceof Long) {
            return integral(operator, a.longValue(), b.longValue(), false);
        }
        return integral(operator, a.longValue(), b.longValue(), true);
    }

    /**
     * {@code condition ? then : otherwise}: two numbers of different types give the one chosen in
     * the wider type ({@code true ? 1 : 2.0} is 1.0).
     */
    static Object conditional(Object condition, Object then, Object otherwise) {
        if (!(condition instanceof Boolean chosen) || then == null || otherwise == null) {
            return null;
        }
        Object value = chosen ? then : otherwise;
        Number a = promoted(then);
        Number b = promoted(otherwise);
        if (a == null || b == null || then.getClass() == otherwise.getClass()) {
            return value;
        }
        String wider = a instanceof Double || b instanceof Double ? "double" : a instanceof Float || b instanceof Float
                ? "float" : a instanceof Long || b instanceof Long ? "long" : "int";
        return cast(wider, value);
    }

    /** A char as the int it promotes to; a number as it is; null for anything else. */
    private static Number promoted(Object value) {
        if (value instanceof Character c) {
            return (int) c;
        }
        return value instanceof Integer || value instanceof Long || value instanceof Float || value instanceof Double
                ? (Number) value : null;
    }

    private static Object shift(String operator, Number value, Number distance) {
        if (value instanceof Float || value instanceof Double || distance instanceof Float
                || distance instanceof Double) {
            return null;
        }
        long by = distance.longValue();
        if (value instanceof Integer i) {
            return switch (operator) {
                case "<<" -> i << by;
                case ">>" -> i >> by;
                default -> i >>> by;
            };
        }
        long l = value.longValue();
        return switch (operator) {
            case "<<" -> l << by;
            case ">>" -> l >> by;
            default -> l >>> by;
        };
    }

    /**
     * An operation on two ints (as {@code asInt}) or two longs. An int result is the long one's low
     * 32 bits, which is what int arithmetic gives (an overflow, {@code MIN_VALUE / -1}, included).
     */
    private static Object integral(String operator, long a, long b, boolean asInt) {
        Boolean compared = compare(operator, Long.compare(a, b));
        if (compared != null) {
            return compared;
        }
        if ((operator.equals("/") || operator.equals("%")) && b == 0) {
            return null; // javac: division by zero is not a constant
        }
        Long result = switch (operator) {
            case "+" -> a + b;
            case "-" -> a - b;
            case "*" -> a * b;
            case "/" -> a / b;
            case "%" -> a % b;
            case "&" -> a & b;
            case "|" -> a | b;
            case "^" -> a ^ b;
            default -> null;
        };
        return result == null || !asInt ? result : (Object) result.intValue();
    }

    /** An operation on two floats (as {@code asFloat}) or two doubles, computed in the type. */
    private static Object floating(String operator, double a, double b, boolean asFloat) {
        Boolean compared = switch (operator) {
            case "<" -> a < b;
            case ">" -> a > b;
            case "<=" -> a <= b;
            case ">=" -> a >= b;
            case "==" -> a == b;
            case "!=" -> a != b;
            default -> null;
        };
        if (compared != null) {
            return compared;
        }
        if (asFloat) {
            float x = (float) a;
            float y = (float) b;
            return switch (operator) {
                case "+" -> x + y;
                case "-" -> x - y;
                case "*" -> x * y;
                case "/" -> x / y;
                case "%" -> x % y;
                default -> null;
            };
        }
        return switch (operator) {
            case "+" -> a + b;
            case "-" -> a - b;
            case "*" -> a * b;
            case "/" -> a / b;
            case "%" -> a % b;
            default -> null;
        };
    }

    private static Boolean compare(String operator, int comparison) {
        return switch (operator) {
            case "<" -> comparison < 0;
            case ">" -> comparison > 0;
            case "<=" -> comparison <= 0;
            case ">=" -> comparison >= 0;
            case "==" -> comparison == 0;
            case "!=" -> comparison != 0;
            default -> null;
        };
    }
}
