package dev.opctl.crd;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The types of the libraries opctl reads by name (Lombok, Jackson's annotations, databind's annotations
 * and nodes, fabric8's generator and model annotations, fabric8's resource types, and the Java Operator SDK's reconciler,
 * dependent resource and informer packages), so that a simple name imported
 * on demand ({@code import lombok.*;}) resolves as javac resolves it: every type of each package
 * in {@link #PACKAGES}, so that two on-demand imports offering the same name are seen to clash.
 */
final class LibraryNames {
    static final String CUSTOM_RESOURCE = "io.fabric8.kubernetes.client.CustomResource";
    static final String HAS_METADATA = "io.fabric8.kubernetes.api.model.HasMetadata";
    static final String NAMESPACED = "io.fabric8.kubernetes.api.model.Namespaced";
    static final String RESOURCE_LIST = "io.fabric8.kubernetes.api.model.KubernetesResourceList";
    /** fabric8's classes that implement {@link #RESOURCE_LIST}, for a list that extends one. */
    static final Set<String> RESOURCE_LIST_CLASSES = Set.of(
            "io.fabric8.kubernetes.api.model.DefaultKubernetesResourceList",
            "io.fabric8.kubernetes.client.CustomResourceList", "io.fabric8.kubernetes.api.model.BaseKubernetesList");
    /** The Kubernetes model's and client's packages; other io.fabric8 packages may be a project's own. */
    static final String FABRIC8_KUBERNETES = "io.fabric8.kubernetes.";

    /**
     * Package to the simple names of all its public top-level types, in the versions generated
     * projects use ({@code LibraryNamesTest} compares them with the jars).
     */
    static final Map<String, String> PACKAGES = Map.ofEntries(
            Map.entry("lombok", "AccessLevel AllArgsConstructor Builder Cleanup ConfigurationKeys CustomLog Data "
                    + "Delegate EqualsAndHashCode Generated Getter Locked Lombok NoArgsConstructor NonNull "
                    + "RequiredArgsConstructor Setter Singular SneakyThrows Synchronized ToString Value With val var"),
            Map.entry("com.fasterxml.jackson.annotation", "JacksonAnnotation JacksonAnnotationValue "
                    + "JacksonAnnotationsInside JacksonInject JsonAlias JsonAnyGetter JsonAnySetter JsonAutoDetect "
                    + "JsonBackReference JsonClassDescription JsonCreator JsonEnumDefaultValue JsonFilter "
                    + "JsonFormat JsonGetter JsonIdentityInfo JsonIdentityReference JsonIgnore JsonIgnoreProperties "
                    + "JsonIgnoreType JsonInclude JsonIncludeProperties JsonKey JsonManagedReference JsonMerge "
                    + "JsonProperty JsonPropertyDescription JsonPropertyOrder JsonRawValue JsonRootName JsonSetter "
                    + "JsonSubTypes JsonTypeId JsonTypeInfo JsonTypeName JsonUnwrapped JsonValue JsonView Nulls "
                    + "ObjectIdGenerator ObjectIdGenerators ObjectIdResolver OptBoolean PropertyAccessor "
                    + "SimpleObjectIdResolver"),
            Map.entry("com.fasterxml.jackson.databind.annotation", "EnumNaming JacksonStdImpl JsonAppend "
                    + "JsonDeserialize JsonNaming JsonPOJOBuilder JsonSerialize JsonTypeIdResolver JsonTypeResolver "
                    + "JsonValueInstantiator NoClass"),
            Map.entry("com.fasterxml.jackson.databind.node", "ArrayNode BaseJsonNode BigIntegerNode BinaryNode "
                    + "BooleanNode ContainerNode DecimalNode DoubleNode FloatNode IntNode JsonNodeCreator "
                    + "JsonNodeFactory JsonNodeType LongNode MissingNode NullNode NumericNode ObjectNode POJONode "
                    + "ShortNode TextNode TreeTraversingParser ValueNode"),
            Map.entry("io.fabric8.generator.annotation", "Default Max Min Nullable Pattern Required Size "
                    + "ValidationRule ValidationRules"),
            Map.entry("io.fabric8.crd.generator.annotation", "AdditionalPrinterColumn AdditionalPrinterColumns "
                    + "AdditionalSelectableField AdditionalSelectableFields Annotations Labels "
                    + "PreserveUnknownFields PrinterColumn PrinterColumnFormat SchemaFrom SchemaSwap SchemaSwaps "
                    + "SelectableField"),
            Map.entry("io.fabric8.kubernetes.model.annotation", "Categories Generated Group Kind LabelSelector "
                    + "Plural ShortNames Singular SpecReplicas StatusReplicas Version"),
            // The Java Operator SDK's, which RBAC inference reads (rbac.JosdkUses).
            Map.entry("io.javaoperatorsdk.operator.api.reconciler", "BaseControl Cleaner Constants Context "
                    + "ContextInitializer ControllerConfiguration DefaultContext DeleteControl "
                    + "ErrorStatusUpdateControl EventSourceContext EventSourceUtils Experimental Ignore "
                    + "IndexedResourceCache MaxReconciliationInterval NonComparableResourceVersionException "
                    + "PrimaryUpdateAndCacheUtils Reconciler ResourceCache RetryInfo UpdateControl Workflow"),
            Map.entry("io.javaoperatorsdk.operator.processing.dependent.kubernetes", "BooleanWithUndefined "
                    + "CRUDKubernetesDependentResource CRUDNoGCKubernetesDependentResource "
                    + "GenericKubernetesDependentResource GenericKubernetesResourceMatcher GenericResourceUpdater "
                    + "GroupVersionKindPlural KubernetesDependent KubernetesDependentConverter "
                    + "KubernetesDependentResource KubernetesDependentResourceConfig "
                    + "KubernetesDependentResourceConfigBuilder ResourceComparators "
                    + "SSABasedGenericKubernetesResourceMatcher"),
            Map.entry("io.javaoperatorsdk.operator.api.config.informer", "Field FieldSelector FieldSelectorBuilder "
                    + "Informer InformerConfiguration InformerEventSourceConfiguration"),
            Map.entry("io.javaoperatorsdk.operator.processing.dependent", "AbstractDependentResource "
                    + "AbstractEventSourceHolderDependentResource AbstractExternalDependentResource "
                    + "BulkDependentResource BulkUpdater CRUDBulkDependentResource "
                    + "CRUDExternalBulkDependentResource CRUDKubernetesBulkDependentResource Creator "
                    + "DependentResourceException DependentResourceWithExplicitState ExternalBulkDependentResource "
                    + "KubernetesBulkDependentResource Matcher ResourceIDMapperBulkDependentResource Updater"),
            Map.entry("io.javaoperatorsdk.operator.api.reconciler.dependent", "Deleter Dependent DependentResource "
                    + "DependentResourceFactory EventSourceNotFoundException EventSourceReferencer GarbageCollected "
                    + "NameSetter ReconcileResult RecentOperationCacheFiller"),
            Map.entry("io.javaoperatorsdk.operator.processing.dependent.workflow", "CRDPresentActivationCondition "
                    + "Condition DefaultManagedWorkflow DefaultResult DependentResourceNode DetailedCondition "
                    + "KubernetesResourceDeletedCondition ManagedWorkflow ManagedWorkflowFactory "
                    + "ManagedWorkflowSupport Workflow WorkflowBuilder WorkflowCleanupResult "
                    + "WorkflowReconcileResult WorkflowResult"));

    /** Types of packages opctl knows only in part: the rest of the package is none of its business. */
    private static final Set<String> OTHERS = Stream.concat(Stream.of(CUSTOM_RESOURCE, HAS_METADATA, NAMESPACED,
            RESOURCE_LIST, "io.fabric8.kubernetes.api.model.KubernetesResource",
            "com.fasterxml.jackson.databind.JsonNode", "lombok.experimental.Accessors", "lombok.experimental.Delegate",
            "java.beans.Transient"),
            RESOURCE_LIST_CLASSES.stream()).collect(Collectors.toUnmodifiableSet());

    private static final Set<String> NAMES = names();

    /**
     * The compile-time constants of the library types an annotation value may use ({@code
     * @Pattern(HasMetadata.DNS_LABEL_REGEXP)}), by qualified name, as their jars declare them
     * ({@code LibraryNamesTest} compares them): opctl reads these types by name, not from the class path.
     */
    static final Map<String, Object> CONSTANTS = Map.ofEntries(
            Map.entry(HAS_METADATA + ".DNS_LABEL_START", "(?!-)[A-Za-z0-9-]{"),
            Map.entry(HAS_METADATA + ".DNS_LABEL_END", ",63}(?<!-)"),
            Map.entry(HAS_METADATA + ".DNS_LABEL_REGEXP", "(?!-)[A-Za-z0-9-]{1,63}(?<!-)"),
            Map.entry(HAS_METADATA + ".REQUIRES_NON_NULL_METADATA", "requires non-null metadata"),
            Map.entry(HAS_METADATA + ".REQUIRES_NON_NULL_NAME", "requires non-null name"),
            Map.entry(HAS_METADATA + ".REQUIRES_NON_NULL_NAMESPACE", "requires non-null namespace"),
            Map.entry("com.fasterxml.jackson.annotation.JsonProperty.USE_DEFAULT_NAME", ""),
            Map.entry("com.fasterxml.jackson.annotation.JsonProperty.INDEX_UNKNOWN", -1),
            Map.entry("com.fasterxml.jackson.annotation.JsonFormat.DEFAULT_LOCALE", "##default"),
            Map.entry("com.fasterxml.jackson.annotation.JsonFormat.DEFAULT_TIMEZONE", "##default"),
            Map.entry("com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder.DEFAULT_BUILD_METHOD", "build"),
            Map.entry("com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder.DEFAULT_WITH_PREFIX", "with"));
    /** The types of {@link #CONSTANTS}, and those that inherit theirs. */
    static final Map<String, String> CONSTANTS_OF = Map.of(HAS_METADATA, HAS_METADATA, CUSTOM_RESOURCE, HAS_METADATA,
            "com.fasterxml.jackson.annotation.JsonProperty", "com.fasterxml.jackson.annotation.JsonProperty",
            "com.fasterxml.jackson.annotation.JsonFormat", "com.fasterxml.jackson.annotation.JsonFormat",
            "com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder",
            "com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder");

    private LibraryNames() {
    }

    /**
     * The value of the constant {@code name} of {@code type}, a library type opctl reads by name (of its
     * own or inherited: {@code CustomResource}'s are {@code HasMetadata}'s); null where opctl knows none.
     */
    static Object constant(String type, String name) {
        String owner = CONSTANTS_OF.get(type);
        return owner == null ? null : CONSTANTS.get(owner + "." + name);
    }

    /** Whether {@code qualifiedName} is a library type opctl reads by name. */
    static boolean contains(String qualifiedName) {
        return NAMES.contains(qualifiedName);
    }

    /** Whether {@code name} is the package of a library type opctl reads by name. */
    static boolean declaresPackage(String name) {
        return PACKAGES.containsKey(name);
    }

    /** Whether {@code qualifiedName} is a library type opctl reads by name, or a type nested in one. */
    static boolean declares(String qualifiedName) {
        for (String name = qualifiedName; ; name = name.substring(0, name.lastIndexOf('.'))) {
            if (NAMES.contains(name)) {
                return true;
            }
            if (name.indexOf('.') < 0) {
                return false;
            }
        }
    }

    private static Set<String> names() {
        Set<String> names = new HashSet<>(OTHERS);
        PACKAGES.forEach((pkg, simpleNames) -> {
            for (String name : simpleNames.split(" ")) {
                names.add(pkg + "." + name);
            }
        });
        return Set.copyOf(names);
    }
}
