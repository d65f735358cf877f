package dev.opctl.cli;

import dev.opctl.Versions;

/** The lines {@code opctl --version} prints. */
final class VersionText {
    private VersionText() {
    }

    static String[] lines() {
        Versions v = Versions.current();
        return new String[] {
            "opctl " + v.opctl(),
            "generates projects on Java Operator SDK " + v.josdk() + ", fabric8 Kubernetes client " + v.fabric8(),
            "JVM: " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
        };
    }
}
