package shop;

import java.util.List;
import org.lib.Condition;

public class WidgetStatus {
    private List<Condition> conditions;

    public List<Condition> getConditions() {
        return conditions;
    }
}
