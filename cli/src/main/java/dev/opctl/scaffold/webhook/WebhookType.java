package dev.opctl.scaffold.webhook;

/** The kinds of admission webhook {@code opctl add webhook} scaffolds. */
public enum WebhookType {
    /** A mutating webhook that sets defaults: a {@code Defaulter}. */
    DEFAULTING("mutate", "Defaulter"),
    /** A validating webhook that accepts or refuses creates, updates and deletes: a {@code Validator}. */
    VALIDATION("validate", "Validator");

    private final String verb;
    private final String suffix;

    WebhookType(String verb, String suffix) {
        this.verb = verb;
        this.suffix = suffix;
    }

    /** The first word of the webhook's path, as kubebuilder names it. */
    public String verb() {
        return verb;
    }

    /** The suffix of the webhook class's name, e.g. {@code MemcachedDefaulter}. */
    public String classSuffix() {
        return suffix;
    }
}
