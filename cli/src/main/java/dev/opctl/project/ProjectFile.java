package dev.opctl.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import dev.opctl.engine.GeneratedFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code PROJECT} file: opctl's record of a project and the source of truth for every later
 * command (domain, base package, Maven coordinates, and, as they are added, the resources).
 *
 * @param layout the project layout version, so that later opctl versions can migrate old projects
 * @param opctlVersion the opctl version that last wrote the file
 * @param projectName the project's name, a DNS-1123 label
 * @param domain the suffix of the project's API groups
 * @param javaPackage the base Java package
 * @param groupId the Maven groupId
 * @param artifactId the Maven artifactId
 * @param license the license named in the header of generated sources
 * @param owner the copyright owner named in that header
 * @param maxDescriptionLength the length CRD descriptions are cut to (0 drops them), set by
 *     {@code opctl edit --max-description-length}; null keeps them whole
 * @param namespaces the namespaces the operator watches, set by {@code opctl edit --namespaces};
 *     empty for all (a cluster-wide operator)
 * @param webhookTls who gives the admission webhooks their certificate, set by
 *     {@code opctl edit --webhook-tls}; null for cert-manager (files that predate the key have none)
 * @param helm whether opctl generates the Helm chart under {@code dist/chart} and the installer
 *     {@code dist/install.yaml}, set by {@code opctl edit --helm}
 * @param resources the custom resources and controllers added to the project, in the order added
 */
@JsonPropertyOrder({"layout", "opctlVersion", "projectName", "domain", "package", "groupId", "artifactId", "license",
    "owner", "maxDescriptionLength", "namespaces", "webhookTls", "helm", "resources"})
public record ProjectFile(
        String layout,
        String opctlVersion,
        String projectName,
        String domain,
        @JsonProperty("package") String javaPackage,
        String groupId,
        String artifactId,
        License license,
        String owner,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer maxDescriptionLength,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) @JsonSetter(nulls = Nulls.AS_EMPTY) List<String> namespaces,
        @JsonInclude(JsonInclude.Include.NON_NULL) WebhookTls webhookTls,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean helm,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) @JsonSetter(nulls = Nulls.AS_EMPTY) List<Resource> resources) {

    /** The file's name in the project directory. */
    public static final String FILE_NAME = "PROJECT";
    /** The layout this version of opctl writes. */
    public static final String CURRENT_LAYOUT = "java-josdk/v1";

    public ProjectFile {
        Objects.requireNonNull(layout, "layout == null");
        Objects.requireNonNull(opctlVersion, "opctlVersion == null");
        Objects.requireNonNull(projectName, "projectName == null");
        Objects.requireNonNull(domain, "domain == null");
        Objects.requireNonNull(javaPackage, "javaPackage == null");
        Objects.requireNonNull(groupId, "groupId == null");
        Objects.requireNonNull(artifactId, "artifactId == null");
        Objects.requireNonNull(license, "license == null");
        Objects.requireNonNull(owner, "owner == null");
        namespaces = List.copyOf(Objects.requireNonNull(namespaces, "namespaces == null"));
        // cert-manager is the default, recorded by the key's absence: PROJECT stays as it was before the key existed.
        webhookTls = webhookTls == WebhookTls.CERT_MANAGER ? null : webhookTls;
        resources = List.copyOf(Objects.requireNonNull(resources, "resources == null"));
    }

    /** A project without resources yet, as {@code opctl new} writes it. */
    public ProjectFile(String layout, String opctlVersion, String projectName, String domain, String javaPackage,
            String groupId, String artifactId, License license, String owner) {
        this(layout, opctlVersion, projectName, domain, javaPackage, groupId, artifactId, license, owner, null,
                List.of(), null, false, List.of());
    }

    /**
     * A kind the project serves or controls.
     *
     * @param group the full API group, e.g. {@code cache.example.com}; empty for the core group
     * @param version the API version, e.g. {@code v1alpha1}
     * @param kind the kind, UpperCamelCase
     * @param plural the resource name, e.g. {@code memcacheds}
     * @param namespaced whether objects live in a namespace
     * @param javaPackage the package of the kind's classes; empty for built-in kinds
     * @param api whether the project defines the kind (a CRD); false for built-in kinds it controls
     * @param controller whether the project has a reconciler for the kind
     * @param storage whether this is the storage version of a kind with several versions (files that
     *     predate this field have none; then the version added first is)
     * @param shortNames the kind's short names, shared by its versions
     * @param categories the kind's categories, shared by its versions
     * @param webhooks the admission webhooks {@code opctl add webhook} added for this kind and version;
     *     {@code null} when it has none
     */
    @JsonPropertyOrder({"group", "version", "kind", "plural", "namespaced", "package", "api", "controller",
        "storage", "shortNames", "categories", "webhooks"})
    public record Resource(String group, String version, String kind, String plural, boolean namespaced,
            @JsonProperty("package") String javaPackage, boolean api, boolean controller,
            @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean storage,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) @JsonSetter(nulls = Nulls.AS_EMPTY) List<String> shortNames,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) @JsonSetter(nulls = Nulls.AS_EMPTY) List<String> categories,
            @JsonInclude(JsonInclude.Include.NON_NULL) Webhooks webhooks) {
        public Resource {
            shortNames = List.copyOf(shortNames);
            categories = List.copyOf(categories);
            Objects.requireNonNull(group, "group == null");
            Objects.requireNonNull(version, "version == null");
            Objects.requireNonNull(kind, "kind == null");
            Objects.requireNonNull(plural, "plural == null");
            Objects.requireNonNull(javaPackage, "javaPackage == null");
        }

        /**
         * A version of a kind the project defines, its classes in {@code javaPackage}: without a
         * controller, short names, categories or webhooks, and not the storage version.
         */
        public static Resource api(GroupVersionKind gvk, String plural, Scope scope, String javaPackage) {
            return new Resource(gvk.group(), gvk.version(), gvk.kind(), plural, scope.namespaced(), javaPackage, true,
                    false, false, List.of(), List.of(), null);
        }

        /**
         * A kind whose classes the project does not define (Kubernetes' own, or another project's),
         * recorded for its controller or webhooks: without either yet.
         */
        public static Resource external(GroupVersionKind gvk, String plural, Scope scope) {
            return new Resource(gvk.group(), gvk.version(), gvk.kind(), plural, scope.namespaced(), "", false, false,
                    false, List.of(), List.of(), null);
        }

        /** The kind and its API version. */
        public GroupVersionKind gvk() {
            return new GroupVersionKind(group, version, kind);
        }

        /** Where the kind's objects live. */
        public Scope scope() {
            return Scope.of(namespaced);
        }

        /** The same resource with these short names and categories. */
        public Resource withNames(List<String> shortNames, List<String> categories) {
            return new Resource(group, version, kind, plural, namespaced, javaPackage, api, controller, storage,
                    shortNames, categories, webhooks);
        }

        /** {@code group/version}, or {@code version} for the core group, as in {@code apiVersion}. */
        public String apiVersion() {
            return gvk().apiVersion();
        }

        /** The same resource with a controller. */
        public Resource withController() {
            return new Resource(group, version, kind, plural, namespaced, javaPackage, api, true, storage,
                    shortNames, categories, webhooks);
        }

        /** The same resource without a controller. */
        public Resource withoutController() {
            return new Resource(group, version, kind, plural, namespaced, javaPackage, api, false, storage,
                    shortNames, categories, webhooks);
        }

        /** The same resource with {@code added} webhooks besides those it has. */
        public Resource withWebhooks(Webhooks added) {
            Webhooks all = webhooks == null ? added : webhooks.and(added);
            return new Resource(group, version, kind, plural, namespaced, javaPackage, api, controller, storage,
                    shortNames, categories, all);
        }

        /** The same resource without the webhooks {@code removed} names; none recorded when none is left. */
        public Resource withoutWebhooks(Webhooks removed) {
            Webhooks left = webhooks == null ? null : new Webhooks(webhooks.defaulting() && !removed.defaulting(),
                    webhooks.validation() && !removed.validation(), webhooks.conversion() && !removed.conversion());
            return new Resource(group, version, kind, plural, namespaced, javaPackage, api, controller, storage,
                    shortNames, categories, left == null || left.equals(new Webhooks(false, false, false)) ? null
                    : left);
        }

        /** The same resource, as the storage version of its kind or not. */
        public Resource withStorage(boolean isStorage) {
            return new Resource(group, version, kind, plural, namespaced, javaPackage, api, controller, isStorage,
                    shortNames, categories, webhooks);
        }
    }

    /**
     * The webhooks of a kind's version, as kubebuilder records them in its PROJECT file.
     *
     * @param defaulting a mutating webhook sets defaults
     * @param validation a validating webhook checks creates, updates and deletes
     * @param conversion a conversion webhook converts the kind's versions through this one, the hub
     *     (the storage version)
     */
    @JsonPropertyOrder({"defaulting", "validation", "conversion"})
    public record Webhooks(@JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean defaulting,
            @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean validation,
            @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean conversion) {
        /** The webhooks of both. */
        public Webhooks and(Webhooks other) {
            return new Webhooks(defaulting || other.defaulting, validation || other.validation,
                    conversion || other.conversion);
        }
    }

    /** Whether {@code kind} of {@code group} has a conversion webhook (recorded on its hub version). */
    public boolean hasConversion(String group, String kind) {
        return resources(group, kind).stream().anyMatch(r -> r.webhooks() != null && r.webhooks().conversion());
    }

    /**
     * The storage version of {@code kind} in {@code group}: the one recorded as such, else the one
     * added first; empty when the project has no such kind.
     */
    public Optional<String> storageVersion(String group, String kind) {
        List<Resource> versions = resources(group, kind).stream().filter(Resource::api).toList();
        return versions.stream().filter(Resource::storage).findFirst().or(() -> versions.stream().findFirst())
                .map(Resource::version);
    }

    /** The resources of {@code kind} in {@code group}, every version, in the order added. */
    public List<Resource> resources(String group, String kind) {
        return resources.stream().filter(r -> r.group().equals(group) && r.kind().equals(kind)).toList();
    }

    /** This file with {@code resource} added, or replacing the one of the same group, version and kind. */
    public ProjectFile with(Resource resource) {
        List<Resource> updated = new ArrayList<>();
        boolean replaced = false;
        for (Resource r : resources) {
            boolean same = r.group().equals(resource.group()) && r.version().equals(resource.version())
                    && r.kind().equals(resource.kind());
            // A resource recorded again (e.g. a controller for a built-in kind that has webhooks) keeps its webhooks.
            updated.add(!same ? r : resource.webhooks() == null && r.webhooks() != null
                    ? resource.withWebhooks(r.webhooks()) : resource);
            replaced |= same;
        }
        if (!replaced) {
            updated.add(resource);
        }
        return new ProjectFile(layout, opctlVersion, projectName, domain, javaPackage, groupId, artifactId, license,
                owner, maxDescriptionLength, namespaces, webhookTls, helm, updated);
    }

    /**
     * This file with {@code resource} in place of the one of the same group, version and kind, as it
     * is: unlike {@link #with}, webhooks it does not record are not kept.
     */
    public ProjectFile replacing(Resource resource) {
        List<Resource> updated = resources.stream().map(r -> r.group().equals(resource.group())
                && r.version().equals(resource.version()) && r.kind().equals(resource.kind()) ? resource : r).toList();
        return new ProjectFile(layout, opctlVersion, projectName, domain, javaPackage, groupId, artifactId, license,
                owner, maxDescriptionLength, namespaces, webhookTls, helm, updated);
    }

    /** This file without the resource of the group, version and kind of {@code resource}. */
    public ProjectFile without(Resource resource) {
        List<Resource> kept = resources.stream().filter(r -> !(r.group().equals(resource.group())
                && r.version().equals(resource.version()) && r.kind().equals(resource.kind()))).toList();
        return new ProjectFile(layout, opctlVersion, projectName, domain, javaPackage, groupId, artifactId, license,
                owner, maxDescriptionLength, namespaces, webhookTls, helm, kept);
    }

    /** This file with the operator watching {@code watched} namespaces; empty for all. */
    public ProjectFile withNamespaces(List<String> watched) {
        return new ProjectFile(layout, opctlVersion, projectName, domain, javaPackage, groupId, artifactId, license,
                owner, maxDescriptionLength, watched, webhookTls, helm, resources);
    }

    /** This file with CRD descriptions cut to {@code length} characters; null keeps them whole. */
    public ProjectFile withMaxDescriptionLength(Integer length) {
        return new ProjectFile(layout, opctlVersion, projectName, domain, javaPackage, groupId, artifactId, license,
                owner, length, namespaces, webhookTls, helm, resources);
    }

    /** This file with the webhooks' certificates given by {@code tls}. */
    public ProjectFile withWebhookTls(WebhookTls tls) {
        return new ProjectFile(layout, opctlVersion, projectName, domain, javaPackage, groupId, artifactId, license,
                owner, maxDescriptionLength, namespaces, tls, helm, resources);
    }

    /** This file with the Helm chart and installer under {@code dist/} generated or not. */
    public ProjectFile withHelm(boolean generated) {
        return new ProjectFile(layout, opctlVersion, projectName, domain, javaPackage, groupId, artifactId, license,
                owner, maxDescriptionLength, namespaces, webhookTls, generated, resources);
    }

    /** Who gives the admission webhooks their certificate: cert-manager unless PROJECT says otherwise. */
    public WebhookTls tls() {
        return webhookTls == null ? WebhookTls.CERT_MANAGER : webhookTls;
    }

    /** The default copyright owner of a project: "The NAME Authors", as Kubernetes projects write it. */
    public static String defaultOwner(String projectName) {
        return "The " + projectName + " Authors";
    }

    /** The file's YAML text, with its header. */
    public String toYaml() {
        return ProjectFileYaml.write(this);
    }

    /** The file as a tool-owned generated file. */
    public GeneratedFile toGeneratedFile() {
        return GeneratedFile.tool(FILE_NAME, toYaml());
    }

    /**
     * Parses the text of a {@code PROJECT} file; {@code source} names it in error messages. The
     * file is untrusted input: a file of a newer opctl, invalid YAML, an unknown or missing key, a
     * value that is not a valid name and a kind listed twice are each one line (invalid input).
     */
    public static ProjectFile parse(String yaml, String source) {
        return ProjectFileYaml.parse(yaml, source);
    }

    /** Reads the {@code PROJECT} file of the project in {@code projectDir}. */
    public static ProjectFile read(Path projectDir) {
        return ProjectFileYaml.read(projectDir);
    }
}
