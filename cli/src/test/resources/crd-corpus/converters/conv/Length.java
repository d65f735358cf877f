package conv;

/** Through a generic base of the sources: StdConverter<String, Integer> in the end. */
public class Length extends Measure<Integer> {
    @Override
    public Integer convert(String value) {
        return value.length();
    }
}
