package acme.api;

import java.util.List;

public class PolicyStatus {
    private List<String> conditions;
    private int observedGeneration;

    public List<String> getConditions() {
        return conditions;
    }

    public int getObservedGeneration() {
        return observedGeneration;
    }
}
