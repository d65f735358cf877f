package dev.opctl.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplatesTest {
    @Test
    void doesNotHtmlEscapeValues() {
        // The ".gitignore" template has no variables; render a real template with a value that
        // HTML escaping would mangle.
        String yaml = Templates.render("project/config/rbac/service_account.yaml.mustache",
                Map.of("serviceAccountName", "a&b<c>\"d'", "namespace", "ns", "name", "n"));
        assertEquals("""
                apiVersion: v1
                kind: ServiceAccount
                metadata:
                  name: a&b<c>"d'
                  namespace: ns
                  labels:
                    app.kubernetes.io/name: n
                """, yaml);
    }

    @Test
    void aMissingTemplateIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> Templates.render("project/nope.mustache", Map.of()));
    }
}
