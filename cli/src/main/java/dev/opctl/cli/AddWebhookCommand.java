package dev.opctl.cli;

import dev.opctl.engine.ExitCode;
import dev.opctl.engine.OpctlException;
import dev.opctl.engine.ProjectLock;
import dev.opctl.engine.ProjectWriter;
import dev.opctl.naming.Names;
import dev.opctl.naming.Pluralizer;
import dev.opctl.project.BuiltInKind;
import dev.opctl.project.ProjectFile.Resource;
import dev.opctl.project.ProjectFile.Webhooks;
import dev.opctl.project.ProjectFile;
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
        ProjectFile project = ProjectFile.read(workingDir);
        Names.requireKind(kind);
        if (!defaulting && !validation && !conversion) {
            throw OpctlException.invalidInput("name the webhooks to add: --defaulting, --validation, --conversion, "
                    + "or several");
        }
        ProjectModel model = ProjectModel.of(project);
        boolean foreignOptions = spec.commandLine().getParseResult().hasMatchedOption("--plural")
                || spec.commandLine().getParseResult().hasMatchedOption("--namespaced");
        Optional<BuiltInKind> builtIn = group == null ? Optional.empty() : BuiltInKind.find(group, kind);
        boolean ownKind = project.resources().stream().anyMatch(r -> r.api() && r.kind().equals(kind));
        Resource resource;
        WebhookKind scaffold;
        if (builtIn.isPresent() && !ownKind) {
            if (conversion) {
                throw OpctlException.invalidInput(String.format("%s is Kubernetes' own kind: its versions are "
                        + "converted by the API server; --conversion is for kinds the project defines", kind));
            }
            if (foreignOptions) {
                throw OpctlException.invalidInput("--plural and --namespaced are for kinds of other projects; "
                        + "opctl knows the resource name and scope of " + kind);
            }
            BuiltInKind known = builtIn.get();
            if (version != null && !version.equals(known.version())) {
                throw OpctlException.invalidInput(String.format("opctl knows %s as %s, not version %s; drop "
                        + "--version or use %s", kind, known.apiVersion(), version, known.version()));
            }
            resource = project.resources().stream()
                    .filter(r -> r.group().equals(known.group()) && r.version().equals(known.version())
                            && r.kind().equals(kind))
                    .findFirst()
                    .orElse(Resource.external(known.group(), known.version(), kind, known.plural(),
                            known.namespaced()));
            scaffold = WebhookKind.of(model, known);
        } else if (!ownKind && group != null && group.contains(".")) {
            resource = foreign(project);
            scaffold = WebhookKind.foreign(model, resource);
        } else if (foreignOptions) {
            throw OpctlException.invalidInput("--plural and --namespaced are for kinds of other projects; opctl "
                    + "knows the resource name and scope of " + kind);
        } else {
            resource = OwnKinds.find(project, group, kind, version, "Pod");
            if (conversion && !resource.storage() && project.resources(resource.group(), kind).stream()
                    .filter(ProjectFile.Resource::api).count() > 1) {
                throw OpctlException.invalidInput(String.format("the conversion webhook of %s converts through its "
                        + "storage version, %s: drop --version, or add the other webhooks with a command of their "
                        + "own", kind, project.storageVersion(resource.group(), kind).orElse("?")));
            }
            scaffold = WebhookKind.of(model, resource);
        }
        ProjectWriter.Result result = ProjectWriter.write(lock, workingDir,
                AddWebhook.render(workingDir, model, resource, scaffold, new Webhooks(defaulting, validation, conversion)),
                force);
        List<Resource> spokes = builtIn.isPresent() && !ownKind ? List.of() : project.resources(resource.group(), kind)
                .stream().filter(r -> r.api() && !r.version().equals(resource.version())).toList();
        report(scaffold, spokes, result, project.tls());
        return ExitCode.OK.code();
    }

    /** A kind of another project (a full group the project does not define), recorded with {@code api: false}. */
    private Resource foreign(ProjectFile project) {
        if (conversion) {
            throw OpctlException.invalidInput(String.format("%s is not a kind of this project: its own project "
                    + "converts its versions; --conversion is for kinds the project defines", kind));
        }
        if (version == null) {
            throw OpctlException.invalidInput(String.format("%s is not a kind of this project: name its version "
                    + "with --version (and its resource name with --plural, and --namespaced=false if it is "
                    + "cluster-scoped)", kind));
        }
        Names.requireDnsSubdomain("API group", group);
        Names.requireApiVersion(version);
        String resourceName = plural != null ? Names.requireDns1035Label("plural", plural) : Pluralizer.plural(kind);
        return project.resources().stream()
                .filter(r -> r.group().equals(group) && r.version().equals(version) && r.kind().equals(kind))
                .findFirst()
                .orElse(Resource.external(group, version, kind, resourceName, namespaced));
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
