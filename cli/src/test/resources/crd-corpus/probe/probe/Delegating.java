package probe;

import lombok.experimental.*;

/** Lombok's @Delegate copies the public methods of the field's type: its getters are properties. */
public class Delegating {
    @Delegate
    private final Inner inner = new Inner();
    @Delegate
    private final Described described = null;

    public String getOwn() {
        return "";
    }

    public static class InnerBase {
        public int getInherited() {
            return 0;
        }
    }

    public static class Inner extends InnerBase {
        public String getDelegated() {
            return "";
        }

        public String getOwn() {
            return "from the delegate, which the class's own hides";
        }

        String getHidden() {
            return "";
        }

        public static String getStatic() {
            return "";
        }
    }

    public interface Described {
        String getDescription();

        boolean isEnabled();
    }
}
