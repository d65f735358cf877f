package dev.opctl.cli;

import dev.opctl.engine.ExitCode;
import dev.opctl.engine.OpctlException;
import dev.opctl.engine.ProjectLock;
import dev.opctl.engine.ProjectWriter;
import dev.opctl.naming.Names;
import dev.opctl.naming.Text;
import dev.opctl.project.ProjectFile;
import dev.opctl.project.WebhookTls;
import dev.opctl.scaffold.edit.EditProject;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/** {@code opctl edit}: changes project-wide settings recorded in PROJECT, like kubebuilder's edit. */
@Command(
        name = "edit",
        description = {
            "Changes how the whole operator runs or is generated, records it in PROJECT and regenerates what "
                    + "depends on it.",
            "",
            "--namespaces a,b: the controllers watch only those namespaces (ReconcilerRegistry sets them), and the "
                    + "ClusterRole is bound in each of them by a RoleBinding (config/rbac/namespaced, applied with "
                    + "'kubectl apply -f config/rbac/namespaced') instead of cluster-wide: rbac/role_binding.yaml "
                    + "leaves config/kustomization.yaml. --cluster-wide undoes it.",
            "",
            "--webhook-tls self-managed: the operator makes its webhooks' certificate itself (a CA and a serving "
                    + "certificate in a Secret its replicas share, the CA written into its webhook configurations) "
                    + "instead of cert-manager: config/certmanager/certificate.yaml is deleted and "
                    + "rbac/webhook_tls_role.yaml takes its place in config/kustomization.yaml. --webhook-tls "
                    + "cert-manager undoes it. Without webhooks yet, only PROJECT records the choice.",
            "",
            "--helm: opctl also generates a Helm chart (dist/chart) and a single-file installer for "
                    + "'kubectl apply -f' (dist/install.yaml), both from the same model as config/, rewritten by "
                    + "'opctl generate' and checked by 'opctl generate --check'. --helm=false deletes them."
        })
final class EditCommand extends ProjectCommand {
    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Scope scope;

    @Option(names = "--max-description-length", paramLabel = "N|none",
            description = "Cut CRD descriptions longer than N characters at a word (0 drops them); 'none' keeps "
                    + "them whole again. 'opctl generate' and the add commands follow it, CI included.")
    String maxDescriptionLength;

    @Option(names = "--webhook-tls", paramLabel = "cert-manager|self-managed", converter = TlsConverter.class,
            description = "Who gives the admission webhooks their serving certificate: cert-manager (the default) "
                    + "or the operator itself (self-managed).")
    WebhookTls webhookTls;

    @Option(names = "--helm", arity = "0..1", fallbackValue = "true", paramLabel = "BOOLEAN",
            description = "Generate the Helm chart dist/chart and the installer dist/install.yaml; --helm=false "
                    + "deletes them.")
    Boolean helm;

    /** The mode named on the command line; another name is a usage error naming both. */
    static final class TlsConverter implements ITypeConverter<WebhookTls> {
        @Override
        public WebhookTls convert(String value) {
            for (WebhookTls tls : WebhookTls.values()) {
                if (tls.id().equals(value)) {
                    return tls;
                }
            }
            throw new TypeConversionException("use cert-manager or self-managed, not '" + Text.shown(value) + "'");
        }
    }

    static final class Scope {
        @Option(names = "--namespaces", paramLabel = "NAMESPACE[,NAMESPACE...]",
                description = "Watch only these namespaces, comma-separated.")
        List<String> namespaces;

        @Option(names = "--cluster-wide", description = "Watch every namespace (the default of a new project).")
        boolean clusterWide;
    }

    EditCommand(Path workingDir) {
        super(workingDir);
    }

    @Override
    int run(ProjectLock lock) {
        if (scope == null && maxDescriptionLength == null && webhookTls == null && helm == null) {
            throw new ParameterException(spec.commandLine(), "name what to change: --namespaces, --cluster-wide, "
                    + "--max-description-length, --webhook-tls or --helm");
        }
        if (scope != null && !scope.clusterWide && scope.namespaces == null) { // --cluster-wide=false
            throw new ParameterException(spec.commandLine(), "--cluster-wide takes no value, and the operator is "
                    + "limited to namespaces by --namespaces NAMESPACE[,NAMESPACE...]");
        }
        Optional<List<String>> namespaces = Optional.ofNullable(scope)
                .map(s -> s.clusterWide ? List.of() : Names.commaList("--namespaces", s.namespaces));
        Optional<EditProject.Descriptions> descriptions = Optional.ofNullable(maxDescriptionLength)
                .map(value -> new EditProject.Descriptions(descriptionLength(value)));
        EditProject.Plan plan = EditProject.plan(projectFiles(), ProjectFile.read(workingDir),
                new EditProject.Request(namespaces, descriptions, Optional.ofNullable(webhookTls),
                        Optional.ofNullable(helm)));
        ProjectWriter.Result result = ProjectWriter.write(lock, workingDir, plan.files(), false,
                new ArrayList<>(plan.obsolete()));

        ProjectFile project = plan.project();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Edited PROJECT (the operator watches %s; CRD descriptions %s; webhook certificates %s; %s): "
                + "%d files written, %d unchanged%s.%n", project.namespaces().isEmpty() ? "every namespace"
                : "namespaces " + String.join(", ", project.namespaces()), project.maxDescriptionLength() == null
                ? "whole" : "cut to " + project.maxDescriptionLength() + " characters",
                project.tls() == WebhookTls.CERT_MANAGER ? "from cert-manager" : "self-managed",
                project.helm() ? "Helm chart in dist/chart" : "no Helm chart",
                result.created().size() + result.updated().size(), result.unchanged().size(),
                result.deleted().isEmpty() ? "" : ", " + result.deleted().size() + " deleted");
        for (String path : result.deleted()) {
            out.println("  deleted " + path); // one a line, as the delete commands list them
        }
        if (scope != null && !project.namespaces().isEmpty()) {
            out.println("Deploy with: kubectl apply -k config && kubectl apply -f config/rbac/namespaced");
        }
        if (helm != null && project.helm()) {
            out.printf("Install with: helm install %s dist/chart -n %s --create-namespace, or kubectl apply -f "
                    + "dist/install.yaml%n", project.projectName(), project.projectName() + "-system");
        }
        return ExitCode.OK.code();
    }

    private static Integer descriptionLength(String value) {
        if (value.equals("none")) {
            return null;
        }
        try {
            int length = Integer.parseInt(value);
            if (length >= 0) {
                return length;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw OpctlException.invalidInput("invalid --max-description-length '" + Text.shown(value) + "': use a "
                + "number of characters (0 drops descriptions), or none to keep them whole");
    }
}
