package dev.opctl.crd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Constant folding as javac does it: each value keeps its Java type. */
class ConstantArithmeticTest {
    @Test
    void anIntLiteralIsAnIntAndAFloatLiteralAFloat() {
        assertEquals(7, ConstantArithmetic.literal(7L, "7"));
        assertEquals(7L, ConstantArithmetic.literal(7L, "7L"));
        assertEquals(-1, ConstantArithmetic.literal(-1L, "0xFFFFFFFF"));
        assertEquals(0.1f, ConstantArithmetic.literal(0.1, "0.1F"));
        assertEquals(1.5, ConstantArithmetic.literal(1.5, "1.5d"));
        assertEquals('c', ConstantArithmetic.literal('c', "'c'"));
    }

    @Test
    void intArithmeticOverflowsAsAnIntAndLongArithmeticDoesNot() {
        assertEquals(Integer.MIN_VALUE, ConstantArithmetic.binary("+", Integer.MAX_VALUE, 1));
        // javac folds == and != on constant strings (interned) to equality: static final boolean B = S == "a".
        assertEquals(true, ConstantArithmetic.binary("==", "a", "a"));
        assertEquals(false, ConstantArithmetic.binary("==", "a", "b"));
        assertEquals(true, ConstantArithmetic.binary("!=", "a", "b"));
        assertEquals(null, ConstantArithmetic.binary("<", "a", "b"));
        assertEquals(2147483648L, ConstantArithmetic.binary("+", (long) Integer.MAX_VALUE, 1));
        assertEquals(3, ConstantArithmetic.binary("/", 7, 2));
        assertEquals(Integer.MIN_VALUE, ConstantArithmetic.binary("/", Integer.MIN_VALUE, -1));
        assertEquals(-2147483648L * -1, ConstantArithmetic.binary("*", (long) Integer.MIN_VALUE, -1));
        assertEquals(-1, ConstantArithmetic.binary("%", -7, 3));
        assertNull(ConstantArithmetic.binary("/", 1, 0), "javac: not a constant");
        assertEquals(Double.POSITIVE_INFINITY, ConstantArithmetic.binary("/", 1.0, 0));
    }

    @Test
    void aFloatStaysAFloatUntilWidened() {
        Object product = ConstantArithmetic.binary("*", 0.1f, 3);
        assertEquals(0.1f * 3, product);
        assertEquals(0.30000001192092896, ((Number) product).doubleValue());
        assertEquals(0.1f + 0.2, ConstantArithmetic.binary("+", 0.1f, 0.2));
    }

    @Test
    void charsPromoteToIntsExceptInStrings() {
        assertEquals(98, ConstantArithmetic.binary("+", 'a', 1));
        assertEquals("a1", ConstantArithmetic.binary("+", ConstantArithmetic.binary("+", "", 'a'), 1));
        assertEquals("0.1" + 0.1f + Long.MIN_VALUE + true, ConstantArithmetic.binary("+",
                ConstantArithmetic.binary("+", ConstantArithmetic.binary("+", "0.1", 0.1f), Long.MIN_VALUE), true));
    }

    @Test
    void shiftsBitwiseAndUnaryOperatorsKeepTheLeftOperandsType() {
        assertEquals(16, ConstantArithmetic.binary("<<", 1, 36L), "an int shifts by the distance mod 32");
        assertEquals(68719476736L, ConstantArithmetic.binary("<<", 1L, 36));
        assertEquals(15, ConstantArithmetic.binary(">>>", -1, 28));
        assertEquals(-5, ConstantArithmetic.binary(">>", -17, 2));
        assertEquals(17, ConstantArithmetic.binary("|", 16, 1));
        assertEquals(true, ConstantArithmetic.binary("^", true, false));
        assertEquals(-1, ConstantArithmetic.unary("~", 0));
        assertEquals(Integer.MIN_VALUE, ConstantArithmetic.unary("-", Integer.MIN_VALUE));
        assertEquals(-97, ConstantArithmetic.unary("-", 'a'));
        assertNull(ConstantArithmetic.unary("~", 1.0));
    }

    @Test
    void castsNarrowAndWidenAsJava() {
        assertEquals(3, ConstantArithmetic.cast("int", 3.7));
        assertEquals(-56, ConstantArithmetic.cast("byte", 200));
        assertEquals(-1, ConstantArithmetic.cast("short", 65535));
        assertEquals('A', ConstantArithmetic.cast("char", 65));
        assertEquals(Integer.MAX_VALUE, ConstantArithmetic.cast("int", 1e20));
        assertEquals((double) 0.1f, ConstantArithmetic.cast("double", 0.1f));
        assertEquals("s", ConstantArithmetic.cast("java.lang.String", "s"));
        assertNull(ConstantArithmetic.cast("int", "1"));
        assertNull(ConstantArithmetic.cast("Integer", 1), "a box is not a constant's type");
    }

    @Test
    void comparisonsAndConditionalsTakeTheWiderType() {
        assertEquals(true, ConstantArithmetic.binary("<=", 1, 1.5f));
        assertEquals(false, ConstantArithmetic.binary("==", 0.1f, 0.1));
        assertEquals(1.0, ConstantArithmetic.conditional(true, 1, 2.0));
        assertEquals(2L, ConstantArithmetic.conditional(false, 1, 2L));
        assertEquals("a", ConstantArithmetic.conditional(true, "a", 2));
        assertNull(ConstantArithmetic.conditional(1, 1, 2));
    }
}
