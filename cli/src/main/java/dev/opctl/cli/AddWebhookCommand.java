package dev.opctl.cli;

import dev.opctl.engine.ExitCode;
import dev.opctl.engine.ProjectLock;
import dev.opctl.engine.ProjectWriter;
import dev.opctl.project.ProjectFile.Resource;
import dev.opctl.project.ProjectFile.Webhooks;
import dev.opctl.project.ProjectFile;
import dev.opctl.project.Scope;
import dev.opctl.project.WebhookTls;
import dev.opctl.scaffold.ProjectModel;
import dev.opctl.scaffold.webhook.AddWebhook;
import dev.opctl.scaffold.webhook.WebhookKind;
import dev.opctl.scaffold.webhook.WebhookRequest;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code opctl add webhook}: admission webhooks for a kind of the project or a built-in kind. */
@Command(
        name = "webhook",
        description = {
            "Adds admission webhooks for a kind: a defaulter (a mutating webhook that sets defaults) and a validator "
                    + "(a validating webhook that accepts or refuses creates, updates and deletes), each a class "
                    + "of yours with a +opctl:webhook marker. The operator serves them over HTTPS on every replica; "
                    + "config/webhook holds their configurations, and cert-manager (config/certmanager) their "
                    + "certificate, or the operator itself after 'opctl edit --webhook-tls self-managed'.",
            "",
            "For a kind Kubernetes defines, name its group: --group core --version v1 --kind Pod --defaulting. "
                    + "For a kind of another project, its full group and version: --group cert-manager.io --version "
                    + "v1 --kind Certificate --validation (the webhook takes it as a GenericKubernetesResource)."
        })
final class AddWebhookCommand extends ProjectCommand {
    @Option(names = "--kind", required = true, paramLabel = "KIND", description = "The kind to admit.")
    String kind;

    @Option(names = "--group", paramLabel = "GROUP",
            description = "The kind's group (short or full); 'core', 'apps', ... for a kind Kubernetes defines.")
    String group;

    @Option(names = "--version", paramLabel = "VERSION",
            description = "The version the webhooks receive. Default: the kind's storage version.")
    String version;

    @Option(names = "--plural", paramLabel = "PLURAL",
            description = "For a kind of another project: its resource name. Default: the kind's plural, lower case.")
    String plural;

    @Option(names = "--namespaced", arity = "0..1", defaultValue = "true", fallbackValue = "true",
            paramLabel = "BOOLEAN", description = "For a kind of another project: whether its objects live in a "
                    + "namespace. Default: ${DEFAULT-VALUE}.")
    boolean namespaced;

    @Option(names = "--defaulting", description = "Add a defaulter: a mutating webhook that sets defaults.")
    boolean defaulting;

    @Option(names = {"--validation", "--programmatic-validation"},
            description = "Add a validator: a validating webhook that checks creates and updates (and deletes).")
    boolean validation;

    @Option(names = "--conversion", description = "Add a conversion webhook: each version of the kind converts to "
            + "and from the storage version (the hub) in a Converter of yours, and later versions get a schema of "
            + "their own.")
    boolean conversion;

    @Option(names = "--force", description = "Overwrite the webhook classes if you have edited them.")
    boolean force;

    AddWebhookCommand(Path workingDir) {
        super(workingDir);
    }

    @Override
    int run(ProjectLock lock) {
        if (!defaulting && !validation && !conversion) {
            throw new ParameterException(spec.commandLine(), "name the webhooks to add: --defaulting, --validation, "
                    + "--conversion, or several");
        }
        ProjectFile project = ProjectFile.read(workingDir);
        boolean foreignOptions = spec.commandLine().getParseResult().hasMatchedOption("--plural")
                || spec.commandLine().getParseResult().hasMatchedOption("--namespaced");
        WebhookRequest request = new WebhookRequest(group, version, kind, plural, Scope.of(namespaced), foreignOptions,
                new Webhooks(defaulting, validation, conversion));
        WebhookRequest.Target target = request.resolve(project);
        Optional<String> endToEnd = AddWebhook.endToEndNote(projectFiles(), ProjectModel.of(project));
        ProjectWriter.Result result;
        try {
            result = ProjectWriter.write(lock, workingDir, AddWebhook.render(projectFiles(), ProjectModel.of(project),
                    target.resource(), target.scaffold(), request.webhooks()), force);
        } catch (ProjectWriter.EditedFiles edited) {
            Webhooks recorded = target.resource().webhooks();
            throw recorded != null && recorded.and(request.webhooks()).equals(recorded) ? edited.already(
                    String.format("%s (%s) has these webhooks already", kind, target.scaffold().apiVersion()), "")
                    : edited;
        }
        report(target.scaffold(), target.spokes(), result, project.tls());
        endToEnd.ifPresent(note -> spec.commandLine().getOut().println("Note: " + note + "."));
        return ExitCode.OK.code();
    }

    private void report(WebhookKind scaffold, List<Resource> spokes, ProjectWriter.Result result, WebhookTls tls) {
        List<String> added = new ArrayList<>();
        if (defaulting) {
            added.add(kind + "Defaulter");
        }
        if (validation) {
            added.add(kind + "Validator");
        }
        for (Resource spoke : conversion ? spokes : List.<Resource>of()) {
            added.add(kind + "Converter (" + spoke.version() + ")");
        }
        PrintWriter out = spec.commandLine().getOut();
        String what = added.isEmpty() ? "a conversion webhook" : String.join(", ", added);
        out.printf("Added %s for %s (%s): %d files written, %d unchanged.%n", what, kind, scaffold.apiVersion(),
                result.created().size() + result.updated().size(), result.unchanged().size());
        if (conversion && spokes.isEmpty()) {
            out.printf("%s has one version: 'opctl add api' of another adds its own Spec, Status and Converter.%n",
                    kind);
        }
        out.printf("Next: write the webhook logic%s, then run 'mvn verify'. %s%n", added.isEmpty() ? ""
                : " in " + String.join(", ", added.stream().map(a -> a.replaceFirst(" .*", "") + ".java").distinct()
                        .toList()), tls == WebhookTls.CERT_MANAGER
                ? "Deploying needs cert-manager in the cluster (config/certmanager)."
                : "The operator makes the webhooks' certificate itself (config/rbac/webhook_tls_role.yaml).");
    }
}
