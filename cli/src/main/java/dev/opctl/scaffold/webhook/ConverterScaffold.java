package dev.opctl.scaffold.webhook;

import dev.opctl.engine.GeneratedFile;
import dev.opctl.engine.Ownership;
import dev.opctl.project.ProjectFile.Resource;
import dev.opctl.scaffold.JavaSources;
import dev.opctl.scaffold.ProjectModel;
import java.util.List;

/**
 * The converter of one spoke version of a kind, to and from its hub (the storage version), and its
 * test, written from {@code templates/webhook/kind/Converter*.java.mustache}; accessors are read by
 * the templates by name.
 *
 * @param spoke the spoke version's kind
 * @param hub the hub version
 */
public record ConverterScaffold(WebhookKind spoke, Resource hub) {
    /** The user's converter and its test. */
    public static List<GeneratedFile> render(ProjectModel model, Resource spoke, Resource hub) {
        ConverterScaffold scaffold = new ConverterScaffold(WebhookKind.of(model, spoke), hub);
        String name = spoke.kind() + "Converter";
        String pkg = scaffold.webhookPackage();
        return List.of(
                new GeneratedFile(JavaSources.mainPath(pkg, name),
                        AddWebhook.render("webhook/kind/Converter.java.mustache", scaffold.spoke(), scaffold),
                        Ownership.USER, false),
                new GeneratedFile("src/test/java/" + pkg.replace('.', '/') + "/" + name + "Test.java",
                        AddWebhook.render("webhook/kind/ConverterTest.java.mustache", scaffold.spoke(), scaffold),
                        Ownership.USER, false));
    }

    public String javaFileHeader() {
        return spoke.javaFileHeader();
    }

    public String javaPackage() {
        return spoke.javaPackage();
    }

    public String webhookPackage() {
        return spoke.webhookPackage();
    }

    public String kind() {
        return spoke.kind();
    }

    public String kindClass() {
        return spoke.kindClass();
    }

    /** The name the converter writes for this version's class. */
    public String kindType() {
        return spoke.kindType();
    }

    public String variable() {
        return spoke.variable();
    }

    public String apiVersion() {
        return spoke.apiVersion();
    }

    /** The hub's class, fully qualified: it has the spoke's simple name. */
    public String hubClass() {
        return hub.javaPackage() + "." + hub.kind();
    }

    public String hubApiVersion() {
        return hub.apiVersion();
    }

    /** Whether objects of the kind live in a namespace, for the test's example object. */
    public boolean namespaced() {
        return hub.namespaced();
    }
}
