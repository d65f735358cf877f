package shapes;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/** Shapes Jackson takes, and those its serializers of primitive arrays and atomic numbers pass over. */
public class ShSpec {
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    public int[] intArray;
    /** Base64 text to Jackson whatever the shape: integers to fabric8, and a warning. */
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    public byte[] byteArray;
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    public java.util.List<byte[]> byteArrays;
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    public Integer[] boxedArray;
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    public boolean[] boolArray;
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    public double[] doubleArray;
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    public BigInteger big;
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    public AtomicLong atomic;
    @JsonFormat(shape = JsonFormat.Shape.NUMBER)
    public List<Boolean> boolsAsNumbers;
    @JsonFormat(shape = JsonFormat.Shape.NUMBER)
    public Boolean boxedBoolNumber;
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    public Set<Long> longSet;
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    public Map<String, List<Integer>> nestedInts;
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    public List<int[]> listOfArrays;
    @JsonFormat(shape = JsonFormat.Shape.NUMBER)
    public Mode[] modeArray;
    @JsonFormat(shape = JsonFormat.Shape.NUMBER)
    public List<Mode> modeList;
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    public Number number;
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    public List<List<Integer>> nestedLists;

    @JsonFormat(shape = JsonFormat.Shape.STRING)
    public int[][] intMatrix;
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    public Map<String, short[]> shortArrays;
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    public java.util.concurrent.atomic.AtomicInteger atomicInt;
    @JsonFormat(shape = JsonFormat.Shape.NUMBER)
    public boolean[] boolArrayAsNumbers;

    public Widened widened;

    public enum Mode { A, B }

    /** Type annotations of a field behind a getter of another container: fabric8 reads the field's. */
    public static class Widened {
        private java.util.ArrayList<@io.fabric8.generator.annotation.Pattern("[0-9]+") String> codes;
        private java.util.HashMap<String, @io.fabric8.generator.annotation.Max(9) Integer> limits;

        public List<String> getCodes() {
            return codes;
        }

        public Map<String, Integer> getLimits() {
            return limits;
        }
    }
}
