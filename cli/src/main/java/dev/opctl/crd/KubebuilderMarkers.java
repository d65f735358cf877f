package dev.opctl.crd;

import dev.opctl.crd.model.Doc;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * controller-tools' (kubebuilder's) marker comments on the sources' types and properties, as Go
 * types carried over to Java have them ({@code // +kubebuilder:validation:Minimum=1}): opctl reads
 * fabric8's annotations for what they say, and says which, rather than leave the CRD without it
 * unsaid. opctl's own markers ({@code +listType} and the others of {@link ListMapMarkersRule}) are
 * controller-tools' too, and are read; {@code +optional} says what a property is anyway;
 * {@code +kubebuilder:rbac} is RBAC's to say.
 */
final class KubebuilderMarkers {
    private static final String V = "kubebuilder:validation:";
    private static final String SIZE = "@Size(min = ..., max = ...)";
    /** controller-tools' markers (by name, or the start of one) and what to write in Java instead. */
    private static final Map<String, String> INSTEAD = Map.ofEntries(
            Map.entry(V + "Minimum", "@Min(...)"),
            Map.entry(V + "Maximum", "@Max(...)"),
            Map.entry(V + "ExclusiveMinimum", "@Min(value = ..., inclusive = false)"),
            Map.entry(V + "ExclusiveMaximum", "@Max(value = ..., inclusive = false)"),
            Map.entry(V + "MinLength", SIZE), Map.entry(V + "MaxLength", SIZE),
            Map.entry(V + "MinItems", SIZE), Map.entry(V + "MaxItems", SIZE),
            Map.entry(V + "MinProperties", SIZE), Map.entry(V + "MaxProperties", SIZE),
            Map.entry(V + "Pattern", "@Pattern(...)"),
            Map.entry(V + "Enum", "a Java enum of the values"),
            Map.entry(V + "Required", "@Required"), Map.entry("required", "@Required"),
            Map.entry("nullable", "@Nullable"),
            Map.entry("kubebuilder:default", "@Default(...)"), Map.entry("default", "@Default(...)"),
            Map.entry(V + "XValidation", "@ValidationRule(...)"),
            Map.entry(V + "Format", "a type of that format (an Instant for date-time), or @SchemaFrom(type = ...)"),
            Map.entry(V + "Type", "@SchemaFrom(type = ...)"),
            Map.entry(V + "Schemaless", "@PreserveUnknownFields"),
            Map.entry("kubebuilder:pruning:PreserveUnknownFields", "@PreserveUnknownFields"),
            Map.entry(V + "EmbeddedResource", "a GenericKubernetesResource (or another HasMetadata) as its type"),
            Map.entry(V + "UniqueItems", "+listType=set"),
            Map.entry(V + "items", "the constraint on the element type, List<@Pattern(...) String>"),
            Map.entry(V + "MultipleOf", "@ValidationRule(\"self % N == 0\") on an integer (CEL has no % on doubles)"),
            Map.entry("kubebuilder:printcolumn", "@AdditionalPrinterColumn(...) on the class, or @PrinterColumn on "
                    + "the field"),
            Map.entry("kubebuilder:subresource:status", "nothing: a status type, CustomResource<Spec, Status>, "
                    + "gives the status subresource"),
            Map.entry("kubebuilder:subresource:scale", "@SpecReplicas, @StatusReplicas and @LabelSelector on the "
                    + "fields"),
            Map.entry("kubebuilder:resource", "@Plural, @Singular, @ShortNames, @Categories on the class, and "
                    + "Namespaced for a namespaced kind"),
            Map.entry("kubebuilder:storageversion", "@Version(value = ..., storage = true)"),
            Map.entry("kubebuilder:deprecatedversion", "@Version(value = ..., deprecated = true)"),
            Map.entry("kubebuilder:selectablefield", "@SelectableField on the field"),
            Map.entry("kubebuilder:object", "nothing: Java needs no DeepCopy; delete it"),
            Map.entry("groupName", "@Group on the class"),
            Map.entry("versionName", "@Version on the class"));
    private static final List<String> NOT_HERE = List.of(V + "Optional", "optional", "kubebuilder:rbac",
            "kubebuilder:webhook");

    private KubebuilderMarkers() {
    }

    /** Says (to {@code say}) the controller-tools markers of {@code markers}, written at {@code where}. */
    static void check(List<Doc.Marker> markers, String where, Consumer<String> say) {
        for (Doc.Marker marker : markers) {
            String name = marker.name();
            if (NOT_HERE.stream().anyMatch(n -> is(name, n))) {
                continue;
            }
            String instead = INSTEAD.entrySet().stream().filter(e -> is(name, e.getKey())).map(Map.Entry::getValue)
                    .findFirst().orElse(name.startsWith("kubebuilder:") ? "nothing: see the fabric8 annotations it reads "
                            + "(docs/crds.md)" : null);
            if (instead != null) {
                say.accept(String.format("%s: +%s is a marker of kubebuilder's controller-tools, which opctl does "
                        + "not read for CRDs; %s", marker.where() != null ? marker.where() : where, name,
                        instead.startsWith("nothing: ") ? instead.substring("nothing: ".length()) : "write " + instead));
            }
        }
    }

    /** Whether marker {@code name} is {@code known} or one of its family ({@code known:...}). */
    private static boolean is(String name, String known) {
        return name.equals(known) || name.startsWith(known + ":");
    }
}
