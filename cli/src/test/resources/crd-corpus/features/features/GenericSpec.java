package features;

import java.util.List;

public abstract class GenericSpec<T> {
    public T value;
    public List<T> values;
}
