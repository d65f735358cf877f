package probegen;

import java.util.List;
import java.util.Map;

public class GenSpec extends B<Integer> {
    public Outer<String> outer;
    public Box<Map<String, List<Long>>> box;
    public Pair2<Boolean> pair;
}
