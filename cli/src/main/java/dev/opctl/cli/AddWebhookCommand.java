package dev.opctl.cli;

import dev.opctl.engine.OpctlException;
import dev.opctl.engine.ProjectLock;
import dev.opctl.engine.ProjectWriter;
import dev.opctl.naming.Names;
import dev.opctl.project.BuiltInKind;
import dev.opctl.project.ProjectFile;
import dev.opctl.project.ProjectFile.Resource;
import dev.opctl.project.ProjectFile.Webhooks;
import dev.opctl.project.WebhookTls;
import dev.opctl.scaffold.ProjectModel;
import dev.opctl.scaffold.webhook.AddWebhook;
import dev.opctl.scaffold.webhook.WebhookKind;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

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
            "For a kind Kubernetes defines, name its group: --group core --version v1 --kind Pod --defaulting."
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

    @Option(names = "--defaulting", description = "Add a defaulter: a mutating webhook that sets defaults.")
    boolean defaulting;

    @Option(names = {"--validation", "--programmatic-validation"},
            description = "Add a validator: a validating webhook that checks creates and updates (and deletes).")
    boolean validation;

    @Option(names = "--conversion", description = "Add a conversion webhook between the kind's versions (not yet).")
    boolean conversion;

    @Option(names = "--force", description = "Overwrite the webhook classes if you have edited them.")
    boolean force;

    AddWebhookCommand(Path workingDir) {
        super(workingDir);
    }

    @Override
    int run(ProjectLock lock) {
        ProjectFile project = ProjectFile.read(workingDir);
        Names.requireKind(kind);
        if (conversion) {
            throw OpctlException.invalidInput("--conversion is not available yet: opctl scaffolds defaulting and "
                    + "validation webhooks; a kind's versions share one schema until it is");
        }
        if (!defaulting && !validation) {
            throw OpctlException.invalidInput("name the webhooks to add: --defaulting, --validation, or both");
        }
        ProjectModel model = ProjectModel.of(project);
        Optional<BuiltInKind> builtIn = group == null ? Optional.empty() : BuiltInKind.find(group, kind);
        boolean ownKind = project.resources().stream().anyMatch(r -> r.api() && r.kind().equals(kind));
        Resource resource;
        WebhookKind scaffold;
        if (builtIn.isPresent() && !ownKind) {
            BuiltInKind known = builtIn.get();
            if (version != null && !version.equals(known.version())) {
                throw OpctlException.invalidInput(String.format("opctl knows %s as %s, not version %s; drop "
                        + "--version or use %s", kind, known.apiVersion(), version, known.version()));
            }
            resource = project.resources().stream()
                    .filter(r -> r.group().equals(known.group()) && r.version().equals(known.version())
                            && r.kind().equals(kind))
                    .findFirst()
                    .orElse(new Resource(known.group(), known.version(), kind, known.plural(), known.namespaced(), "",
                            false, false, false, List.of(), List.of()));
            scaffold = WebhookKind.of(model, known);
        } else {
            resource = ownResource(project);
            scaffold = WebhookKind.of(model, resource);
        }
        ProjectWriter.Result result = ProjectWriter.write(lock, workingDir,
                AddWebhook.render(workingDir, model, resource, scaffold, new Webhooks(defaulting, validation)), force);
        report(scaffold, result, project.tls());
        return Opctl.OK;
    }

    private Resource ownResource(ProjectFile project) {
        List<Resource> candidates = project.resources().stream()
                .filter(r -> r.kind().equals(kind) && r.api())
                .filter(r -> group == null || r.group().equals(group) || r.group().equals(group + "."
                        + project.domain()))
                .toList();
        if (candidates.isEmpty()) {
            throw OpctlException.invalidInput(String.format("the project has no kind %s%s; add it first with "
                    + "'opctl add api --group G --version V --kind %s', or name a built-in kind with its group "
                    + "(e.g. --group core --version v1 --kind Pod)", kind, group == null ? "" : " in group "
                    + group, kind));
        }
        if (candidates.stream().map(Resource::group).distinct().count() > 1) {
            throw OpctlException.invalidInput(String.format("kind %s is in several groups (%s); choose one with "
                    + "--group", kind, String.join(", ", candidates.stream().map(Resource::group).distinct()
                    .toList())));
        }
        String wanted = version != null ? version : project.storageVersion(candidates.get(0).group(), kind)
                .orElse(candidates.get(0).version());
        return candidates.stream()
                .filter(r -> r.version().equals(wanted)).findFirst()
                .orElseThrow(() -> OpctlException.invalidInput(String.format("kind %s has no version %s; it has %s",
                        kind, version, String.join(", ", candidates.stream().map(Resource::version).toList()))));
    }

    private void report(WebhookKind scaffold, ProjectWriter.Result result, WebhookTls tls) {
        List<String> added = new ArrayList<>();
        if (defaulting) {
            added.add(kind + "Defaulter");
        }
        if (validation) {
            added.add(kind + "Validator");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Added webhook %s for %s (%s): %d files written, %d unchanged.%n", String.join(" and ", added),
                kind, scaffold.apiVersion(), result.created().size() + result.updated().size(),
                result.unchanged().size());
        out.printf("Next: write the webhook logic in %s, then run 'mvn verify'. %s%n", String.join(" and ",
                added.stream().map(a -> a + ".java").toList()), tls == WebhookTls.CERT_MANAGER
                ? "Deploying needs cert-manager in the cluster (config/certmanager)."
                : "The operator makes the webhooks' certificate itself (config/rbac/webhook_tls_role.yaml).");
    }
}
