package dev.opctl.scaffold.webhook;

import dev.opctl.project.BuiltInKind;
import dev.opctl.project.ProjectFile.Resource;
import dev.opctl.project.ProjectFile.Webhooks;
import dev.opctl.scaffold.JavaSources;
import dev.opctl.scaffold.ProjectModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The kind a webhook admits, with the names its scaffold derives from it, read by the Mustache
 * templates under {@code templates/webhook/kind/} by accessor name.
 *
 * @param model the project
 * @param group the API group, empty for the core group
 * @param version the API version
 * @param kind the kind
 * @param plural the resource name, as in the webhook's rules
 * @param kindClass the fully qualified Java class of the kind
 */
public record WebhookKind(ProjectModel model, String group, String version, String kind, String plural,
        String kindClass) {
    private static final String GENERIC = "io.fabric8.kubernetes.api.model.GenericKubernetesResource";
    /** What the scaffolds (templates/webhook/kind) name their own variables and fields, which the kind's must not be. */
    private static final Set<String> SCAFFOLD_VARIABLES = Set.of("hub", "spoke", "original", "server", "review",
            "response");

    public WebhookKind {
        Objects.requireNonNull(model, "model == null");
        Objects.requireNonNull(group, "group == null");
        Objects.requireNonNull(kindClass, "kindClass == null");
    }

    /** A kind the project defines. */
    public static WebhookKind of(ProjectModel model, Resource resource) {
        return new WebhookKind(model, resource.group(), resource.version(), resource.kind(), resource.plural(),
                resource.javaPackage() + "." + resource.kind());
    }

    /** A kind Kubernetes defines, e.g. Pod. */
    public static WebhookKind of(ProjectModel model, BuiltInKind builtIn) {
        return new WebhookKind(model, builtIn.group(), builtIn.version(), builtIn.kind(), builtIn.plural(),
                builtIn.modelClass());
    }

    /**
     * A kind of another project, whose Java class this project does not have: its webhooks take it as
     * fabric8's {@code GenericKubernetesResource}.
     */
    public static WebhookKind foreign(ProjectModel model, Resource resource) {
        return new WebhookKind(model, resource.group(), resource.version(), resource.kind(), resource.plural(),
                GENERIC);
    }

    /**
     * The kind whose webhooks {@code resource} records, as {@code add webhook} resolved it: a kind of the
     * project, one Kubernetes defines, or one of another project.
     */
    public static WebhookKind recorded(ProjectModel model, Resource resource) {
        if (resource.api()) {
            return of(model, resource);
        }
        return BuiltInKind.find(resource.group(), resource.kind())
                .filter(known -> known.version().equals(resource.version()))
                .map(known -> of(model, known))
                .orElseGet(() -> foreign(model, resource));
    }

    /**
     * The user's classes of the webhooks {@code resource} records, relative to the project: its defaulter,
     * validator, and for a conversion webhook the converter of each other version of the kind.
     */
    public static List<String> classes(ProjectModel model, Resource resource) {
        List<String> paths = new ArrayList<>();
        Webhooks webhooks = resource.webhooks();
        WebhookKind kind = recorded(model, resource);
        for (WebhookType type : WebhookType.values()) {
            if (webhooks != null && (type == WebhookType.DEFAULTING ? webhooks.defaulting() : webhooks.validation())) {
                paths.add(JavaSources.mainPath(kind.webhookPackage(), kind.kind() + type.classSuffix()));
            }
        }
        if (webhooks != null && webhooks.conversion()) {
            for (Resource spoke : model.project().resources(resource.group(), resource.kind())) {
                if (spoke.api() && !spoke.version().equals(resource.version())) {
                    paths.add(JavaSources.mainPath(of(model, spoke).webhookPackage(), spoke.kind() + "Converter"));
                }
            }
        }
        return paths;
    }

    /** The simple name of the class the webhooks take the kind as, e.g. {@code Pod}. */
    public String kindType() {
        return kindClass.substring(kindClass.lastIndexOf('.') + 1);
    }

    public String javaPackage() {
        return model.javaPackage();
    }

    public String javaFileHeader() {
        return model.javaFileHeader();
    }

    /** {@code group/version}, or {@code version} for the core group. */
    public String apiVersion() {
        return group.isEmpty() ? version : group + "/" + version;
    }

    /**
     * The package of the kind's webhooks: for a kind of the project, its API package with
     * {@code webhook} for {@code api} (e.g. {@code com.example.webhook.cache.v1alpha1}); for a kind
     * Kubernetes defines, {@code <base>.webhook.<group>.<version>}, the group by its first label and
     * {@code core} for the core group.
     */
    public String webhookPackage() {
        String api = model.javaPackage() + ".api.";
        String own = kindClass.substring(0, kindClass.lastIndexOf('.'));
        if (own.startsWith(api)) {
            return model.javaPackage() + ".webhook." + own.substring(api.length());
        }
        String label = group.isEmpty() ? "core" : group.split("\\.")[0];
        return model.javaPackage() + ".webhook." + label.replace('-', '_').toLowerCase(Locale.ROOT) + "." + version;
    }

    /** The group as a webhook marker names it: {@code ""} for the core group. */
    public String markerGroup() {
        return group.isEmpty() ? "\"\"" : group;
    }

    /**
     * The kind's variable name in the scaffolds, e.g. {@code sidecarSet}; {@code hubObject} for a kind named
     * like a variable the scaffolds declare beside it ({@code Hub}, {@code Review}, ...).
     */
    public String variable() {
        String variable = Character.toLowerCase(kind.charAt(0)) + kind.substring(1);
        return SCAFFOLD_VARIABLES.contains(variable) ? variable + "Object" : variable;
    }

    /** Whether the kind is not the project's: one of Kubernetes' own, or another project's. */
    public boolean builtIn() {
        return !kindClass.startsWith(model.javaPackage() + ".");
    }

    /** The webhook's URL path, as kubebuilder names it: {@code /mutate-<group with dashes>-<version>-<kind>}. */
    public String path(WebhookType type) {
        return "/" + type.verb() + "-" + group.replace('.', '-') + "-" + version + "-" + kind.toLowerCase(Locale.ROOT);
    }

    public String mutatePath() {
        return path(WebhookType.DEFAULTING);
    }

    public String validatePath() {
        return path(WebhookType.VALIDATION);
    }

    /**
     * The webhook's name in its configuration, unique in the cluster: {@code m<kind>-<version>.<group>}
     * for a kind of the project (its group ends in the project's domain), and for another kind
     * {@code m<kind>-<version>.<group>.<domain>} ({@code core} for the core group), e.g.
     * {@code vcertificate-v1.cert-manager.io.example.com}.
     */
    public String name(WebhookType type) {
        String prefix = type.verb().charAt(0) + kind.toLowerCase(Locale.ROOT) + "-" + version + ".";
        return builtIn() ? prefix + (group.isEmpty() ? "core" : group) + "." + model.domain() : prefix + group;
    }

    public String mutateName() {
        return name(WebhookType.DEFAULTING);
    }

    public String validateName() {
        return name(WebhookType.VALIDATION);
    }

    /**
     * What the API server does when the webhook cannot be reached: {@code fail} refuses the request,
     * as kubebuilder scaffolds; for Kubernetes' own kinds {@code ignore}, so that an operator that is
     * down does not stop every Pod (its own included) from being created.
     */
    public String failurePolicy() {
        return builtIn() ? "ignore" : "fail";
    }
}
