package fidelity;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.generator.annotation.Default;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Number defaults at the edges of what each Java type holds, as written: an integer beyond a long on a
 * BigInteger or a Number exactly, one written as a decimal on a Number as a double. (What a type cannot
 * hold, fabric8 refuses or changes and opctl refuses: CrdGeneratorTest.)
 */
public class NumberDefaults {
    @Default("127")
    public byte greatestByte;
    @Default("-32768")
    public Short leastShort;
    @Default("2147483647")
    public int greatestInt;
    @Default("-9223372036854775808")
    public long leastLong;
    @Default("123456789012345678901234567890")
    public BigInteger beyondLong;
    @Default("12345678901234567890")
    public Number integralNumber;
    @Default("1e3")
    public Number decimalNumber;
    @Default("1.5")
    public Number fractionNumber;
    @Default("0.1")
    public float tenth;
    @Default("16777216")
    public Float greatestExactFloat;
    @Default("1e308")
    public double large;
    @Default("123456789012345678901234567890.5")
    public BigDecimal wide;
    @JsonProperty(defaultValue = "2147483647")
    public Integer jacksonInt;
    @JsonProperty(defaultValue = "12345678901234567890")
    public BigInteger jacksonBeyondLong;
}
