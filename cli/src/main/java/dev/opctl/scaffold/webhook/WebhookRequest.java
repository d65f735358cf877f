package dev.opctl.scaffold.webhook;

import dev.opctl.engine.OpctlException;
import dev.opctl.naming.Names;
import dev.opctl.naming.Pluralizer;
import dev.opctl.project.BuiltInKind;
import dev.opctl.project.GroupVersionKind;
import dev.opctl.project.OwnKinds;
import dev.opctl.project.ProjectFile.Resource;
import dev.opctl.project.ProjectFile.Webhooks;
import dev.opctl.project.ProjectFile;
import dev.opctl.project.Scope;
import dev.opctl.scaffold.ProjectModel;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code opctl add webhook} is asked for, as the command line gives it, and the rules that
 * find the kind it admits: one of the project's, one Kubernetes defines, or another project's.
 *
 * @param group the group, {@code null} when not given
 * @param version the version, {@code null} when not given
 * @param kind the kind
 * @param plural the resource name of another project's kind, or {@code null}
 * @param scope where objects of another project's kind live
 * @param foreignOptions whether {@code --plural} or {@code --namespaced} was given
 * @param webhooks the webhooks to add
 */
public record WebhookRequest(String group, String version, String kind, String plural, Scope scope,
        boolean foreignOptions, Webhooks webhooks) {
    public WebhookRequest {
        Objects.requireNonNull(kind, "kind == null");
        Objects.requireNonNull(webhooks, "webhooks == null");
        Objects.requireNonNull(scope, "scope == null");
    }

    /**
     * The kind the webhooks admit and how their scaffolds name it.
     *
     * @param resource the kind as {@code PROJECT} records it
     * @param scaffold the names the scaffolds derive from it
     * @param spokes the kind's other versions, which a conversion webhook converts to and from it
     */
    public record Target(Resource resource, WebhookKind scaffold, List<Resource> spokes) {
    }

    /** The kind in {@code project}, or an error (exit code 2) naming the rule the request breaks. */
    public Target resolve(ProjectFile project) {
        Names.requireKind(kind);
        if (!webhooks.defaulting() && !webhooks.validation() && !webhooks.conversion()) {
            throw OpctlException.invalidInput("name the webhooks to add: --defaulting, --validation, --conversion, "
                    + "or several");
        }
        ProjectModel model = ProjectModel.of(project);
        boolean conversion = webhooks.conversion();
        Optional<BuiltInKind> builtIn = group == null ? Optional.empty() : BuiltInKind.find(group, kind);
        // A kind of that name in another group (cache.example.com's Memcached for --group cache.other.io) is
        // not the one named.
        boolean ownKind = project.resources().stream().anyMatch(r -> r.api() && r.kind().equals(kind)
                && (group == null || r.group().equals(group) || r.group().equals(group + "." + project.domain())));
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
                    .orElse(Resource.external(known.gvk(), known.plural(), known.scope()));
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
        List<Resource> spokes = builtIn.isPresent() && !ownKind ? List.of() : project.resources(resource.group(), kind)
                .stream().filter(r -> r.api() && !r.version().equals(resource.version())).toList();
        return new Target(resource, scaffold, spokes);
    }

    /** A kind of another project (a full group the project does not define), recorded with {@code api: false}. */
    private Resource foreign(ProjectFile project) {
        if (webhooks.conversion()) {
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
                .orElse(Resource.external(new GroupVersionKind(group, version, kind), resourceName, scope));
    }
}
