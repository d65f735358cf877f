package gadgets.api;

import static java.lang.Short.MAX_VALUE;

import gadgets.shared.Bounds;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Pattern;

/**
 * Constant expressions as javac folds them: each in its type (an int overflows as an int, a float
 * stays a float until widened), the JDK's constants, and constants inherited from an interface.
 */
public class GadgetLimits implements Bounds {
    static final int BIG = Integer.MAX_VALUE;
    static final long WIDE = Integer.MAX_VALUE;
    static final float TENTH = 0.1f;
    static final double THIRD = 1 / 3;
    static final char FIRST = 'a';

    @Max(Integer.MAX_VALUE)
    public int whole;
    @Max(Long.MAX_VALUE)
    public long huge;
    @Min(Double.MIN_VALUE)
    public double tiny;
    @Max(MAX_VALUE)
    public int shortest;
    @Max(BIG + 1)
    public int overflowed;
    @Max(WIDE + 1)
    public long widened;
    @Min(0.1f)
    public double floatWidened;
    @Min(TENTH * 3)
    public double floatProduct;
    @Max(THIRD)
    public double integerDivision;
    @Max((int) 3.7)
    public int cast;
    @Max((byte) 200)
    public int narrowed;
    @Max(-2147483648)
    public int lowest;
    @Max(7 % 3 + (1 << 4 | 1) + (~0 >>> 28) + (-17 >> 2))
    public int operators;
    @Max(FIRST + 1)
    public int character;
    @Max(PORTS * 2)
    public int inherited;
    @Min(SHARE / 2)
    public double inheritedDouble;
    @Max(true && 3 > 2 == 1 <= 1.5f ? 1 : 0)
    public int conditional;
    @Pattern("^" + FIRST + 1 + TENTH + (1.0f / 3) + Long.MIN_VALUE + 'z' + "$")
    public String concatenated;
}
