package fidelity;

/** Member types that a subclass inherits, and that sources name through the subclass. */
public class Outer {
    public static class Inner {
        public String x;
    }

    public interface Shared {
        class FromInterface {
            public int y;
        }
    }

    public static class Derived extends Outer implements Shared {
    }
}
