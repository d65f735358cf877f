package probegen;

import java.util.Map;

public class B<P> extends A<String, P> {
    public Map<String, P> byName;
}
