package dev.opctl.scaffold.webhook;

/** The kinds of admission webhook {@code opctl add webhook} scaffolds. */
public enum WebhookType {
    /** A mutating webhook that sets defaults: a {@code Defaulter}. */
    DEFAULTING,
    /** A validating webhook that accepts or refuses creates, updates and deletes: a {@code Validator}. */
    VALIDATION;

    /** The first word of the webhook's path, as kubebuilder names it. */
    public String verb() {
        return this == DEFAULTING ? "mutate" : "validate";
    }

    /** The suffix of the webhook class's name, e.g. {@code MemcachedDefaulter}. */
    public String classSuffix() {
        return this == DEFAULTING ? "Defaulter" : "Validator";
    }
}
