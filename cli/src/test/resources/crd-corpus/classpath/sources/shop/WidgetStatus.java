package shop;

import java.util.List;
import org.lib.*;
import org.lib.Condition.*;

public class WidgetStatus {
    private List<Condition> conditions;
    /** A library type named through an on-demand import. */
    public Phase lastPhase;
    /** A library's nested type named through an on-demand import of its class. */
    public Severity worst;
    public Holder holder;

    public List<Condition> getConditions() {
        return conditions;
    }

    /** A source class extending a library class named through an on-demand import. */
    public static class Holder extends Plain {
    }
}
