package probegen;

public class A<X, Y> {
    public X x;
    public Y y;
    public Y[] ys;
}
