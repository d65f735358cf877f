package dev.opctl.project;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Who gives the admission webhooks their serving certificate, recorded in {@code PROJECT} as
 * {@code webhookTls} and set by {@code opctl edit --webhook-tls}.
 */
public enum WebhookTls {
    /**
     * cert-manager issues the certificate into a Secret the operator's Pods mount, and injects its CA
     * into the webhook configurations (the default: a project without the key).
     */
    CERT_MANAGER("cert-manager"),
    /**
     * The operator creates the CA and the certificate itself, keeps them in a Secret shared by its
     * replicas, and writes the CA into the webhook configurations: no cert-manager in the cluster.
     */
    SELF_MANAGED("self-managed");

    private final String id;

    WebhookTls(String id) {
        this.id = id;
    }

    /** The name on the command line, in {@code PROJECT} and in the operator's {@code WEBHOOK_TLS}. */
    @JsonValue
    public String id() {
        return id;
    }

    /** The name picocli matches and lists in its errors. */
    @Override
    public String toString() {
        return id;
    }
}
