package probegen;

public class Pair2<V> extends Box<V> {
    public V second;

    public V getThird() {
        return null;
    }
}
