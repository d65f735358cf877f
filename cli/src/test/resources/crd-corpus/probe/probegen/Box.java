package probegen;

public class Box<T> {
    public T content;
}
