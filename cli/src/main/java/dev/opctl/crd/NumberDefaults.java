package dev.opctl.crd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;

/**
 * A number default as the property's Java type holds it, for {@link DefaultRule}: a value the type
 * cannot hold, which Jackson would refuse or change when it reads the object, is refused with the reason
 * (fabric8 refuses some, {@code 2147483648} on an {@code int}, and changes others: {@code 200} on a
 * {@code byte} is -56, {@code 16777217} on a {@code float} 16777216). Other types (a type variable,
 * an {@code AtomicLong}) keep a {@code long}'s and a {@code double}'s limits.
 */
final class NumberDefaults {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final long[] BYTE = {Byte.MIN_VALUE, Byte.MAX_VALUE};
    private static final long[] SHORT = {Short.MIN_VALUE, Short.MAX_VALUE};
    private static final long[] INT = {Integer.MIN_VALUE, Integer.MAX_VALUE};
    /** The integer types narrower than a long by name, with their least and greatest values. */
    private static final Map<String, long[]> INTEGERS = Map.of("byte", BYTE, "java.lang.Byte", BYTE, "short", SHORT,
            "java.lang.Short", SHORT, "int", INT, "java.lang.Integer", INT);
    /** Types that hold any integer: Jackson reads one beyond a long as a BigInteger into a Number. */
    private static final String BIG_INTEGER = "java.math.BigInteger";
    private static final String NUMBER = "java.lang.Number";

    private NumberDefaults() {
    }

    /** A number the property's type cannot hold as written; the message says why ("is out of int's range ..."). */
    static final class Unfit extends RuntimeException {
        Unfit(String reason) {
            super(reason, null, false, false);
        }
    }

    /**
     * The integer {@code exact} as a field of {@code javaType} holds it.
     *
     * @throws Unfit saying why it holds none
     */
    static JsonNode integer(BigInteger exact, String javaType) {
        long[] range = javaType == null ? null : INTEGERS.get(javaType);
        if (range != null && (exact.compareTo(BigInteger.valueOf(range[0])) < 0
                || exact.compareTo(BigInteger.valueOf(range[1])) > 0)) {
            throw new Unfit(String.format("is out of %s's range (%d to %d); write a value in it, "
                    + "or make the field a%s", simpleName(javaType), range[0], range[1], wider(exact)));
        }
        if (exact.bitLength() < 64) {
            return JSON.numberNode(exact.longValue());
        }
        if (javaType != null && (javaType.equals(BIG_INTEGER) || javaType.equals(NUMBER))) {
            return JSON.numberNode(exact);
        }
        String type = "java.lang.Long".equals(javaType) ? "Long" : "long"; // or a type that holds no more
        throw new Unfit(String.format("is out of %s's range (%d to %d); write a value in it, or make the field a "
                + "BigInteger", type, Long.MIN_VALUE, Long.MAX_VALUE));
    }

    /**
     * The number {@code exact} as a field of {@code javaType} holds it, written at double precision as
     * fabric8 writes it (one written as an integer on a {@code Number} exactly, as Jackson reads it).
     *
     * @throws Unfit saying why it holds none, or another value than written
     */
    static JsonNode decimal(BigDecimal exact, String javaType) {
        if (NUMBER.equals(javaType) && exact.scale() == 0) { // written as an integer: 3, not 3.0 or 1e3
            return integer(exact.toBigIntegerExact(), javaType);
        }
        boolean isFloat = "float".equals(javaType) || "java.lang.Float".equals(javaType);
        boolean isDouble = "double".equals(javaType) || "java.lang.Double".equals(javaType);
        double value = exact.doubleValue();
        if (isFloat && Float.isInfinite((float) value) || Double.isInfinite(value)) {
            throw new Unfit(isFloat || isDouble
                    ? String.format("is beyond %s's range (largest %s); write a smaller one", simpleName(javaType),
                            isFloat ? String.valueOf(Float.MAX_VALUE) : String.valueOf(Double.MAX_VALUE))
                    : "is beyond the numbers the API server reads (a 64-bit float: largest " + Double.MAX_VALUE
                            + "); write a smaller one");
        }
        String held = isFloat ? Float.toString((float) value) : Double.toString(value);
        if ((isFloat || isDouble) && new BigDecimal(held).compareTo(exact) != 0) {
            throw new Unfit(String.format("is %s as a %s, which Jackson reads instead; write "
                    + "that, or make the field a %s", held, simpleName(javaType), isFloat ? "double" : "BigDecimal"));
        }
        return JSON.numberNode(isFloat ? Double.parseDouble(held) : value);
    }

    /** The narrowest integer type that holds {@code value}, after "a": " short", "n int", " long", " BigInteger". */
    private static String wider(BigInteger value) {
        int bits = value.bitLength();
        return bits < 16 ? " short" : bits < 32 ? "n int" : bits < 64 ? " long" : " BigInteger";
    }

    /** Whether {@code value} is a whole number ({@code 2.0}, {@code 1e3} too). */
    static boolean isIntegral(BigDecimal value) {
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }

    private static String simpleName(String javaType) {
        return javaType.substring(javaType.lastIndexOf('.') + 1);
    }
}
