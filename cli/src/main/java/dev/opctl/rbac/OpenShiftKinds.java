package dev.opctl.rbac;

import dev.opctl.crd.SourceModel;
import dev.opctl.crd.model.TypeUse;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of OpenShift's APIs that fabric8's {@code OpenShiftClient} names by a method of its own
 * ({@code client.adapt(OpenShiftClient.class).routes()}): only on an OpenShift client, as a
 * {@code routes()} of anything else is no kind. Its other methods of OpenShift's groups and kinds
 * ({@code config()}, {@code users()}) are known to be unmapped, for a chain through them to be said.
 */
final class OpenShiftKinds {
    /** OpenShiftClient's methods that name a kind of OpenShift's APIs, and its group and plural. */
    private static final Map<String, String> KINDS = Map.of("routes", "route.openshift.io/routes",
            "deploymentConfigs", "apps.openshift.io/deploymentconfigs",
            "imageStreams", "image.openshift.io/imagestreams", "imageStreamTags", "image.openshift.io/imagestreamtags",
            "buildConfigs", "build.openshift.io/buildconfigs", "builds", "build.openshift.io/builds",
            "templates", "template.openshift.io/templates", "projects", "project.openshift.io/projects",
            "securityContextConstraints", "security.openshift.io/securitycontextconstraints");
    /**
     * OpenShiftClient's methods of fabric8 7 that name an API group or a kind of OpenShift's that the
     * table does not map: a chain through them is said, not granted.
     */
    private static final Set<String> UNMAPPED = Set.of("config", "console", "openShiftAutoscaling", "hive",
            "operator", "operatorHub", "machineConfigurations", "machine", "monitoring", "quotas", "tuned",
            "kubeStorageVersionMigrator", "whereabouts", "apiRequestCounts", "bareMetalHosts", "credentialsRequests",
            "groups", "helmChartRepositories", "images", "imageTags", "imageStreamImports", "imageStreamMappings",
            "imageStreamImages", "imageSignatures", "networkAttachmentDefinitions", "oAuthAccessTokens",
            "oAuthAuthorizeTokens", "oAuthClients", "oAuthClientAuthorizations", "operatorPKIs", "egressRouters",
            "podSecurityPolicyReviews", "podSecurityPolicySelfSubjectReviews", "podSecurityPolicySubjectReviews",
            "projectHelmChartRepositories", "projectrequests", "roles", "roleBindings", "templateInstances",
            "brokerTemplateInstances", "users", "rangeAllocations", "subjectAccessReviews", "resourceAccessReviews",
            "localSubjectAccessReviews", "localResourceAccessReviews", "selfSubjectRulesReviews",
            "subjectRulesReviews", "clusterRoles", "clusterRoleBindings", "roleBindingRestrictions", "currentUser",
            "identities", "userIdentityMappings", "userOAuthAccessTokens");
    /**
     * The classes of fabric8's OpenShift model ({@code io.fabric8.openshift.api.model.}) of kinds of the table, and
     * of some of OpenShift's cluster configuration that operators read, with their group and plural: known
     * without the model's jar on the class path.
     */
    private static final Map<String, String> CLASSES = Map.ofEntries(Map.entry("Route", "route.openshift.io/routes"),
            Map.entry("DeploymentConfig", "apps.openshift.io/deploymentconfigs"),
            Map.entry("ImageStream", "image.openshift.io/imagestreams"),
            Map.entry("ImageStreamTag", "image.openshift.io/imagestreamtags"),
            Map.entry("BuildConfig", "build.openshift.io/buildconfigs"), Map.entry("Build", "build.openshift.io/builds"),
            Map.entry("Template", "template.openshift.io/templates"), Map.entry("Project", "project.openshift.io/projects"),
            Map.entry("SecurityContextConstraints", "security.openshift.io/securitycontextconstraints"),
            Map.entry("config.v1.Ingress", "config.openshift.io/ingresses"),
            Map.entry("config.v1.ClusterVersion", "config.openshift.io/clusterversions"),
            Map.entry("config.v1.Infrastructure", "config.openshift.io/infrastructures"));
    /** The kinds of the tables whose objects live in no namespace. */
    private static final Set<String> CLUSTER_SCOPED = Set.of("project.openshift.io/projects",
            "security.openshift.io/securitycontextconstraints", "config.openshift.io/ingresses",
            "config.openshift.io/clusterversions", "config.openshift.io/infrastructures");
    private static final String MODEL = "io.fabric8.openshift.api.model.";
    private static final String CLIENT = "io.fabric8.openshift.client.";

    private OpenShiftKinds() {
    }

    /** The API group and plural ({@code route.openshift.io/routes}) {@code call} names, on an OpenShift client. */
    static Optional<String> of(SourceModel.Call call) {
        return KINDS.containsKey(call.method()) && onOpenShift(call) ? Optional.of(KINDS.get(call.method()))
                : Optional.empty();
    }

    /**
     * The method of OpenShiftClient that the chain {@code call} ends names, when it is one the table
     * does not map ({@code osc.config().clusterVersions().withName(n).get()}: {@code config}); else none.
     */
    static Optional<String> unmapped(SourceModel.Call call) {
        for (SourceModel.Call step = call; step != null; step = step.receiver()) {
            if (UNMAPPED.contains(step.method()) && onOpenShift(step)) {
                return Optional.of(step.method());
            }
        }
        return Optional.empty();
    }

    /** Whether {@code groupAndPlural} is a kind of these tables: of OpenShift's, its scope known. */
    static boolean known(String groupAndPlural) {
        return KINDS.containsValue(groupAndPlural) || CLASSES.containsValue(groupAndPlural);
    }

    /** The API group and plural of {@code className}, a class of fabric8's OpenShift model these tables know. */
    static Optional<String> ofModelClass(String className) {
        return className.startsWith(MODEL) ? Optional.ofNullable(CLASSES.get(className.substring(MODEL.length())))
                : Optional.empty();
    }

    /** Whether {@code groupAndPlural}, a kind of this table, is cluster-scoped: its objects in no namespace. */
    static boolean clusterScoped(String groupAndPlural) {
        return CLUSTER_SCOPED.contains(groupAndPlural);
    }

    /**
     * Whether {@code call} is made on an OpenShift client, through calls that place it in namespaces
     * ({@code inNamespace(n)} of a {@code NamespacedOpenShiftClient}): {@code adapt(OpenShiftClient.class)}
     * of the client, a variable of an OpenShift client's type, or a {@code var} that {@code adapt(...)}
     * made. Not a variable only named like a client: {@code harborClient.projects()} is a REST client's.
     */
    private static boolean onOpenShift(SourceModel.Call call) {
        SourceModel.Call first = call;
        SourceModel.Call adapt = call.receiver();
        while (adapt != null && (adapt.method().equals("inNamespace") || adapt.method().equals("inAnyNamespace"))) {
            first = adapt;
            adapt = adapt.receiver();
        }
        if (adapt == null) {
            return first.target() != null && (first.targetType() instanceof TypeUse.Named type
                    && type.name().startsWith(CLIENT) || "adapt".equals(first.targetMadeBy()));
        }
        return adapt.method().equals("adapt") && adapt.classArgument(0).filter(c -> c instanceof TypeUse.Named n
                && n.name().startsWith(CLIENT)).isPresent() && ClientCalls.startsOnClient(adapt);
    }
}
