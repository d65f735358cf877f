package acme.api;

import io.fabric8.generator.annotation.Required;

public abstract class BaseSpec {
    @Required
    public String owner;
    protected String notAProperty;
}
