package conv;

import com.fasterxml.jackson.databind.util.StdConverter;

public abstract class Measure<T> extends StdConverter<String, T> {
}
