package dev.opctl.scaffold.webhook;

import dev.opctl.engine.FileSet;
import dev.opctl.engine.GeneratedFile;
import dev.opctl.engine.OpctlException;
import dev.opctl.engine.Ownership;
import dev.opctl.engine.Templates;
import dev.opctl.project.ProjectFile.Resource;
import dev.opctl.project.ProjectFile.Webhooks;
import dev.opctl.scaffold.JavaSources;
import dev.opctl.scaffold.KindClassNames;
import dev.opctl.scaffold.MarkerEdit;
import dev.opctl.scaffold.ProjectFiles;
import dev.opctl.scaffold.ProjectModel;
import dev.opctl.scaffold.ScaffoldMarker;
import dev.opctl.scaffold.ToolOwned;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The files of {@code opctl add webhook}: the user's webhook classes and their tests, the updated
 * {@code PROJECT}, the operator's main class and kustomization edited at their markers to serve
 * and deploy the webhooks, and the tool-owned webhook files regenerated with the new classes.
 */
public final class AddWebhook {
    private static final List<String> SERVER_START = List.of(
            WebhookRuntime.SERVER + " webhooks;",
            "try {",
            "    webhooks = " + WebhookRuntime.SERVER + ".start(client, env, " + WebhookRegistryJava.CLASS_NAME
                    + "::registerAll);",
            "} catch (IOException | IllegalArgumentException e) {",
            "    health.stop();",
            "    metrics.stop();",
            "    client.close();",
            "    return Optional.of(e.getMessage());",
            "}");
    /** The marker in the end-to-end tests' operator where it serves the webhooks. */
    private static final String E2E_MARKER = "e2e-webhooks";
    /** The line that serves them there, with the operator's client. */
    private static final String E2E_SERVE = "LocalWebhooks.serve(admin, extension.getKubernetesClient());";

    private AddWebhook() {
    }

    /**
     * Renders the webhooks {@code wanted} of {@code kind}, recorded on {@code resource} (a kind of
     * the project, or a built-in kind with {@code api: false}), into {@code project}.
     */
    public static FileSet render(ProjectFiles project, ProjectModel before, Resource resource, WebhookKind kind,
            Webhooks wanted) {
        ProjectModel model = before.with(before.project().with(resource.withWebhooks(wanted)));
        requireOwnClasses(before, model, resource.withWebhooks(wanted));
        WebhookKind scaffold = new WebhookKind(model, kind.group(), kind.version(), kind.kind(), kind.plural(),
                kind.kindClass());
        List<GeneratedFile> java = new ArrayList<>();
        List<GeneratedFile> tests = new ArrayList<>();
        for (WebhookType type : WebhookType.values()) {
            if (type == WebhookType.DEFAULTING ? wanted.defaulting() : wanted.validation()) {
                java.add(userClass(scaffold, type));
                tests.add(userTest(scaffold, type));
            }
        }
        if (wanted.conversion()) {
            // Every other version converts to and from this one, the hub.
            for (Resource spoke : model.project().resources(resource.group(), resource.kind())) {
                if (spoke.api() && !spoke.version().equals(resource.version())) {
                    List<GeneratedFile> converter = ConverterScaffold.render(model, spoke, resource);
                    java.add(converter.get(0));
                    tests.add(converter.get(1));
                }
            }
        }
        FileSet.Builder files = FileSet.builder();
        java.forEach(files::add);
        tests.forEach(files::add);
        files.add(model.project().toGeneratedFile());
        MarkerEdit.applyAll(project, ", so opctl cannot start the webhook server", operatorMain(model))
                .forEach(files::add);
        MarkerEdit.applyAll(project, "", endToEnd(project, model)).forEach(files::add);
        FileSet toolOwned = ToolOwned.render(project, model, java);
        boolean admission = toolOwned.files().stream().anyMatch(f -> f.path().equals(WebhookManifests.PATH));
        MarkerEdit.applyAll(project, ", so opctl cannot deploy the webhooks",
                WebhookKustomization.edits(model.project().tls(), admission)).forEach(files::add);
        toolOwned.files().forEach(files::add);
        return files.build();
    }

    /**
     * Refuses webhooks whose classes another kind's webhooks have: kinds of one name and version whose groups
     * share a first label (a built-in {@code apps/v1} Deployment and {@code apps.example.com/v1}'s) take one
     * webhook package, and {@code --force} would overwrite the other kind's code (trial /tmp/trial30 #1).
     */
    private static void requireOwnClasses(ProjectModel before, ProjectModel model, Resource resource) {
        List<String> mine = WebhookKind.classes(model, resource);
        for (Resource other : before.project().resources()) {
            if (other.webhooks() == null || other.group().equals(resource.group())
                    && other.kind().equals(resource.kind())) {
                continue;
            }
            for (String theirs : WebhookKind.classes(before, other)) {
                if (mine.contains(theirs)) {
                    throw OpctlException.invalidInput(String.format("%s (%s) cannot have these webhooks: their "
                            + "class %s is already the webhook class of %s (%s), as kinds of one name and version "
                            + "whose groups share a first label take one package; keep one of them", resource.kind(),
                            resource.apiVersion(), theirs, other.kind(), other.apiVersion()));
                }
            }
        }
    }

    /** The user's webhook class of {@code type} for {@code kind}. */
    public static GeneratedFile userClass(WebhookKind kind, WebhookType type) {
        String content = render("webhook/kind/" + type.classSuffix() + ".java.mustache", kind, kind);
        return new GeneratedFile(JavaSources.mainPath(kind.webhookPackage(), kind.kind() + type.classSuffix()),
                content, Ownership.USER, false);
    }

    /** The test of the user's webhook class of {@code type}. */
    public static GeneratedFile userTest(WebhookKind kind, WebhookType type) {
        String content = render("webhook/kind/" + type.classSuffix() + "Test.java.mustache", kind, kind);
        String name = kind.kind() + type.classSuffix() + "Test";
        return new GeneratedFile("src/test/java/" + kind.webhookPackage().replace('.', '/') + "/" + name + ".java",
                content, Ownership.USER, false);
    }

    /**
     * The template {@code template} with {@code scope}, which writes the kind's class as
     * {@code {{kindType}}}: its simple name unless the file uses that for another class (a kind
     * {@code Test} beside JUnit's), then its qualified name.
     */
    static String render(String template, WebhookKind kind, Object scope) {
        String kindClass = kind.kindClass();
        String pkg = kindClass.substring(0, kindClass.lastIndexOf('.'));
        return KindClassNames.render(pkg, Set.of(kind.kindType()), qualified -> JavaSources.sortImports(
                qualified.isEmpty() ? Templates.render(template, scope)
                        : Templates.render(template, scope, Map.of("kindType", kindClass))));
    }

    /**
     * The edit of the end-to-end tests' operator that serves the webhooks on 127.0.0.1
     * ({@code LocalWebhooks}); none where the file or its marker is gone ({@link #endToEndNote} says so).
     */
    private static List<MarkerEdit> endToEnd(ProjectFiles project, ProjectModel model) {
        String path = endToEndPath(model);
        return project.text(path).filter(text -> text.contains(ScaffoldMarker.tag(E2E_MARKER)))
                .map(text -> List.<MarkerEdit>of(new MarkerEdit.InsertLines(path, E2E_MARKER, List.of(E2E_SERVE))))
                .orElse(List.of());
    }

    /**
     * What the user has to do for the end-to-end tests to serve the webhooks, when opctl could not
     * edit them so ({@code OperatorServiceAccount} of a project made before opctl did, or edited); empty
     * when they serve them.
     */
    public static Optional<String> endToEndNote(ProjectFiles project, ProjectModel model) {
        String path = endToEndPath(model);
        return project.text(path).filter(text -> !text.contains(E2E_SERVE)
                && !text.contains(ScaffoldMarker.tag(E2E_MARKER))).map(text -> String.format("%s has no "
                + "'%s' marker, so its end-to-end tests do not serve the webhooks: to serve them, "
                + "add '%s' to its runOperator, after account.create", path, ScaffoldMarker.tag(E2E_MARKER),
                E2E_SERVE));
    }

    private static String endToEndPath(ProjectModel model) {
        return "src/test/java/" + model.javaPackage().replace('.', '/') + "/OperatorServiceAccount.java";
    }

    /**
     * The reverse of the edits of the operator's main class, the end-to-end tests and the kustomization
     * that serve and deploy webhooks, for a project left with none: {@code admission} whether it had
     * admission webhooks (whose configurations the kustomization lists).
     */
    public static List<MarkerEdit> unwire(ProjectFiles project, ProjectModel model, boolean admission) {
        List<MarkerEdit> edits = new ArrayList<>();
        for (MarkerEdit edit : operatorMain(model)) {
            MarkerEdit.InsertBlock insert = (MarkerEdit.InsertBlock) edit;
            // Its variable last, once both blocks are gone: a line of the user's may use it.
            edits.add(new MarkerEdit.RemoveBlock(insert.path(), insert.marker(), insert.block(), insert.what(),
                    insert.block().get(0).contains(WebhookRuntime.SERVER) ? WebhookRuntime.SERVER : "webhooks"));
        }
        if (project.exists(endToEndPath(model))) {
            edits.add(new MarkerEdit.RemoveBlock(endToEndPath(model), E2E_MARKER, List.of(E2E_SERVE),
                    "the webhooks' serving", "LocalWebhooks"));
        }
        edits.addAll(WebhookKustomization.removals(model.project().tls(), admission));
        return edits;
    }

    /** The edits of the operator's main class that start the webhook server with the others and stop it with them. */
    private static List<MarkerEdit> operatorMain(ProjectModel model) {
        String path = JavaSources.mainPath(model.javaPackage(), model.mainClass());
        // The server is declared once; it stops wherever the operator stops (two places).
        return List.of(new MarkerEdit.InsertBlock(path, "servers", SERVER_START, "the webhook server", true),
                new MarkerEdit.InsertBlock(path, "stop-servers", List.of("webhooks.stop();"),
                        "the webhook server's stop", false));
    }
}
