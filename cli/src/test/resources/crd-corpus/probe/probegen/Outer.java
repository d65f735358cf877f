package probegen;

public class Outer<T> {
    public T own;
    public Nested<T> nested;

    public static class Nested<U> {
        public U value;
    }
}
