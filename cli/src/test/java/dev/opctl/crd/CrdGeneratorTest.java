package dev.opctl.crd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.opctl.engine.ExitCode;
import dev.opctl.engine.FileSet;
import dev.opctl.engine.OpctlException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrdGeneratorTest {
    @TempDir
    Path src;

    private void source(String path, String text) throws IOException {
        Path file = src.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** Writes the resource class {@code p.KIND} (a.example.com/v1), whose spec is {@code p.KINDSpec}. */
    private void resourceWithSpec(String kind) throws IOException {
        source("p/" + kind + ".java", """
                package p;

                @io.fabric8.kubernetes.model.annotation.Group("a.example.com")
                @io.fabric8.kubernetes.model.annotation.Version("v1")
                public class %s extends io.fabric8.kubernetes.client.CustomResource<%sSpec, Void> {
                }
                """.formatted(kind, kind));
    }

    /** The warnings of generating the CRDs of the sources written. */
    private List<String> warnings() {
        List<String> warnings = new ArrayList<>();
        CrdGenerator.generate(List.of(src), Map.of(), "", CrdGenerator.Options.DEFAULT, warnings::add);
        return warnings;
    }

    private static String resource(String pkg, String name, String version, String extra) {
        return """
                package %s;

                import io.fabric8.kubernetes.client.CustomResource;
                import io.fabric8.kubernetes.model.annotation.Group;
                import io.fabric8.kubernetes.model.annotation.Version;

                @Group("a.example.com")
                @Version(value = "%s"%s)
                @io.fabric8.kubernetes.model.annotation.Kind("Thing")
                public class %s extends CustomResource<Void, Void> {
                }
                """.formatted(pkg, version, extra, name);
    }

    @Test
    void versionsAreOrderedByKubernetesPriority() {
        List<String> versions = new ArrayList<>(List.of("v1alpha1", "v2", "foo", "v1beta2", "v1", "v10alpha1",
                "v1beta1", "v11beta1", "bar"));
        versions.sort(CrdVersionSet::byPriority);
        assertEquals(List.of("v2", "v1", "v11beta1", "v1beta2", "v1beta1", "v10alpha1", "v1alpha1", "bar", "foo"),
                versions);
    }

    @Test
    void aPropertyWhoseSchemaRefusesWhatFabric8sClientWritesIsSaid() throws IOException {
        resourceWithSpec("Clock");
        source("p/ClockSpec.java", """
                package p;

                import io.fabric8.crd.generator.annotation.SchemaFrom;
                import java.time.Duration;
                import java.time.LocalDateTime;
                import java.util.List;
                import java.util.Optional;

                public class ClockSpec {
                    public LocalDateTime started;
                    public Duration every;
                    @SchemaFrom(type = String.class)
                    public Duration timeout;
                    public byte[] key;
                    public Optional<String> note;
                    public List<byte[]> keys;
                    @com.fasterxml.jackson.annotation.JsonFormat(shape = com.fasterxml.jackson.annotation.JsonFormat.Shape.STRING)
                    public byte[] shaped;
                    public char[] letters;
                    // What the API server takes: an offset date-time, elements (no format), a byte[] as text.
                    public java.time.Instant at;
                    public List<Duration> steps;
                    @SchemaFrom(type = String.class)
                    public byte[] certificate;
                }
                """);
        List<String> warnings = warnings();
        String spec = src.resolve("p/ClockSpec.java").toString();
        String dateTime = ": its schema (format: date-time, as fabric8's generator writes it) refuses what fabric8's "
                + "client writes for a ";
        assertEquals(List.of(spec + ":10: field 'started'" + dateTime + "LocalDateTime, \"2024-05-01T10:15:30\" (no "
                        + "offset); hold an OffsetDateTime or an Instant",
                spec + ":11: field 'every'" + dateTime + "Duration, \"PT1M30S\"; hold fabric8's "
                        + "io.fabric8.kubernetes.api.model.Duration (\"1m30s\") or a String",
                spec + ":12: field 'timeout'" + dateTime + "Duration, \"PT1M30S\"; hold fabric8's "
                        + "io.fabric8.kubernetes.api.model.Duration (\"1m30s\") or a String",
                spec + ":14: field 'key': its schema (an array of integers, as fabric8's generator writes it) refuses "
                        + "what fabric8's client writes for a byte[], Base64 text; give it a string's, "
                        + "@SchemaFrom(type = String.class)",
                spec + ":15: field 'note': fabric8's client cannot write or read an Optional (its Jackson has no "
                        + "Jdk8Module), so every read of the resource fails; hold the value itself, null when absent (unless "
                        + "your client's KubernetesSerialization registers Jdk8Module)",
                // Elements too; and whatever the shape, Jackson writes a byte[] as Base64 text (an array to fabric8).
                spec + ":16: field 'keys': its schema (an array of integers, as fabric8's generator writes it) refuses "
                        + "what fabric8's client writes for a byte[], Base64 text; hold Strings of Base64 text instead",
                spec + ":17: field 'shaped': its schema (an array of integers, as fabric8's generator writes it) "
                        + "refuses what fabric8's client writes for a byte[], Base64 text; give it a string's, "
                        + "@SchemaFrom(type = String.class)",
                spec + ":19: field 'letters': its schema (an array of strings, as fabric8's generator writes it) "
                        + "refuses what fabric8's client writes for a char[], one string (\"ab\"); give it a string's, "
                        + "@SchemaFrom(type = String.class), or hold a String"),
                warnings);
    }

    @Test
    void anObjectJacksonWritesByItsIdIsSaid() throws IOException {
        // fabric8 writes Node's object schema for all three; Jackson writes "n1" for the reference, always.
        resourceWithSpec("Graph");
        source("p/Node.java", """
                package p;

                @com.fasterxml.jackson.annotation.JsonIdentityInfo(
                        generator = com.fasterxml.jackson.annotation.ObjectIdGenerators.PropertyGenerator.class,
                        property = "id")
                public class Node {
                    public String id;
                    public String label;
                }
                """);
        source("p/GraphSpec.java", """
                package p;

                public class GraphSpec {
                    public Node root;
                    @com.fasterxml.jackson.annotation.JsonIdentityReference(alwaysAsId = true)
                    public Node rootRef;
                    @io.fabric8.crd.generator.annotation.PreserveUnknownFields
                    public Node kept;
                }
                """);
        String spec = src.resolve("p/GraphSpec.java").toString();
        assertEquals(List.of(spec + ":4: field 'root': Jackson writes a Node met before in the same resource by its id "
                + "alone (@JsonIdentityInfo), which its schema (an object) refuses; drop @JsonIdentityInfo, or give the "
                + "field @PreserveUnknownFields",
                spec + ":5: field 'rootRef': Jackson writes a Node always by its id alone (@JsonIdentityInfo, "
                + "@JsonIdentityReference(alwaysAsId = true)), which its schema (an object) refuses; give it the id's "
                + "schema, @SchemaFrom(type = String.class) for a String id"), warnings());
    }

    @Test
    void aConstraintThatChangesNoSchemaIsSaid() {
        // The differential corpus's Gate: fabric8 leaves the same constraints out (DifferentialTest).
        Path corpus = Path.of("src/test/resources/crd-corpus/validation");
        List<String> warnings = new ArrayList<>();
        CrdGenerator.generate(List.of(corpus), Map.of(), "", CrdGenerator.Options.DEFAULT, warnings::add);
        String spec = corpus.resolve("acme/api/GateSpec.java").toString();
        String range = "has no effect on %s (fabric8's generator applies it to %s only); ";
        String argument = " has no effect: fabric8's generator reads constraints on type arguments only on a property's "
                + "List element or Map value, not deeper nor in other collections; validate it by a rule, @ValidationRule";
        String there = " has no effect on %s (fabric8's generator applies it there to %s only)";
        String accessor = " has no effect: fabric8's generator reads the constraints on type arguments in a field's type "
                + "only; ";
        assertEquals(List.of(spec + ":15: field 'port': @Pattern " + range.formatted("an integer", "string")
                        + "bound it by @Min and @Max",
                spec + ":17: field 'name': @Max " + range.formatted("a string", "integer, number")
                        + "bound its length by @Size",
                spec + ":17: field 'name': @Min " + range.formatted("a string", "integer, number")
                        + "bound its length by @Size",
                spec + ":20: field 'enabled': @Size " + range.formatted("a boolean", "string, array, object")
                        + "drop it",
                spec + ":22: field 'tags': @Pattern " + range.formatted("an array", "string")
                        + "put it on the element type, List<@Pattern(...) String>",
                spec + ":25: field 'hosts': @Pattern on the type argument String" + argument,
                spec + ":26: field 'paths': @Size on the type argument String" + argument,
                spec + ":27: field 'limits': @Max on the type argument Integer" + argument,
                spec + ":27: field 'limits': @Pattern on the type argument String" + argument,
                spec + ":28: field 'aliases': @Min on the type argument String" + there.formatted("a string",
                        "integer, number"),
                spec + ":29: field 'groups': @Size on the type argument List<String>" + there.formatted("an array",
                        "string"),
                spec + ":46: @Pattern on the type argument String of getZones()" + accessor + "put it in the field's type",
                spec + ":50: @Min on the type argument Integer of getQuotas()" + accessor + "declare a field of that type"),
                warnings.stream().filter(w -> w.startsWith(spec)).toList());
    }

    @Test
    void anIgnoredConstraintIsSaidWhereItIsWrittenThoughAGetterMakesTheProperty() throws IOException {
        resourceWithSpec("Bin");
        source("p/BinSpec.java", """
                package p;

                public class BinSpec {
                    @io.fabric8.generator.annotation.Min(1)
                    private String label;
                    private java.util.Set<@io.fabric8.generator.annotation.Pattern("[a-z]+") String> tags;

                    public String getLabel() {
                        return label;
                    }

                    public java.util.Set<String> getTags() {
                        return tags;
                    }
                }
                """);
        String spec = src.resolve("p/BinSpec.java").toString();
        assertEquals(List.of(spec + ":4: field 'label': @Min has no effect on a string (fabric8's generator applies it to "
                        + "integer, number only); bound its length by @Size",
                spec + ":6: field 'tags': @Pattern on the type argument String has no effect: fabric8's generator reads "
                        + "constraints on type arguments only on a property's List element or Map value, not deeper nor "
                        + "in other collections; validate it by a rule, @ValidationRule"),
                warnings());
    }

    @Test
    void aConstraintInAnAccessorsTypeIsSaidOnlyWhereTheFieldsTypeHasItNot() throws IOException {
        resourceWithSpec("Lane");
        source("p/LaneSpec.java", """
                package p;

                import io.fabric8.generator.annotation.Pattern;
                import java.util.List;
                import java.util.Map;

                @lombok.Getter
                public class LaneSpec {
                    // Lombok's getters, a getter that repeats the field's type, a record's accessors: in the field's.
                    private List<@Pattern("[a-z]+") String> hosts;
                    private List<@Pattern("[a-z]+") String> zones;
                    private Gate gate;

                    public List<@Pattern("[a-z]+") String> getZones() {
                        return zones;
                    }

                    public Map<String, List<@Pattern("[a-z]+") String>> getDeep() {
                        return Map.of();
                    }

                    public record Gate(List<@Pattern("[a-z]+") String> names, List<String> paths) {
                        public List<@Pattern("[a-z]+") String> paths() {
                            return paths;
                        }
                    }
                }
                """);
        String spec = src.resolve("p/LaneSpec.java").toString();
        String effect = " has no effect: fabric8's generator reads the constraints on type arguments in a field's type "
                + "only";
        assertEquals(List.of(spec + ":18: @Pattern on the type argument String of getDeep()" + effect + ", and there on "
                        + "a List's element or a Map's value only; validate it by a rule, @ValidationRule",
                spec + ":23: @Pattern on the type argument String of paths()" + effect
                        + "; put it in the record component's type"),
                warnings());
    }

    @Test
    void aKubebuilderMarkerIsSaidWithTheAnnotationToWriteInstead() throws IOException {
        source("p/Ship.java", """
                package p;

                // +kubebuilder:object:root=true
                // +kubebuilder:subresource:status
                // +kubebuilder:printcolumn:name="Speed",type="integer",JSONPath=".spec.speed"
                @io.fabric8.kubernetes.model.annotation.Group("a.example.com")
                @io.fabric8.kubernetes.model.annotation.Version("v1")
                public class Ship extends io.fabric8.kubernetes.client.CustomResource<ShipSpec, Void> {
                }
                """);
        source("p/ShipSpec.java", """
                package p;

                import java.util.List;

                public class ShipSpec {
                    /**
                     * Knots.
                     * +kubebuilder:validation:Minimum=1
                     * +kubebuilder:validation:ExclusiveMaximum=true
                     */
                    public int speed;
                    // +kubebuilder:validation:Enum=red;green
                    // +kubebuilder:default=red
                    public String flag;
                    // +required
                    // +kubebuilder:validation:items:Pattern=`^[a-z]+$`
                    public List<String> crew;
                    // +kubebuilder:validation:Whatever=1
                    public String note;
                    // Read, or nothing to say: opctl's markers, +optional, RBAC's, another tool's.
                    // +optional
                    // +listType=set
                    // +kubebuilder:validation:Optional
                    // +kubebuilder:rbac:groups=apps,resources=deployments,verbs=get
                    // +genclient
                    public List<String> ports;
                }
                """);
        List<String> warnings = warnings();
        String ship = src.resolve("p/Ship.java").toString();
        String spec = src.resolve("p/ShipSpec.java").toString();
        String not = " is a marker of kubebuilder's controller-tools, which opctl does not read for CRDs; ";
        assertEquals(List.of(ship + ":3: +kubebuilder:object:root" + not + "Java needs no DeepCopy; delete it",
                ship + ":4: +kubebuilder:subresource:status" + not + "a status type, CustomResource<Spec, Status>, "
                        + "gives the status subresource",
                ship + ":5: +kubebuilder:printcolumn:name" + not + "write @AdditionalPrinterColumn(...) on the class, "
                        + "or @PrinterColumn on the field",
                spec + ":8: +kubebuilder:validation:Minimum" + not + "write @Min(...)",
                spec + ":9: +kubebuilder:validation:ExclusiveMaximum" + not + "write @Max(value = ..., inclusive = "
                        + "false)",
                spec + ":12: +kubebuilder:validation:Enum" + not + "write a Java enum of the values",
                spec + ":13: +kubebuilder:default" + not + "write @Default(...)",
                spec + ":15: +required" + not + "write @Required",
                spec + ":16: +kubebuilder:validation:items:Pattern" + not + "write the constraint on the element "
                        + "type, List<@Pattern(...) String>",
                spec + ":18: +kubebuilder:validation:Whatever" + not + "see the fabric8 annotations it reads "
                        + "(docs/crds.md)"),
                warnings);
    }

    @Test
    void theGettersOfAJdkSuperclassAreSaidAndAnExceptionIsRefused() throws Exception {
        resourceWithSpec("Alarm");
        source("p/AlarmSpec.java", """
                package p;

                public class AlarmSpec {
                    public Event event;
                    public Grant grant;
                    // What loses nothing: a getter of its own, properties ignored, a JDK class without getters.
                    public Sourced sourced;
                    public Ignoring ignoring;
                    public Watched watched;
                    public Fielded fielded;
                    public Included included;
                    // ... but a private field of the name does not make it a property.
                    public Hidden hidden;
                }
                """);
        source("p/Fielded.java", "package p;\n\n@com.fasterxml.jackson.annotation.JsonAutoDetect(getterVisibility = "
                + "com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE)\npublic class Fielded extends "
                + "java.util.EventObject {\n    public Fielded() {\n        super(\"\");\n    }\n}\n");
        source("p/Included.java", "package p;\n\n@com.fasterxml.jackson.annotation.JsonIncludeProperties(\"kind\")\n"
                + "public class Included extends java.util.EventObject {\n    public Included() {\n"
                + "        super(\"\");\n    }\n\n    public String kind;\n}\n");
        source("p/Hidden.java", "package p;\n\npublic class Hidden extends java.util.EventObject {\n"
                + "    public Hidden() {\n        super(\"\");\n    }\n\n    private String source;\n}\n");
        source("p/Event.java", "package p;\n\npublic class Event extends java.util.EventObject {\n"
                + "    public Event() {\n        super(\"\");\n    }\n\n    public String kind;\n}\n");
        source("p/Grant.java", "package p;\n\npublic class Grant extends Base {\n    public Grant() {\n"
                + "        super(\"x\");\n    }\n}\n");
        source("p/Base.java", "package p;\n\npublic abstract class Base extends java.security.BasicPermission {\n"
                + "    protected Base(String name) {\n        super(name);\n    }\n}\n");
        source("p/Sourced.java", "package p;\n\npublic class Sourced extends java.util.EventObject {\n"
                + "    public Sourced() {\n        super(\"\");\n    }\n\n    @Override\n"
                + "    public String getSource() {\n        return \"\";\n    }\n}\n");
        source("p/Ignoring.java", "package p;\n\n@com.fasterxml.jackson.annotation.JsonIgnoreProperties(\"source\")\n"
                + "public class Ignoring extends java.util.EventObject {\n    public Ignoring() {\n"
                + "        super(\"\");\n    }\n}\n");
        source("p/Watched.java", "package p;\n\npublic class Watched extends java.util.Observable {\n"
                + "    public int count;\n}\n");
        String spec = src.resolve("p/AlarmSpec.java").toString();
        String leftOut = " whose properties (%s) opctl leaves out of its schema, so the API server prunes what Jackson "
                + "writes for them; override their getters in %s, or ignore them, @JsonIgnoreProperties";
        assertEquals(List.of(src.resolve("p/Event.java") + ":3: Event extends the JDK's java.util.EventObject,"
                        + leftOut.formatted("source", "Event"),
                src.resolve("p/Grant.java") + ":3: Grant extends the JDK's java.security.BasicPermission,"
                        + leftOut.formatted("actions, name", "Grant"),
                src.resolve("p/Hidden.java") + ":3: Hidden extends the JDK's java.util.EventObject,"
                        + leftOut.formatted("source", "Hidden")),
                warnings());

        // An exception, of the sources or a jar, as fabric8 refuses it.
        source("p/AlarmStatus.java", "package p;\n\npublic class AlarmStatus {\n    public Failure failure;\n}\n");
        source("p/Failure.java", "package p;\n\npublic class Failure extends IllegalStateException {\n}\n");
        source("p/Alarm.java", """
                package p;

                @io.fabric8.kubernetes.model.annotation.Group("a.example.com")
                @io.fabric8.kubernetes.model.annotation.Version("v1")
                public class Alarm extends io.fabric8.kubernetes.client.CustomResource<AlarmSpec, AlarmStatus> {
                }
                """);
        assertEquals(src.resolve("p/Failure.java") + ":3: Failure is an exception (it extends IllegalStateException): "
                + "Jackson writes its message, stack trace and cause, which have no CRD schema (fabric8 refuses it "
                + "too); hold what you need of it in fields of your own, its message as a String",
                assertThrows(OpctlException.class, () -> warnings()).getMessage());
        Files.writeString(src.resolve("p/AlarmStatus.java"), "package p;\n\npublic class AlarmStatus {\n"
                + "    public io.fabric8.kubernetes.client.KubernetesClientException failure;\n}\n");
        Path client = Path.of(io.fabric8.kubernetes.client.KubernetesClientException.class.getProtectionDomain()
                .getCodeSource().getLocation().toURI());
        assertEquals(src.resolve("p/AlarmStatus.java") + ":4: field 'failure': KubernetesClientException is an "
                + "exception (it extends java.lang.RuntimeException): Jackson writes its message, stack trace and "
                + "cause, which have no CRD schema (fabric8 refuses it too); hold what you need of it in fields of "
                + "your own, its message as a String", assertThrows(OpctlException.class,
                        () -> CrdGenerator.generate(List.of(src), Map.of(), "", CrdGenerator.Options.DEFAULT
                                .withClasspath(List.of(client)), w -> { })).getMessage());
    }

    @Test
    void aJacksonAnnotationThatWritesAPropertyOtherwiseThanItsSchemaSaysIsSaid() throws IOException {
        resourceWithSpec("Relay");
        source("p/RelaySpec.java", """
                package p;

                import com.fasterxml.jackson.annotation.JsonFormat;
                import com.fasterxml.jackson.annotation.JsonRawValue;
                import com.fasterxml.jackson.annotation.JsonSubTypes;
                import com.fasterxml.jackson.annotation.JsonTypeInfo;
                import com.fasterxml.jackson.annotation.JsonUnwrapped;
                import java.time.Instant;

                public class RelaySpec {
                    @JsonUnwrapped
                    public Target target;
                    @JsonRawValue
                    public String settings;
                    @JsonFormat(pattern = "yyyy-MM-dd")
                    public Instant day;
                    public Source source;
                    public Point point;
                    public java.util.Set<Source> sources;
                    public java.util.Map<String, java.util.List<Point>> points;
                    // What Jackson writes as the schema says.
                    @JsonUnwrapped(enabled = false)
                    public Target backup;
                    @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd'T'HH:mm:ssXXX", timezone = "UTC")
                    public Instant at;
                    public Target mirror;
                    @io.fabric8.crd.generator.annotation.PreserveUnknownFields
                    public Source anySource;
                    public PlainSource plainSource;
                    public java.util.List<PlainSource> plainSources;
                    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.WRAPPER_OBJECT)
                    public Target wrapped;
                    public Square square;
                    // A zone by its ID: an offset passes, a region does not.
                    @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd'T'HH:mm:ssVV")
                    public java.time.ZonedDateTime zoned;

                    // Its type id is one of its properties, and it has no subtypes: written as the schema says.
                    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY,
                            property = "kind", visible = true)
                    public static class Square {
                        public String kind;
                        public int side;
                    }

                    public static class Target {
                        public String host;
                    }

                    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
                    public static class Point {
                        public int x;
                    }

                    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
                    @JsonSubTypes(@JsonSubTypes.Type(value = Git.class, name = "git"))
                    public static class Source {
                        public String name;
                    }

                    public static class Git extends Source {
                        public String url;
                    }

                    // Polymorphism turned off: Jackson writes the properties alone, as the schema says.
                    @JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
                    public static class PlainSource extends Git {
                    }
                }
                """);
        List<String> warnings = warnings();
        String spec = src.resolve("p/RelaySpec.java").toString();
        String pruned = ", where the API server prunes what its schema (as fabric8's generator writes it) does not have: ";
        assertEquals(List.of(spec + ":11: field 'target': Jackson writes the properties of its value into the object "
                        + "that holds it (@JsonUnwrapped)" + pruned + "declare them there, or drop @JsonUnwrapped",
                spec + ":13: field 'settings': Jackson writes its text as JSON (@JsonRawValue), which its schema (a "
                        + "string) refuses unless it holds a quoted string; give it the schema of what it holds, "
                        + "@SchemaFrom(type = ...), or any JSON's, @PreserveUnknownFields",
                spec + ":15: field 'day': Jackson writes it by the pattern \"yyyy-MM-dd\" (@JsonFormat), which its "
                        + "schema (format: date-time) refuses: write a date, a 'T', a time and an offset "
                        + "(yyyy-MM-dd'T'HH:mm:ssXXX), or give it a string's schema, @SchemaFrom(type = String.class)",
                spec + ":17: field 'source': Jackson writes the type property and the properties of the subtypes of "
                        + "Source (@JsonTypeInfo)" + pruned + "give the base class every field, or "
                        + "@PreserveUnknownFields",
                spec + ":18: field 'point': Jackson writes a Point as an array of its properties' values "
                        + "(@JsonFormat(shape = ARRAY)), which its schema (an object) refuses; drop the shape",
                // Of a collection's elements and a map's values too.
                spec + ":19: field 'sources': Jackson writes the type property and the properties of the subtypes of "
                        + "Source (@JsonTypeInfo)" + pruned + "give the base class every field, or put on it "
                        + "@PreserveUnknownFields (on the field, it applies to the list or map, not to its elements)",
                spec + ":20: field 'points': Jackson writes a Point as an array of its properties' values "
                        + "(@JsonFormat(shape = ARRAY)), which its schema (an object) refuses; drop the shape",
                // On the property itself: Jackson writes {"Target": {...}}.
                spec + ":31: field 'wrapped': Jackson writes a type id with its value (@JsonTypeInfo on the "
                        + "property, include = WRAPPER_OBJECT)" + pruned + "drop it, or give the property "
                        + "@PreserveUnknownFields",
                spec + ":35: field 'zoned': Jackson writes it by the pattern \"yyyy-MM-dd'T'HH:mm:ssVV\" (@JsonFormat), "
                        + "which its schema (format: date-time) refuses where the zone is a region (\"...T10:15:30"
                        + "Europe/Paris\", \"...UTC\"), though not an offset (\"Z\", \"+02:00\"): write a date, a 'T', a "
                        + "time and an offset (yyyy-MM-dd'T'HH:mm:ssXXX), or give it a string's schema, "
                        + "@SchemaFrom(type = String.class)"), warnings);
    }

    @Test
    void mergesVersionsOfOneKindIntoOneCrd() throws IOException {
        source("p/A1.java", resource("p", "A1", "v1alpha1", ", storage = false"));
        source("p/A2.java", resource("p", "A2", "v1", ""));
        FileSet files = CrdGenerator.generate(List.of(src), "config/crd");
        assertEquals(1, files.size());
        String yaml = files.get("config/crd/things.a.example.com.yaml").content();
        assertTrue(yaml.indexOf("- name: v1\n") < yaml.indexOf("- name: v1alpha1\n"), yaml);
        assertTrue(yaml.contains("scope: Cluster"), yaml);
    }

    @Test
    void refusesTwoStorageVersions() throws IOException {
        source("p/A1.java", resource("p", "A1", "v1alpha1", ""));
        source("p/A2.java", resource("p", "A2", "v1", ""));
        OpctlException e = assertThrows(OpctlException.class, () -> CrdGenerator.generate(List.of(src), ""));
        assertEquals(ExitCode.INVALID_INPUT, e.exitCode());
        assertTrue(e.getMessage().matches("CRD things\\.a\\.example\\.com has 2 storage versions: v1 \\("
                + Pattern.quote(src.resolve("p/A2.java").toString()) + ":\\d+\\), v1alpha1 \\("
                + Pattern.quote(src.resolve("p/A1.java").toString()) + ":\\d+\\); the API server stores one: write "
                + Pattern.quote("@Version(value = \"...\", storage = false) on the others")), e.getMessage());
        // Each version's own errors are said with it.
        source("p/A2.java", resource("p", "A2", "v1", "").replace("CustomResource<Void, Void>",
                "CustomResource<Spec, Void>"));
        source("p/Spec.java", "package p;\n\npublic class Spec {\n    public Thread worker;\n}\n");
        OpctlException both = assertThrows(OpctlException.class, () -> CrdGenerator.generate(List.of(src), ""));
        assertTrue(both.getMessage().contains("has 2 storage versions"), both.getMessage());
        assertEquals(1, both.getSuppressed().length);
        assertTrue(both.getSuppressed()[0].getMessage().startsWith(src.resolve("p/Spec.java") + ":4: field 'worker': "
                + "opctl does not map the JDK class Thread"), both.getSuppressed()[0].getMessage());
    }

    @Test
    void refusesADeprecationWarningOnAVersionNotDeprecated() throws IOException {
        source("p/A1.java", resource("p", "A1", "v1", ", deprecationWarning = \"use v2\""));
        OpctlException e = assertThrows(OpctlException.class, () -> CrdGenerator.generate(List.of(src), ""));
        assertEquals(ExitCode.INVALID_INPUT, e.exitCode());
        assertEquals(src.resolve("p/A1.java") + ":7: @Version(\"v1\") has a deprecationWarning but is not deprecated, "
                + "and the API server takes a warning only for a deprecated version: add deprecated = true, or remove "
                + "the warning", e.getMessage());
        source("p/A1.java", resource("p", "A1", "v1", ", deprecated = true, deprecationWarning = \"use v2\""));
        String yaml = CrdGenerator.generate(List.of(src), "").files().get(0).content();
        assertTrue(yaml.contains("deprecated: true\n    deprecationWarning: use v2\n"), yaml);
    }

    /** Each refused by envtest's kube-apiserver as a DNS-1035 label; fabric8 writes the CRD, or crashes. */
    @Test
    void refusesNamesTheApiServerRefuses() throws IOException {
        String hint = "use at most 63 lower-case letters, digits and '-', starting with a letter and ending with a "
                + "letter or digit (Kubernetes' rule for CRD names)";
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("@Plural(\"Foo Bar\")", "invalid plural (@Plural) 'foo bar': ");
        refused.put("@Singular(\"my_thing\")", "invalid singular (@Singular or the kind in lower case) 'my_thing': ");
        refused.put("@ShortNames({\"t\", \"A\"})", "invalid short name (@ShortNames) 'A': ");
        refused.put("@ShortNames(\"\")", "invalid short name (@ShortNames) '': ");
        refused.put("@io.fabric8.kubernetes.model.annotation.Categories(\"my stuff\")",
                "invalid category (@Categories) 'my stuff': ");
        refused.put("@Kind(\"My_Thing\")", "invalid kind (@Kind or the class name), in lower case, 'my_thing': ");
        refused.put("@Kind(\"T" + "a".repeat(59) + "\")", "invalid list kind (the kind and 'List'), in lower case, 't"
                + "a".repeat(59) + "list': ");
        for (Map.Entry<String, String> names : refused.entrySet()) {
            source("p/A1.java", """
                    package p;

                    import io.fabric8.kubernetes.client.CustomResource;
                    import io.fabric8.kubernetes.model.annotation.*;

                    @Group("a.example.com")
                    @Version("v1")
                    %s
                    public class A1 extends CustomResource<Void, Void> {
                    }
                    """.formatted(names.getKey()));
            OpctlException e = assertThrows(OpctlException.class, () -> CrdGenerator.generate(List.of(src), ""),
                    names.getKey());
            assertEquals(ExitCode.INVALID_INPUT, e.exitCode());
            assertEquals(src.resolve("p/A1.java") + ":6: " + names.getValue() + hint, e.getMessage());
        }
        // A lower-case kind with a '-' is a label (the API server takes it), as are names given twice.
        source("p/A1.java", """
                package p;

                @io.fabric8.kubernetes.model.annotation.Group("a.example.com")
                @io.fabric8.kubernetes.model.annotation.Version("v1")
                @io.fabric8.kubernetes.model.annotation.Kind("my-kind")
                @io.fabric8.kubernetes.model.annotation.ShortNames({"m", "m"})
                public class A1 extends io.fabric8.kubernetes.client.CustomResource<Void, Void> {
                }
                """);
        assertEquals("config/crd/my-kinds.a.example.com.yaml", CrdGenerator.generate(List.of(src), "config/crd")
                .files().get(0).path());
    }

    @Test
    void refusesTwoClassesOfOneVersionStoredOrNot() throws IOException {
        // Both stored: the duplicate is named, not two storage versions.
        source("p/A1.java", resource("p", "A1", "v1", ""));
        source("p/A2.java", resource("p", "A2", "v1", ""));
        OpctlException both = assertThrows(OpctlException.class, () -> CrdGenerator.generate(List.of(src), ""));
        assertEquals(ExitCode.INVALID_INPUT, both.exitCode());
        assertTrue(both.getMessage().matches(Pattern.quote(src.resolve("p/A1.java").toString()) + ":\\d+ and "
                + Pattern.quote(src.resolve("p/A2.java").toString()) + ":\\d+ both define version v1 of CRD "
                + Pattern.quote("things.a.example.com; a CRD has each version once: change one's @Version or @Kind, "
                + "or leave it out of --sources")), both.getMessage());
        // One not stored: two entries named v1 would be an invalid CRD.
        source("p/A2.java", resource("p", "A2", "v1", ", storage = false"));
        OpctlException one = assertThrows(OpctlException.class, () -> CrdGenerator.generate(List.of(src), ""));
        assertTrue(one.getMessage().contains(" both define version v1 of CRD things.a.example.com"), one.getMessage());
    }

    @Test
    void refusesVersionsNoneOfWhichIsStored() throws IOException {
        source("p/A1.java", resource("p", "A1", "v1alpha1", ", storage = false"));
        source("p/A2.java", resource("p", "A2", "v1", ", storage = false"));
        OpctlException e = assertThrows(OpctlException.class, () -> CrdGenerator.generate(List.of(src), ""));
        assertEquals(ExitCode.INVALID_INPUT, e.exitCode());
        assertTrue(e.getMessage().matches("CRD things\\.a\\.example\\.com has no storage version: v1 \\("
                + Pattern.quote(src.resolve("p/A2.java").toString()) + ":\\d+\\), v1alpha1 \\("
                + Pattern.quote(src.resolve("p/A1.java").toString()) + ":\\d+\\) all say "
                + Pattern.quote("@Version(storage = false); drop storage = false on the one the API server stores")),
                e.getMessage());
    }

    @Test
    void refusesWhatTheApiServerRefusesOfACrdsNamesAndVersions() throws IOException {
        // One version, not stored: the API server wants exactly one storage version.
        source("p/A1.java", resource("p", "A1", "v1", ", storage = false"));
        assertEquals("CRD things.a.example.com has no storage version: v1 (" + src.resolve("p/A1.java") + ":7) says "
                + "@Version(storage = false); drop storage = false on the one the API server stores", refused());
        // A version is a DNS-1035 label: it starts with a letter.
        source("p/A1.java", resource("p", "A1", "1", ""));
        assertEquals(src.resolve("p/A1.java") + ":7: invalid version (@Version) '1': use at most 63 lower-case "
                + "letters, digits and '-', starting with a letter and ending with a letter or digit (Kubernetes' rule "
                + "for CRD names)", refused());
        // An empty @Plural is the client's plural as written: no resource the API server has.
        source("p/A1.java", resource("p", "A1", "v1", "").replace("@Group", "@io.fabric8.kubernetes.model.annotation"
                + ".Plural(\"\")\n@Group"));
        assertEquals(src.resolve("p/A1.java") + ":7: @Plural(\"\") is empty, and fabric8's client would name the "
                + "resource with it as written; give a name, or remove it for the default", refused());
        // An invalid group names the class, as the other names do.
        source("p/A1.java", resource("p", "A1", "v1", "").replace("a.example.com", "A.example.com"));
        assertEquals(src.resolve("p/A1.java") + ":7: invalid API group (@Group) 'A.example.com': use a DNS subdomain "
                + "of lower-case letters, digits, '-' and '.' (e.g. example.com)", refused());
        // Each class's is said, in one run, and the other CRDs' errors of properties.
        source("p/B1.java", resource("p", "B1", "1", ""));
        source("q/C.java", resource("q", "C", "v1", "").replace("Kind(\"Thing\")", "Kind(\"Other\")")
                .replace("CustomResource<Void, Void>", "CustomResource<q.C.Spec, Void>").replace("{\n}",
                        "{\n    public static class Spec {\n        public Thread worker;\n    }\n}"));
        OpctlException e = assertThrows(OpctlException.class, () -> CrdGenerator.generate(List.of(src), ""));
        assertEquals(List.of(src.resolve("p/A1.java") + ":7: invalid API group (@Group) 'A.example.com'",
                src.resolve("p/B1.java") + ":7: invalid version (@Version) '1'", src.resolve("q/C.java")
                + ":12: field 'worker'"), Stream.concat(Stream.of(e), Stream.of(e.getSuppressed()))
                .map(t -> t.getMessage().split(": use|: opctl does not map")[0]).toList());
    }

    @Test
    void refusesVersionsOfOneCrdThatDisagreeOnWhatTheCrdHasOnceOrTwoCrdsOfOneKind() throws IOException {
        // fabric8 takes one version's categories, labels and annotations, whichever it read first; opctl the storage
        // version's, saying where another differs (add api adds a version without those written on the first).
        source("p/A1.java", resource("p", "A1", "v1", ", storage = false").replace("@Group",
                "@io.fabric8.kubernetes.model.annotation.Categories(\"c1\")\n@Group"));
        source("p/A2.java", resource("p", "A2", "v2", "").replace("@Group", "@io.fabric8.crd.generator.annotation"
                + ".Labels(\"team=a\")\n@io.fabric8.kubernetes.model.annotation.Categories(\"c2\")\n@Group"));
        List<String> warnings = new ArrayList<>();
        String yaml = CrdGenerator.generate(List.of(src), Map.of(), "", CrdGenerator.Options.DEFAULT, warnings::add)
                .files().get(0).content();
        assertTrue(yaml.contains("  labels:\n    team: a\n") && yaml.contains("    categories:\n    - c2\n"), yaml);
        assertEquals(List.of(src.resolve("p/A1.java") + ":7: version v1 of CRD things.a.example.com has other "
                + "categories than its storage version v2 (" + src.resolve("p/A2.java") + ":7): [c1], [c2]; the CRD "
                + "takes the storage version's: make them the same", src.resolve("p/A1.java") + ":7: version v1 of "
                + "CRD things.a.example.com has other labels than its storage version v2 (" + src.resolve("p/A2.java")
                + ":7): {}, {team=a}; the CRD takes the storage version's: make them the same"), warnings);
        // What the CRD has once and names the kind by must agree.
        source("p/A1.java", resource("p", "A1", "v1", ", storage = false").replace("@Group",
                "@io.fabric8.kubernetes.model.annotation.ShortNames(\"t\")\n@Group"));
        assertEquals(src.resolve("p/A1.java") + ":7 and " + src.resolve("p/A2.java") + ":7 both define CRD "
                + "things.a.example.com but disagree on its short names ([t], []); make them the same", refused());
        // The same kind in two CRDs (their plurals differ): the API server would not accept the second's names.
        source("p/A2.java", resource("p", "A2", "v1", "").replace("@Group", "@io.fabric8.kubernetes.model.annotation"
                + ".Plural(\"things2\")\n@Group"));
        assertEquals(src.resolve("p/A1.java") + ":7 and " + src.resolve("p/A2.java") + ":7 both define kind Thing of "
                + "group a.example.com, as CRDs things.a.example.com and things2.a.example.com, and the API server "
                + "serves a kind by one CRD; give them one plural and singular (@Plural, @Singular), or another kind",
                refused());
    }

    @Test
    void aPropertyJacksonReadsButDoesNotWriteIsLeftOutAndSaid() throws IOException {
        // Apache Flink's spec.flinkConfiguration: a field Jackson reads (@JsonDeserialize) beside an ignored overload
        // of its setter. Jackson writes none of it, so the CRD leaves it out, as fabric8's generator does, and the API
        // server would drop every user's configuration (trial39 M1).
        resourceWithSpec("Job");
        source("p/JobSpec.java", """
                package p;

                import com.fasterxml.jackson.annotation.JsonIgnore;
                import com.fasterxml.jackson.databind.JsonNode;
                import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
                import java.util.Map;

                public class JobSpec {
                    private String name;
                    @JsonDeserialize(as = JsonNode.class)
                    private JsonNode configuration;

                    public String getName() { return name; }
                    public void setName(String name) { this.name = name; }
                    public JsonNode getConfiguration() { return configuration; }
                    public void setConfiguration(JsonNode configuration) { this.configuration = configuration; }
                    @JsonIgnore
                    public void setConfiguration(Map<String, String> configuration) { }
                }
                """);
        List<String> warnings = new ArrayList<>();
        String yaml = CrdGenerator.generate(List.of(src), Map.of(), "", CrdGenerator.Options.DEFAULT, warnings::add)
                .files().get(0).content();
        assertFalse(yaml.contains("configuration"), yaml);
        assertTrue(yaml.contains("name:"), yaml);
        assertEquals(List.of(src.resolve("p/JobSpec.java") + ":10: field 'configuration': Jackson reads it "
                + "(@JsonDeserialize) but writes none of it (a @JsonIgnore on one of its members), so the CRD leaves it "
                + "out, as fabric8's generator does, and the API server drops it from every object; name it "
                + "@JsonProperty where Jackson writes it, or take the @JsonIgnore away"), warnings);
        // Named for writing too: kept, nothing to say.
        source("p/JobSpec.java", Files.readString(src.resolve("p/JobSpec.java")).replace("@JsonDeserialize(",
                "@com.fasterxml.jackson.annotation.JsonProperty\n    @JsonDeserialize("));
        warnings.clear();
        yaml = CrdGenerator.generate(List.of(src), Map.of(), "", CrdGenerator.Options.DEFAULT, warnings::add)
                .files().get(0).content();
        assertTrue(yaml.contains("configuration:"), yaml);
        assertEquals(List.of(), warnings);
    }

    @Test
    void refusesABoundThatIsNoFiniteNumberAndPreserveUnknownFieldsOnAnIntOrString() throws IOException {
        resourceWithSpec("Bin");
        source("p/BinSpec.java", """
                package p;

                public class BinSpec {
                    @io.fabric8.generator.annotation.Min(0.0 / 0)
                    public double ratio;
                }
                """);
        assertEquals(src.resolve("p/BinSpec.java") + ":4: field 'ratio': @Min(NaN) is no finite number, which a CRD's "
                + "bound must be; write one, or remove it", refused());
        source("p/BinSpec.java", """
                package p;

                public class BinSpec {
                    @io.fabric8.crd.generator.annotation.PreserveUnknownFields
                    public io.fabric8.kubernetes.api.model.IntOrString port;
                }
                """);
        assertEquals(src.resolve("p/BinSpec.java") + ":4: field 'port': @PreserveUnknownFields on an int-or-string "
                + "(IntOrString) value, which the API server refuses (x-kubernetes-preserve-unknown-fields must be "
                + "false where x-kubernetes-int-or-string is true); remove it", refused());
    }

    @Test
    void refusesLabelsAndAnnotationsTheApiServerRefuses() throws IOException {
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("@Labels(\"=x\")", "@Labels: \"=x\" has the key '', which Kubernetes refuses: write an optional "
                + "DNS subdomain and '/', then at most 63 letters, digits, '-', '_' and '.', starting and ending with a "
                + "letter or digit");
        refused.put("@Labels(\"sp = x\")", "@Labels: \"sp = x\" has the key 'sp ', which Kubernetes refuses: write "
                + "an optional DNS subdomain and '/', then at most 63 letters, digits, '-', '_' and '.', starting and "
                + "ending with a letter or digit");
        refused.put("@Labels(\"a=b=c\")", "@Labels: \"a=b=c\" has the value 'b=c', which Kubernetes refuses for a "
                + "label: write at most 63 letters, digits, '-', '_' and '.', starting and ending with a letter or "
                + "digit, or nothing");
        refused.put("@Labels(\"Example.com/x=1\")", "@Labels: \"Example.com/x=1\" has the key "
                + "'Example.com/x', which Kubernetes refuses: write an optional DNS subdomain and '/', then at most 63 "
                + "letters, digits, '-', '_' and '.', starting and ending with a letter or digit");
        refused.put("@Annotations(\"a b=1\")", "@Annotations: \"a b=1\" has the key 'a b', which Kubernetes refuses: "
                + "write an optional DNS subdomain and '/', then at most 63 letters, digits, '-', '_' and '.', starting "
                + "and ending with a letter or digit");
        refused.put("@Annotations(\"x\")", "@Annotations: \"x\" is not a key=value pair; write it as \"key=value\"");
        for (Map.Entry<String, String> c : refused.entrySet()) {
            source("p/A1.java", resource("p", "A1", "v1", "").replace("@Group", "@io.fabric8.crd.generator.annotation."
                    + c.getKey().substring(1) + "\n@Group"));
            assertEquals(src.resolve("p/A1.java") + ":7: " + c.getValue(), refused(), c.getKey());
        }
        // What it takes: an annotation's value is free text, a label's may be empty (fabric8 fails on that).
        source("p/A1.java", resource("p", "A1", "v1", "").replace("@Group", "@io.fabric8.crd.generator.annotation"
                + ".Labels({\"app.kubernetes.io/part-of=shop\", \"empty=\"})\n@io.fabric8.crd.generator.annotation"
                + ".Annotations({\"note=a=b c\", \"Example.com/x=1\"})\n@Group"));
        String yaml = CrdGenerator.generate(List.of(src), "").files().get(0).content();
        assertTrue(yaml.contains("  annotations:\n    Example.com/x: \"1\"\n    note: a=b c\n  labels:\n    app.kubernetes.io/part-of: shop\n"
                + "    empty: \"\"\n"), yaml);
    }

    @Test
    void refusesAScaleSubresourceColumnsAndSelectableFieldsTheApiServerRefuses() throws IOException {
        source("p/A.java", resource("p", "A", "v1", "").replace("CustomResource<Void, Void>",
                "CustomResource<Spec, Status>"));
        String status = "package p;\n\npublic class Status {\n    @io.fabric8.kubernetes.model.annotation.StatusReplicas\n"
                + "    public int ready;\n}\n";
        source("p/Status.java", status);
        Map<String, String> refused = new LinkedHashMap<>();
        // fabric8 writes each of these; a property's is placed at the property, a missing one's at the resource.
        // Where each annotation it has is: a class of a jar's too (trial /tmp/trial36 M7).
        refused.put("public int size;", "p/A.java:7: the scale subresource needs @SpecReplicas on a property (the "
                + "API server requires specReplicasPath), and has only @StatusReplicas on .status.ready ("
                + src.resolve("p/Status.java") + ":4: field 'ready'); add it, or remove the scale annotations");
        refused.put("@io.fabric8.crd.generator.annotation.SelectableField public java.util.List<String> tags;",
                "p/Spec.java:4: field 'tags': @SelectableField on .spec.tags, a value of kind array; the API server "
                        + "selects by strings, integers and booleans only: move it");
        refused.put("@io.fabric8.crd.generator.annotation.SelectableField public "
                + "io.fabric8.kubernetes.api.model.IntOrString port;", "p/Spec.java:4: field 'port': @SelectableField on "
                + ".spec.port, a value of kind int-or-string; the API server selects by strings, integers and booleans "
                + "only, each of one type: move it");
        refused.put("public java.util.Map<String, Part> parts;\n\n    public static class Part {\n"
                + "        @io.fabric8.crd.generator.annotation.SelectableField public String name;\n    }",
                "p/A.java:7: selectable field .spec.parts.name goes into the elements of .spec.parts, a list or map, "
                        + "and the API server selects by one value of the object only; select by a field outside it");
        refused.put("@io.fabric8.kubernetes.model.annotation.SpecReplicas public int size;\n"
                + "    @io.fabric8.kubernetes.model.annotation.StatusReplicas\n    public int ready;",
                "p/Spec.java:5: field 'ready': @StatusReplicas is on .spec.ready, and the API server wants "
                        + "statusReplicasPath under .status; move it there");
        for (Map.Entry<String, String> c : refused.entrySet()) {
            source("p/Spec.java", "package p;\n\npublic class Spec {\n    " + c.getKey() + "\n}\n");
            source("p/Status.java", c.getKey().equals("public int size;") ? status
                    : "package p;\n\npublic class Status {\n}\n");
            assertEquals(src + "/" + c.getValue(), refused(), c.getKey());
        }
        source("p/Status.java", status);
        source("p/Spec.java", "package p;\n\npublic class Spec {\n"
                + "    @io.fabric8.kubernetes.model.annotation.SpecReplicas public int size;\n}\n");
        String yaml = CrdGenerator.generate(List.of(src), "").files().get(0).content();
        assertTrue(yaml.contains("        specReplicasPath: .spec.size\n        statusReplicasPath: .status.ready\n"), yaml);
        assertEquals(List.of(), warnings());
        // The API server takes these, and /scale fails on them at run time: warned of, written as fabric8 does.
        source("p/Spec.java", "package p;\n\npublic class Spec {\n"
                + "    @io.fabric8.kubernetes.model.annotation.SpecReplicas public String size;\n"
                + "    @io.fabric8.kubernetes.model.annotation.LabelSelector\n"
                + "    public io.fabric8.kubernetes.api.model.LabelSelector selector;\n}\n");
        assertEquals(List.of(src.resolve("p/Spec.java") + ":4: field 'size': @SpecReplicas on a value of kind string, where the "
                + "scale subresource reads an integer; kubectl scale and autoscalers fail on it: make it an int",
                src.resolve("p/Spec.java") + ":5: field 'selector': @LabelSelector on a value of kind object, where the scale subresource "
                + "reads a string; kubectl scale and autoscalers fail on it: make it a String holding the selector as "
                + "text (\"app=web\")"), warnings());
        yaml = CrdGenerator.generate(List.of(src), "").files().get(0).content();
        assertTrue(yaml.contains("        labelSelectorPath: .spec.selector\n        specReplicasPath: .spec.size\n"),
                yaml);
        source("p/A.java", resource("p", "A", "v1", "").replace("CustomResource<Void, Void>",
                "CustomResource<Spec, Status>").replace("{\n}", "{\n    @io.fabric8.kubernetes.model.annotation"
                + ".LabelSelector\n    public String selector;\n}"));
        assertEquals(src.resolve("p/A.java") + ":11: field 'selector': @LabelSelector is on .selector, and the API "
                + "server wants labelSelectorPath under .spec or .status; move it there", refused());
        source("p/A.java", resource("p", "A", "v1", "").replace("CustomResource<Void, Void>",
                "CustomResource<Spec, Status>").replace("@Group", "@io.fabric8.crd.generator.annotation"
                + ".AdditionalPrinterColumn(name = \"B\", jsonPath = \"spec.size\")\n@Group"));
        assertEquals(src.resolve("p/A.java") + ":7: printer column B has the JSON path 'spec.size', which does not "
                + "start with '.', which the API server refuses; write '.spec.size'", refused());
        // A value javac refuses too, not a column without its format.
        source("p/A.java", resource("p", "A", "v1", "").replace("CustomResource<Void, Void>",
                "CustomResource<Spec, Status>").replace("@Group", "@io.fabric8.crd.generator.annotation"
                + ".AdditionalPrinterColumn(name = \"B\", jsonPath = \".spec.size\", format = \"int32\")\n@Group"));
        assertEquals(src.resolve("p/A.java") + ":7: @AdditionalPrinterColumn: format takes a constant of its enum, "
                + "not \"int32\" (javac refuses another value too)", refused());
        source("p/A.java", resource("p", "A", "v1", "").replace("CustomResource<Void, Void>",
                "CustomResource<Spec, Status>").replace("@Group", "@io.fabric8.crd.generator.annotation"
                + ".AdditionalSelectableField(jsonPath = \".metadata.name\")\n@Group"));
        assertEquals(src.resolve("p/A.java") + ":7: selectable field .metadata.name: the API server takes a JSON path "
                + "that starts with '.' and is not in .metadata (which it selects by already)", refused());
        // Each is said in one run: a column's, a selectable field's and the scale subresource's.
        source("p/A.java", resource("p", "A", "v1", "").replace("CustomResource<Void, Void>",
                "CustomResource<Spec, Status>").replace("@Group", "@io.fabric8.crd.generator.annotation"
                + ".AdditionalPrinterColumn(name = \"B\", jsonPath = \"spec.size\")\n@io.fabric8.crd.generator.annotation"
                + ".AdditionalSelectableField(jsonPath = \".metadata.name\")\n@Group"));
        source("p/Spec.java", "package p;\n\npublic class Spec {\n    public int size;\n}\n");
        OpctlException e = assertThrows(OpctlException.class, () -> CrdGenerator.generate(List.of(src), ""));
        assertEquals(List.of("printer column B", "selectable field .metadata.name", "the scale subresource needs "
                + "@SpecReplicas"), Stream.concat(Stream.of(e), Stream.of(e.getSuppressed())).map(t -> t.getMessage()
                .substring((src.resolve("p/A.java") + ":7: ").length()).split(" has| on a|:| \\(")[0]).toList());
        // With a property's error too: said with it, but that the scale subresource lacks @SpecReplicas, which
        // may be on the property the error left out.
        source("p/Spec.java", "package p;\n\npublic class Spec {\n    public int size;\n    public Thread worker;\n}\n");
        OpctlException withSchema = assertThrows(OpctlException.class, () -> CrdGenerator.generate(List.of(src), ""));
        assertEquals(List.of("p/A.java:7: printer column B", "p/A.java:7: selectable field .metadata.name",
                "p/Spec.java:5: field 'worker'"), Stream.concat(Stream.of(withSchema), Stream.of(withSchema
                .getSuppressed())).map(t -> t.getMessage().substring(src.toString().length() + 1)
                .split(" has |: the |: opctl ")[0]).toList());
    }

    @Test
    void aColumnOrSelectableFieldWhosePathNamesNoPropertyIsSaid() throws IOException {
        source("p/A.java", resource("p", "A", "v1", "").replace("CustomResource<Void, Void>", "CustomResource<Spec, "
                + "Void>").replace("@Group", "@io.fabric8.crd.generator.annotation.AdditionalPrinterColumn(name = "
                + "\"Replicas\", jsonPath = \".spec.replica\")\n@io.fabric8.crd.generator.annotation"
                + ".AdditionalPrinterColumn(name = \"Age\", jsonPath = \".metadata.creationTimestamp\")\n"
                + "@io.fabric8.crd.generator.annotation.AdditionalSelectableField(jsonPath = \".spec.host\")\n@Group"));
        source("p/Spec.java", "package p;\n\npublic class Spec {\n    public int replicas;\n    public String hostname;\n}\n");
        // Written, as the API server takes them, and said: kubectl get shows the column empty.
        assertTrue(CrdGenerator.generate(List.of(src), "").files().get(0).content().contains("jsonPath: .spec.replica"));
        assertEquals(List.of(src.resolve("p/A.java") + ":7: printer column Replicas has the JSON path '.spec.replica', "
                + "which names no property 'replica' of .spec (it has hostname, replicas), so kubectl get shows the "
                + "column empty; did you mean .spec.replicas?", src.resolve("p/A.java") + ":7: selectable field "
                + ".spec.host names no property 'host' of .spec (it has hostname, replicas), so selecting by it finds "
                + "nothing; fix the path"), warnings());
    }

    @Test
    void aColumnInAListOrMapElementIsSaidToShowNothingWithThePathThatWould() throws IOException {
        source("p/A.java", resource("p", "A", "v1", "").replace("CustomResource<Void, Void>", "CustomResource<Spec, "
                + "Void>"));
        source("p/Spec.java", "package p;\n\nimport io.fabric8.crd.generator.annotation.PrinterColumn;\n"
                + "import java.util.List;\nimport java.util.Map;\n\npublic class Spec {\n    public List<Port> ports;\n"
                + "    public Map<String, Port> named;\n    public Port main;\n\n    public static class Port {\n"
                + "        @PrinterColumn\n        public String protocol;\n    }\n}\n");
        // Written as fabric8 writes them; said, with the path that names an element.
        String crd = CrdGenerator.generate(List.of(src), "").files().get(0).content();
        assertTrue(crd.contains("jsonPath: .spec.ports.protocol"), crd);
        assertEquals(List.of(src.resolve("p/A.java") + ":7: printer column PROTOCOL has the JSON path "
                + "'.spec.named.protocol', which goes into the elements of .spec.named without naming one, so kubectl "
                + "get shows the column empty; name one with @AdditionalPrinterColumn on the resource class instead: "
                + ".spec.named.KEY.protocol", src.resolve("p/A.java") + ":7: printer column PROTOCOL has the JSON path "
                + "'.spec.ports.protocol', which goes into the elements of .spec.ports without naming one, so kubectl "
                + "get shows the column empty; name one with @AdditionalPrinterColumn on the resource class instead: "
                + ".spec.ports[0].protocol"), warnings());
    }

    @Test
    void aColumnPathIsCheckedWithTheErrorsOfItsSchemaButWhereAnErrorLeftAPropertyOut() throws IOException {
        source("p/A.java", resource("p", "A", "v1", "").replace("CustomResource<Void, Void>", "CustomResource<Spec, "
                + "Void>").replace("@Group", "@io.fabric8.crd.generator.annotation.AdditionalPrinterColumn(name = "
                + "\"Replicas\", jsonPath = \".spec.replica\")\n@io.fabric8.crd.generator.annotation"
                + ".AdditionalPrinterColumn(name = \"Worker\", jsonPath = \".spec.inner.worker\")\n"
                + "@io.fabric8.crd.generator.annotation.AdditionalPrinterColumn(name = \"Name\", jsonPath = "
                + "\".spec.inner.nam\")\n@Group"));
        source("p/Spec.java", "package p;\n\npublic class Spec {\n    public int replicas;\n    public Inner inner;\n\n"
                + "    public static class Inner {\n        public Thread worker;\n        public String name;\n    }\n}\n");
        // In the run that says the error: .spec.replica; not .spec.inner's, whose worker the error left out.
        List<String> warnings = new ArrayList<>();
        OpctlException e = assertThrows(OpctlException.class, () -> CrdGenerator.generate(List.of(src), Map.of(), "",
                CrdGenerator.Options.DEFAULT, warnings::add));
        assertTrue(e.getMessage().contains("field 'worker'"), e.getMessage());
        assertEquals(List.of(src.resolve("p/A.java") + ":7: printer column Replicas has the JSON path '.spec.replica', "
                + "which names no property 'replica' of .spec (it has inner, replicas), so kubectl get shows the "
                + "column empty; did you mean .spec.replicas?"), warnings);
    }

    private String refused() {
        return assertThrows(OpctlException.class, () -> CrdGenerator.generate(List.of(src), "")).getMessage();
    }

    @Test
    void refusesAnInvalidGroupWithItsLocation() throws IOException {
        source("p/A.java", resource("p", "A", "v1", "").replace("a.example.com", "Example"));
        OpctlException e = assertThrows(OpctlException.class, () -> CrdGenerator.generate(List.of(src), ""));
        assertTrue(e.getMessage().startsWith(src.resolve("p/A.java") + ":7: @Group(\"Example\") is not a valid API "
                + "group"), e.getMessage());
    }

    @Test
    void namesTheFileAndLineOfASyntaxError() throws IOException {
        source("p/Broken.java", "package p;\n\npublic class Broken {\n    int x =\n}\n");
        OpctlException e = assertThrows(OpctlException.class, () -> CrdGenerator.generate(List.of(src), ""));
        assertTrue(e.getMessage().startsWith(src.resolve("p/Broken.java") + ":"), e.getMessage());
        assertTrue(e.getMessage().contains("cannot parse Java"), e.getMessage());
    }

    @Test
    void refusesARecursiveType() throws IOException {
        source("p/A.java", resource("p", "A", "v1", "").replace("CustomResource<Void, Void>",
                "CustomResource<Node, Void>"));
        source("p/Node.java", "package p;\n\npublic class Node {\n    public Node next;\n}\n");
        OpctlException e = assertThrows(OpctlException.class, () -> CrdGenerator.generate(List.of(src), ""));
        assertTrue(e.getMessage().contains("Node refers to itself"), e.getMessage());
    }

    private OpctlException specFieldError(String imports, String field) throws IOException {
        source("p/A.java", resource("p", "A", "v1", "").replace("CustomResource<Void, Void>",
                "CustomResource<Spec, Void>"));
        source("p/Spec.java", "package p;\n\n" + imports + "public class Spec {\n    " + field + "\n}\n");
        return assertThrows(OpctlException.class, () -> CrdGenerator.generate(List.of(src), ""));
    }

    @Test
    void aMemberTypeInheritedFromASuperclassWinsOverAnOnDemandImportAsInJavac() throws IOException {
        source("p/A.java", resource("p", "A", "v1", "").replace("CustomResource<Void, Void>",
                "CustomResource<Spec, Void>"));
        source("p/Base.java", "package p;\n\npublic class Base {\n    public static class Inner {\n"
                + "        public int fromBase;\n    }\n}\n");
        source("q/Inner.java", "package q;\n\npublic class Inner {\n    public String fromImport;\n}\n");
        source("p/Spec.java", "package p;\n\nimport q.*;\n\npublic class Spec extends Base {\n"
                + "    public Inner inner;\n}\n");
        String crd = CrdGenerator.generate(List.of(src), "").files().get(0).content();
        assertTrue(crd.contains("fromBase:"), crd);
        assertFalse(crd.contains("fromImport:"), crd);
    }

    @Test
    void aTypeDeclaredTwiceIsOneLineNamingBoth() throws IOException {
        source("p/A.java", resource("p", "A", "v1", ""));
        Path other = Files.createDirectories(src.resolve("other/p"));
        Files.copy(src.resolve("p/A.java"), other.resolve("A.java"));
        OpctlException e = assertThrows(OpctlException.class, () -> CrdGenerator.generate(List.of(src), ""));
        assertEquals(ExitCode.INVALID_INPUT, e.exitCode());
        assertEquals(other.resolve("A.java") + ":7: p.A is declared twice, here and at " + src.resolve("p/A.java")
                + ":7 (javac rejects it too); pass each source directory once, and remove one of them", e.getMessage());
    }

    @Test
    void aNameTwoOnDemandImportsOfferIsAmbiguousAsJavacHasIt() throws IOException {
        source("q/Getter.java", "package q;\n\npublic @interface Getter {\n}\n");
        OpctlException e = specFieldError("import lombok.*;\nimport q.*;\n\n", "@Getter private String name;");
        assertEquals(ExitCode.INVALID_INPUT, e.exitCode());
        assertEquals(src.resolve("p/Spec.java") + ":7: Getter is ambiguous: both lombok.Getter and q.Getter are "
                + "imported on demand (javac rejects it too); import the one you mean by name", e.getMessage());
    }

    @Test
    void aTypeNameTwoOnDemandImportsOfferIsAnErrorOfTheMemberThatWritesItAlone() throws IOException {
        source("q/Item.java", "package q;\n\npublic class Item {\n    public String x;\n}\n");
        source("r/Item.java", "package r;\n\npublic class Item {\n    public String y;\n}\n");
        OpctlException e = specFieldError("import java.util.List;\nimport q.*;\nimport r.*;\n\n", """
                public List<Item> items;
                    public Thread worker;
                    public String name;""");
        assertEquals(List.of(":8: field 'items': Item is ambiguous: both q.Item and r.Item are imported on demand",
                ":9: field 'worker': opctl does not map the JDK class Thread to a schema"), Stream.concat(Stream.of(e),
                Stream.of(e.getSuppressed())).map(t -> t.getMessage().substring(src.resolve("p/Spec.java").toString()
                .length()).split(" \\(")[0]).toList());
        // A supertype's is the class's error, as before.
        source("p/Spec.java", "package p;\n\nimport q.*;\nimport r.*;\n\npublic class Spec extends Item {\n}\n");
        assertEquals(src.resolve("p/Spec.java") + ":6: Item is ambiguous: both q.Item and r.Item are imported on "
                + "demand (javac rejects it too); import the one you mean by name", refused());
    }

    @Test
    void aNameOfJavaLangThatAnOnDemandImportOffersTooIsAmbiguousAsJavacHasIt() throws IOException {
        source("q/Module.java", "package q;\n\npublic class Module {\n    public String name;\n}\n");
        OpctlException e = specFieldError("import q.*;\n\n", "public Module module;");
        assertEquals(src.resolve("p/Spec.java") + ":6: field 'module': Module is ambiguous: both java.lang.Module and "
                + "q.Module are "
                + "imported on demand (javac rejects it too); import the one you mean by name", e.getMessage());
        // Imported by name, it is the one meant.
        source("p/Spec.java", "package p;\n\nimport q.Module;\n\npublic class Spec {\n    public Module module;\n}\n");
        assertTrue(CrdGenerator.generate(List.of(src), "").get("things.a.example.com.yaml").content()
                .contains("module:"));
    }

    @Test
    void aMemberTypeNamedThroughASubclassIsTheOneItInherits() throws IOException {
        source("p/A.java", resource("p", "A", "v1", "").replace("CustomResource<Void, Void>",
                "CustomResource<Sub, Void>"));
        source("p/Base.java", "package p;\n\npublic class Base implements Types {\n    public static class Inner {\n"
                + "        public String x;\n    }\n\n    public Sub.Inner inner;\n    public p.Sub.FromInterface fromInterface;\n}\n");
        source("p/Types.java", "package p;\n\npublic interface Types {\n    class FromInterface {\n"
                + "        public int z;\n    }\n}\n");
        source("p/Sub.java", "package p;\n\npublic class Sub extends Base {\n}\n");
        String yaml = CrdGenerator.generate(List.of(src), "").get("things.a.example.com.yaml").content();
        assertTrue(yaml.contains("""
                              inner:
                                properties:
                                  x:
                                    type: string
                """), yaml);
        assertTrue(yaml.contains("""
                              fromInterface:
                                properties:
                                  z:
                                    type: integer
                """), yaml);
    }

    @Test
    void aPropertysConverterGivesWhatItReturnsWhereFabric8KeepsTheDeclaredType() throws IOException {
        // fabric8 writes the field's type for these (a string, string items), where Jackson writes 5 and [5].
        source("p/A.java", resource("p", "A", "v1", "").replace("CustomResource<Void, Void>",
                "CustomResource<Spec, Void>"));
        source("p/Length.java", "package p;\n\npublic class Length extends com.fasterxml.jackson.databind.util"
                + ".StdConverter<String, Integer> {\n    public Integer convert(String value) {\n"
                + "        return value.length();\n    }\n}\n");
        source("p/Spec.java", """
                package p;

                import com.fasterxml.jackson.databind.annotation.JsonSerialize;

                public class Spec {
                    @JsonSerialize(converter = Length.class)
                    public String name;
                    @JsonSerialize(contentConverter = Length.class)
                    public String[] names;
                }
                """);
        String yaml = CrdGenerator.generate(List.of(src), "").get("things.a.example.com.yaml").content();
        assertTrue(yaml.contains("""
                              name:
                                type: integer
                              names:
                                items:
                                  type: integer
                                type: array
                """), yaml);
        // A converter whose output is not written down (a raw StdConverter) is said, not guessed.
        source("p/Length.java", "package p;\n\n@SuppressWarnings(\"rawtypes\")\npublic class Length extends "
                + "com.fasterxml.jackson.databind.util.StdConverter {\n    public Object convert(Object value) {\n"
                + "        return value;\n    }\n}\n");
        OpctlException e = assertThrows(OpctlException.class, () -> CrdGenerator.generate(List.of(src), ""));
        assertEquals(src.resolve("p/Spec.java") + ":6: field 'name': its converter Length returns a type opctl cannot "
                + "read from it (a StdConverter<IN, OUT> with OUT a class); give the property @SchemaFrom(type = X.class) "
                + "with a class of that shape", e.getMessage());
    }

    @Test
    void aStaticOnDemandImportOffersAClasssMemberTypesToo() throws IOException {
        source("q/Local.java", "package q;\n\npublic class Local {\n    public @interface Required {\n    }\n}\n");
        OpctlException e = specFieldError("import static q.Local.*;\nimport io.fabric8.generator.annotation.*;\n\n",
                "@Required public int size;");
        assertEquals(src.resolve("p/Spec.java") + ":7: Required is ambiguous: both q.Local.Required and "
                + "io.fabric8.generator.annotation.Required are imported on demand (javac rejects it too); import the "
                + "one you mean by name", e.getMessage());
    }

    @Test
    void refusesValuesFabric8sAnnotationsDoNotTakeAsJavacDoes() throws IOException {
        String imports = "import io.fabric8.generator.annotation.*;\n\n";
        OpctlException e = specFieldError(imports, "@Max(\"ten\") public int size;");
        assertEquals(ExitCode.INVALID_INPUT, e.exitCode());
        assertEquals(src.resolve("p/Spec.java") + ":6: field 'size': @Max: value takes a number, not \"ten\" (javac refuses another value "
                + "too)",
                e.getMessage());
        e = specFieldError(imports, "@Min(value = 1, inclusive = \"no\") public int size;");
        assertTrue(e.getMessage().endsWith(":6: field 'size': @Min: inclusive takes true or false, not \"no\" (javac refuses another "
                + "value too)"), e.getMessage());
        e = specFieldError(imports, "@Max(value = 20, foo = 1) public int size;");
        assertTrue(e.getMessage().endsWith(":6: field 'size': @Max has no attribute 'foo' (javac refuses it too); its attributes: "
                + "inclusive, value"), e.getMessage());
        e = specFieldError(imports, "@Size(max = 2.5) public String name;");
        assertTrue(e.getMessage().endsWith(":6: field 'name': @Size: max takes a whole number, not 2.5 (javac refuses another value "
                + "too)"),
                e.getMessage());
        // Each names the member it is on: a getter, a type argument's field.
        e = specFieldError(imports, "private int size;\n    @Max(\"ten\") public int getSize() { return size; }");
        assertTrue(e.getMessage().endsWith(":7: method 'getSize': @Max: value takes a number, not \"ten\" (javac "
                + "refuses another value too)"), e.getMessage());
        e = specFieldError(imports + "import java.util.List;\n\n", "public List<@Max(\"ten\") Integer> sizes;");
        assertTrue(e.getMessage().endsWith(":8: field 'sizes': @Max: value takes a number, not \"ten\" (javac "
                + "refuses another value too)"), e.getMessage());
        // What javac takes: a char for a number, {x} for x, constants.
        source("p/Spec.java", "package p;\n\n" + imports + "public class Spec {\n    static final int TEN = 10;\n"
                + "    @Max(TEN) @Min({'a'}) @Size(max = 'z') @Pattern({\"^a\"}) public int size;\n}\n");
        CrdGenerator.generate(List.of(src), "");
    }

    @Test
    void refusesAnUnknownTypeWithFileLineAndField() throws IOException {
        OpctlException e = specFieldError("import org.acme.Money;\n\n", "public Money price;");
        assertEquals(ExitCode.INVALID_INPUT, e.exitCode());
        assertTrue(e.getMessage().startsWith(src.resolve("p/Spec.java") + ":6: field 'price': opctl cannot map type "
                + "Money (org.acme.Money) to a schema"), e.getMessage());
        // A class of the Kubernetes model the catalog has no schema of: its jars on the class path would do.
        e = specFieldError("import io.fabric8.kubernetes.api.model.*;\n\n",
                "public DefaultKubernetesResourceList<Secret> secrets;");
        assertEquals(src.resolve("p/Spec.java") + ":6: field 'secrets': opctl's catalog of the Kubernetes model of "
                + "fabric8 7.5.2 has no schema of DefaultKubernetesResourceList<Secret> "
                + "(io.fabric8.kubernetes.api.model.DefaultKubernetesResourceList); add fabric8's model jars to "
                + "--classpath (kubernetes-model-core and kubernetes-model-common; in a project they come with its "
                + "Maven dependencies), or map the field with @SchemaFrom(type = ...)", e.getMessage());
        // A JDK class not imported: said so, as javac says it.
        e = specFieldError("", "public List<String> names;");
        assertEquals(src.resolve("p/Spec.java") + ":4: field 'names': List<String> names no type of the file's "
                + "package or its imports (javac refuses it too); import java.util.List", e.getMessage());
        // A class of the sources in another package, not imported: the same.
        source("q/model/Money.java", "package q.model;\n\npublic class Money {\n    public long cents;\n}\n");
        e = specFieldError("", "public Money price;");
        assertEquals(src.resolve("p/Spec.java") + ":4: field 'price': Money names no type of the file's package or "
                + "its imports (javac refuses it too); import q.model.Money", e.getMessage());
    }

    @Test
    void aSupertypeNeitherTheSourcesNorTheClassPathDeclareIsAnErrorNotPropertiesDropped() throws IOException {
        source("p/A.java", resource("p", "A", "v1", "").replace("CustomResource<Void, Void>",
                "CustomResource<Spec, Void>"));
        source("p/Spec.java", "package p;\n\nimport org.lib.Base;\n\npublic class Spec extends Base {\n"
                + "    public int own;\n}\n");
        OpctlException superclass = assertThrows(OpctlException.class, () -> CrdGenerator.generate(List.of(src), ""));
        assertEquals(ExitCode.INVALID_INPUT, superclass.exitCode());
        assertEquals(src.resolve("p/Spec.java") + ":5: org.lib.Base, the superclass of p.Spec, is not declared in the "
                + "sources or on the class path, so the properties inherited from it are unknown; add its sources or "
                + "its jar (--sources, --classpath; in a project, a Maven dependency)", superclass.getMessage());

        source("p/Spec.java", "package p;\n\npublic class Spec implements org.lib.Labeled, java.io.Serializable,\n"
                + "        io.fabric8.kubernetes.api.model.KubernetesResource {\n    public int own;\n}\n");
        OpctlException implemented = assertThrows(OpctlException.class,
                () -> CrdGenerator.generate(List.of(src), ""));
        assertTrue(implemented.getMessage().startsWith(src.resolve("p/Spec.java") + ":3: org.lib.Labeled, the "
                + "interface of p.Spec, is not declared"), implemented.getMessage());

        // Once declared, in the sources here, its properties are there; the JDK's and fabric8's need nothing.
        source("org/lib/Labeled.java", "package org.lib;\n\npublic interface Labeled {\n"
                + "    default String getLabel() {\n        return \"\";\n    }\n}\n");
        String yaml = CrdGenerator.generate(List.of(src), "").files().get(0).content();
        assertTrue(yaml.contains("label:") && yaml.contains("own:"), yaml);
    }

    /** The classes of package org.lib compiled under {@code work}: each class's simple name, then its body. */
    private static Path library(Path work, String... classes) throws IOException {
        Path lib = Files.createDirectories(work.resolve("lib/org/lib"));
        for (int i = 0; i < classes.length; i += 2) {
            Files.writeString(lib.resolve(classes[i] + ".java"), "package org.lib;\n\n" + classes[i + 1]);
        }
        Path compiled = work.resolve("classes");
        Fabric8.compile(work.resolve("lib"), compiled);
        return compiled;
    }

    @Test
    void aClassWithAJsonAnyGetterWhoseEntriesTheApiServerPrunesIsAWarning() throws Exception {
        source("p/A.java", resource("p", "A", "v1", "").replace("CustomResource<Void, Void>",
                "CustomResource<Spec, Void>"));
        String spec = """
                package p;

                public class Spec {
                    public Labels labels;
                    @io.fabric8.crd.generator.annotation.PreserveUnknownFields
                    public Labels kept;

                    public static class Base {
                        @com.fasterxml.jackson.annotation.JsonAnyGetter
                        public java.util.Map<String, String> getOthers() {
                            return java.util.Map.of();
                        }
                    }

                    public static class Labels extends Base {
                        public String name;
                    }
                }
                """;
        source("p/Spec.java", spec);
        assertEquals(List.of(src.resolve("p/Spec.java") + ":4: field 'labels': Jackson writes the entries of getOthers() "
                + "(@JsonAnyGetter) as properties of Labels, where the API server prunes what its schema "
                + "(as fabric8's generator writes it) does not have: put @PreserveUnknownFields on the field (or on "
                + "the class, where the sources declare it)"), warnings());
        source("p/Spec.java", spec.replace("    public Labels labels;\n", ""));
        assertEquals(List.of(), warnings());
        // Of an interface whose method the class overrides, as Jackson takes it (Microcks' statuses: trial43 L1).
        source("p/Spec.java", """
                package p;

                public class Spec {
                    public Labels labels;

                    public interface Preserving {
                        @com.fasterxml.jackson.annotation.JsonAnyGetter
                        java.util.Map<String, Object> getAdditionalProperties();
                    }

                    public static class Labels implements Preserving {
                        public String name;

                        @Override
                        public java.util.Map<String, Object> getAdditionalProperties() {
                            return java.util.Map.of();
                        }
                    }
                }
                """);
        assertEquals(List.of(src.resolve("p/Spec.java") + ":4: field 'labels': Jackson writes the entries of "
                + "getAdditionalProperties() (@JsonAnyGetter) as properties of Labels, where the API server prunes what "
                + "its schema (as fabric8's generator writes it) does not have: put @PreserveUnknownFields on the field "
                + "(or on the class, where the sources declare it)"), warnings());
        // Not of a fabric8 model's class from a jar, as of the catalog's: its entries are what a server sent.
        source("p/Spec.java", "package p;\n\npublic class Spec {\n"
                + "    public io.fabric8.certmanager.api.model.v1.CertificatePrivateKey privateKey;\n}\n");
        Path certManager = Path.of(io.fabric8.certmanager.api.model.v1.CertificatePrivateKey.class.getProtectionDomain()
                .getCodeSource().getLocation().toURI());
        List<String> warnings = new ArrayList<>();
        CrdGenerator.generate(List.of(src), Map.of(), "", CrdGenerator.Options.DEFAULT.withClasspath(
                List.of(certManager)), warnings::add);
        assertEquals(List.of(), warnings);
        // Nor of a class of the user's extending one (a Condition of its own): the any-getter is still the model's.
        source("p/Spec.java", "package p;\n\npublic class Spec {\n    public Key privateKey;\n\n"
                + "    public static class Key extends io.fabric8.certmanager.api.model.v1.CertificatePrivateKey {\n"
                + "        public String note;\n    }\n}\n");
        CrdGenerator.generate(List.of(src), Map.of(), "", CrdGenerator.Options.DEFAULT.withClasspath(
                List.of(certManager)), warnings::add);
        assertEquals(List.of(), warnings);
    }

    @Test
    void aSchemaCustomizerIsSaidNotToBeApplied() throws Exception {
        source("p/A.java", resource("p", "A", "v1", "").replace("CustomResource<Void, Void>",
                "CustomResource<Spec, Void>"));
        source("p/Spec.java", """
                package p;

                import io.fabric8.crdv2.generator.v1.SchemaCustomizer;

                @SchemaCustomizer(value = SchemaCustomizer.MergePatchCustomizer.class,
                        input = "{\\"x-kubernetes-validations\\":[{\\"rule\\":\\"self.a > 0\\"}]}")
                public class Spec {
                    public int a;
                }
                """);
        assertEquals(List.of(src.resolve("p/Spec.java") + ":5: @SchemaCustomizer on Spec is not applied: opctl does "
                + "not run fabric8's schema customizers, so the CRD lacks what it changes; write that with the "
                + "annotations opctl reads (@ValidationRule, @PreserveUnknownFields, @SchemaFrom, ...)"), warnings());
    }

    @Test
    void aWarningOfAPropertyOfTheClassPathIsSaidOnceWhateverThePathsThatReachIt(@TempDir Path work) throws IOException {
        Path classes = library(work, "Note", "public class Note {\n    public java.util.Optional<String> text;\n}\n");
        source("p/A.java", resource("p", "A", "v1", "").replace("CustomResource<Void, Void>",
                "CustomResource<Spec, Void>"));
        source("p/Spec.java", "package p;\n\npublic class Spec {\n    public org.lib.Note first;\n"
                + "    public org.lib.Note second;\n    public java.util.List<org.lib.Note> more;\n}\n");
        List<String> warnings = new ArrayList<>();
        CrdGenerator.generate(List.of(src), Map.of(), "", CrdGenerator.Options.DEFAULT.withClasspath(List.of(classes)),
                warnings::add);
        assertEquals(1, warnings.size(), warnings::toString);
        assertTrue(warnings.get(0).startsWith(src.resolve("p/Spec.java") + ":4: field 'first', Note.text: fabric8's "
                + "client cannot write or read an Optional"), warnings::toString);
        // Not the advice for a field of the sources (hold the value itself): the class is not the user's to change.
        assertTrue(warnings.get(0).endsWith("so every read of the resource fails; Note is a class of the class path, "
                + "not yours to change: register Jdk8Module with your client's KubernetesSerialization"),
                warnings::toString);
    }

    @Test
    void aPolymorphicClassOfTheClassPathInAFieldOfTheSourcesIsAdvisedOnTheField(@TempDir Path work) throws IOException {
        // The advice was to give the base class every field, a class of a jar (trial36 L5).
        Path classes = library(work, "Shape", """
                @com.fasterxml.jackson.annotation.JsonTypeInfo(use = com.fasterxml.jackson.annotation.JsonTypeInfo.Id.NAME)
                @com.fasterxml.jackson.annotation.JsonSubTypes(@com.fasterxml.jackson.annotation.JsonSubTypes.Type(
                        value = Circle.class, name = "circle"))
                public class Shape {
                    public String name;
                }
                """, "Circle", "public class Circle extends Shape {\n    public int radius;\n}\n");
        source("p/A.java", resource("p", "A", "v1", "").replace("CustomResource<Void, Void>",
                "CustomResource<Spec, Void>"));
        source("p/Spec.java", "package p;\n\npublic class Spec {\n    public org.lib.Shape shape;\n"
                + "    public java.util.List<org.lib.Shape> shapes;\n}\n");
        List<String> warnings = new ArrayList<>();
        CrdGenerator.generate(List.of(src), Map.of(), "", CrdGenerator.Options.DEFAULT.withClasspath(List.of(classes)),
                warnings::add);
        String writes = "Jackson writes the type property and the properties of the subtypes of Shape (@JsonTypeInfo), "
                + "where the API server prunes what its schema (as fabric8's generator writes it) does not have: ";
        assertEquals(List.of(src.resolve("p/Spec.java") + ":4: field 'shape': " + writes + "give the field "
                + "@PreserveUnknownFields, or the schema of a class of yours with every field, @SchemaFrom(type = "
                + "T.class) (Shape is a class of the class path, not yours to change)",
                // Of a list's elements, the field's annotations would be the list's.
                src.resolve("p/Spec.java") + ":5: field 'shapes': " + writes + "give its elements a class of yours "
                + "with every field of Shape's subtypes, or one with @PreserveUnknownFields (Shape is a class of the "
                + "class path, not yours to change; on the field, @PreserveUnknownFields applies to the list or map, not "
                + "to its elements)"),
                warnings);
    }

    @Test
    void aJsonAnyGetterOfTheElementsOfAListOrMapIsAdvisedOnTheirClass(@TempDir Path work) throws IOException {
        // On the field, @PreserveUnknownFields is the list's, not its elements' (trial45 M1, Strimzi's List<Condition>).
        Path classes = library(work, "Extra", """
                public class Extra {
                    public String name;

                    @com.fasterxml.jackson.annotation.JsonAnyGetter
                    public java.util.Map<String, Object> getExtra() {
                        return java.util.Map.of();
                    }
                }
                """, "Condition", """
                public class Condition {
                    public String type;

                    @com.fasterxml.jackson.annotation.JsonAnyGetter
                    public java.util.Map<String, Object> getAdditionalProperties() {
                        return java.util.Map.of();
                    }
                }
                """);
        source("p/A.java", resource("p", "A", "v1", "").replace("CustomResource<Void, Void>",
                "CustomResource<Spec, Void>"));
        source("p/Spec.java", """
                package p;

                public class Spec {
                    public java.util.List<Labels> labels;
                    public java.util.Map<String, org.lib.Extra> extras;
                    public java.util.List<org.lib.Condition> conditions;
                    public org.lib.Extra extra;

                    public static class Labels {
                        @com.fasterxml.jackson.annotation.JsonAnyGetter
                        public java.util.Map<String, String> getOthers() {
                            return java.util.Map.of();
                        }
                    }
                }
                """);
        List<String> warnings = new ArrayList<>();
        CrdGenerator.generate(List.of(src), Map.of(), "", CrdGenerator.Options.DEFAULT.withClasspath(List.of(classes)),
                warnings::add);
        String spec = src.resolve("p/Spec.java").toString();
        String pruned = " (@JsonAnyGetter) as properties of %s, where the API server prunes what its schema (as fabric8's "
                + "generator writes it) does not have: ";
        String elements = "@PreserveUnknownFields (on the field, it applies to the list or map, not to its elements)";
        // A jar's Condition keeps in getAdditionalProperties() what a server sent, as fabric8's models: no warning.
        assertEquals(List.of(spec + ":4: field 'labels': Jackson writes the entries of getOthers()"
                        + pruned.formatted("Labels") + "put on the class Labels " + elements,
                spec + ":5: field 'extras': Jackson writes the entries of getExtra()" + pruned.formatted("Extra")
                        + "give its elements a class of yours that extends Extra, with " + elements,
                spec + ":7: field 'extra': Jackson writes the entries of getExtra()" + pruned.formatted("Extra")
                        + "put @PreserveUnknownFields on the field (or on the class, where the sources declare it)"),
                warnings);
    }

    @Test
    void aWarningOfAPropertyOfTheClassPathAdvisesASwapNotAChangeToTheField(@TempDir Path work) throws IOException {
        Path classes = library(work, "Stamp", "public class Stamp {\n    public java.time.LocalDateTime at;\n"
                + "    public byte[] data;\n}\n");
        source("p/A.java", resource("p", "A", "v1", "").replace("CustomResource<Void, Void>",
                "CustomResource<Spec, Void>"));
        source("p/Spec.java", "package p;\n\npublic class Spec {\n    public org.lib.Stamp stamp;\n"
                + "    public java.time.LocalDateTime mine;\n}\n");
        List<String> warnings = new ArrayList<>();
        CrdGenerator.generate(List.of(src), Map.of(), "", CrdGenerator.Options.DEFAULT.withClasspath(List.of(classes)),
                warnings::add);
        String swap = "is a class of the class path, not yours to change: instead, @SchemaSwap(originalType = "
                + "org.lib.Stamp.class, fieldName = \"%s\", targetType = T.class) on the resource class gives the "
                + "property T's schema (without targetType, none: it is dropped)";
        assertEquals(List.of(src.resolve("p/Spec.java") + ":4: field 'stamp', Stamp.at: its schema (format: "
                + "date-time, as fabric8's generator writes it) refuses what fabric8's client writes for a "
                + "LocalDateTime, \"2024-05-01T10:15:30\" (no offset); Stamp " + swap.formatted("at"),
                src.resolve("p/Spec.java") + ":4: field 'stamp', Stamp.data: its schema (an array of integers, as "
                + "fabric8's generator writes it) refuses what fabric8's client writes for a byte[], Base64 text; "
                + "Stamp " + swap.formatted("data"),
                // A field of the sources: change its type.
                src.resolve("p/Spec.java") + ":5: field 'mine': its schema (format: date-time, as fabric8's "
                + "generator writes it) refuses what fabric8's client writes for a LocalDateTime, "
                + "\"2024-05-01T10:15:30\" (no offset); hold an OffsetDateTime or an Instant"), warnings);
    }

    @Test
    void anErrorInAClassOfTheClassPathGivesAdviceForAClassThatIsNotYoursToChange(@TempDir Path work)
            throws IOException {
        Path classes = library(work, "Blob", "public class Blob {\n    public IllegalStateException error;\n"
                + "    public Node head;\n\n    public static class Node {\n        public Node next;\n    }\n}\n");
        source("p/A.java", resource("p", "A", "v1", "").replace("CustomResource<Void, Void>",
                "CustomResource<Spec, Void>"));
        source("p/Spec.java", "package p;\n\npublic class Spec {\n    public org.lib.Blob blob;\n}\n");
        OpctlException e = assertThrows(OpctlException.class, () -> CrdGenerator.generate(List.of(src), Map.of(),
                "", CrdGenerator.Options.DEFAULT.withClasspath(List.of(classes)), warning -> { }));
        List<String> messages = new ArrayList<>(List.of(e.getMessage()));
        Stream.of(e.getSuppressed()).map(Throwable::getMessage).forEach(messages::add);
        // Not the advice for a field of the sources (hold what you need of it in fields of your own): a swap.
        assertTrue(messages.stream().anyMatch(m -> m.contains("field 'blob', Blob.error: java.lang"
                + ".IllegalStateException is an exception") && m.endsWith("; Blob is a class of the class path, not "
                + "yours to change: instead, @SchemaSwap(originalType = org.lib.Blob.class, fieldName = \"error\", "
                + "targetType = T.class) on the resource class gives the property T's schema (without targetType, "
                + "none: it is dropped)") && !m.contains("hold what you need")), messages::toString);
        // A cycle in classes of the class path: the swap that ends it, ready to paste.
        assertTrue(messages.stream().anyMatch(m -> m.contains("Node refers to itself") && m.endsWith("; a CRD schema "
                + "cannot be recursive: Node is a class of the class path, not yours to change: end the cycle with "
                + "@SchemaSwap(originalType = org.lib.Blob.Node.class, fieldName = \"next\", depth = 1) on the "
                + "resource class (or depth = N, N levels down)")), messages::toString);
    }

    @Test
    void aJarEnumConstantWhoseBodyOverridesTheJsonValueMethodIsRefusedAsFromSources(@TempDir Path work)
            throws IOException {
        // Jackson writes the override's value (fabric8: [low, special]); opctl wrote the enum's method's for all.
        Path classes = library(work, "Level", """
                public enum Level {
                    LOW, HIGH {
                        @Override
                        public String text() {
                            return "special";
                        }
                    }, MID { };

                    @com.fasterxml.jackson.annotation.JsonValue
                    public String text() {
                        return name().toLowerCase();
                    }
                }
                """);
        OpctlException e = assertThrows(OpctlException.class, () -> specCrd("package p;\n\npublic class Spec {\n"
                + "    public org.lib.Level level;\n}\n", CrdGenerator.Options.DEFAULT.withClasspath(List.of(classes))));
        assertTrue(e.getMessage().contains("enum org.lib.Level (from the class path) writes its values with a @JsonValue "
                + "that opctl cannot read (no value for its constant HIGH)"), e.getMessage());
        // A body that does not override it (MID's) changes nothing.
        Path plain = library(work.resolve("plain"), "Level", """
                public enum Level {
                    LOW, MID { };

                    @com.fasterxml.jackson.annotation.JsonValue
                    public String text() {
                        return name().toLowerCase();
                    }
                }
                """);
        String yaml = specCrd("package p;\n\npublic class Spec {\n    public org.lib.Level level;\n}\n",
                CrdGenerator.Options.DEFAULT.withClasspath(List.of(plain)));
        assertTrue(yaml.contains("enum:\n                - low\n                - mid\n"), yaml);
    }

    @Test
    void twoGettersJacksonRanksAlikeForOnePropertyAreRefusedAsJacksonRefusesThem(@TempDir Path work)
            throws IOException {
        // getX() and getx(): Jackson's "Conflicting getter definitions", fabric8's too; opctl took getx()'s type.
        OpctlException e = assertThrows(OpctlException.class, () -> specCrd("""
                package p;

                public class Spec {
                    public String getX() {
                        return "";
                    }

                    public Integer getx() {
                        return 1;
                    }
                }
                """, CrdGenerator.Options.DEFAULT));
        assertEquals(src.resolve("p/Spec.java") + ":8: getX() and getx() are both getters of property 'x', and Jackson "
                + "refuses the class (\"Conflicting getter definitions\"; fabric8 fails too); rename one, or mark one "
                + "@JsonIgnore", e.getMessage());
        Path classes = library(work, "Pair", "public class Pair {\n    public String getX() {\n        return \"\";\n"
                + "    }\n\n    public Integer getx() {\n        return 1;\n    }\n}\n");
        e = assertThrows(OpctlException.class, () -> specCrd("package p;\n\npublic class Spec {\n"
                + "    public org.lib.Pair pair;\n}\n", CrdGenerator.Options.DEFAULT.withClasspath(List.of(classes))));
        assertTrue(e.getMessage().startsWith("org.lib.Pair (from the class path): getX() and getx() are both getters "
                + "of property 'x'"), e.getMessage());
        // With one ignored there is no conflict: the property goes, as an ignored accessor drops one no other names.
        String yaml = specCrd("""
                package p;

                public class Spec {
                    public String getX() {
                        return "";
                    }

                    @com.fasterxml.jackson.annotation.JsonIgnore
                    public Integer getx() {
                        return 1;
                    }
                }
                """, CrdGenerator.Options.DEFAULT);
        assertFalse(yaml.contains("  x:"), yaml);
    }

    @Test
    void javaLangsPublicClassesAreKnownByTheirSimpleNamesAndNoOthers(@TempDir Path work) throws IOException {
        // java.lang.Shutdown is package-private: a jar's Shutdown, imported on demand, is the one javac takes.
        Path classes = library(work, "Shutdown", "public class Shutdown {\n    public int grace;\n}\n");
        String yaml = specCrd("package p;\n\nimport org.lib.*;\n\npublic class Spec {\n    public Shutdown shutdown;\n}\n",
                CrdGenerator.Options.DEFAULT.withClasspath(List.of(classes)));
        assertTrue(yaml.contains("shutdown:\n                properties:\n                  grace:\n"), yaml);
        // A public one not among the common names: javac's java.lang, not a missing class.
        OpctlException e = assertThrows(OpctlException.class, () -> specCrd("package p;\n\npublic class Spec {\n"
                + "    public Failure failure;\n\n    public static class Failure extends IllegalStateException {\n    }\n}\n",
                CrdGenerator.Options.DEFAULT));
        assertTrue(e.getMessage().endsWith("Failure is an exception (it extends IllegalStateException): Jackson writes "
                + "its message, stack trace and cause, which have no CRD schema (fabric8 refuses it too); hold what you "
                + "need of it in fields of your own, its message as a String"), e.getMessage());
    }

    @Test
    void aClassOfTheClassPathWhoseSuperclassIsMissingFromItIsAnError(@TempDir Path work) throws IOException {
        Path classes = library(work, "Cond", "public class Cond {\n    public int inherited;\n}\n",
                "Ext", "public class Ext extends Cond {\n    public int own;\n}\n",
                "Holder", "public class Holder {\n    public Ext child;\n}\n");
        Files.delete(classes.resolve("org/lib/Cond.class"));
        // Placed where the sources use the class, through the properties of the class path that lead to it.
        OpctlException e = assertThrows(OpctlException.class, () -> specCrd("package p;\n\npublic class Spec {\n"
                + "    public org.lib.Ext ext;\n}\n", CrdGenerator.Options.DEFAULT.withClasspath(List.of(classes))));
        assertEquals(ExitCode.INVALID_INPUT, e.exitCode());
        assertTrue(e.getMessage().startsWith(src.resolve("p/Spec.java") + ":4: field 'ext': org.lib.Cond, the "
                + "superclass of org.lib.Ext, is not declared in the sources or on the class path"), e.getMessage());
        e = assertThrows(OpctlException.class, () -> specCrd("package p;\n\npublic class Spec {\n"
                + "    public org.lib.Holder holder;\n}\n", CrdGenerator.Options.DEFAULT.withClasspath(List.of(classes))));
        assertTrue(e.getMessage().startsWith(src.resolve("p/Spec.java") + ":4: field 'holder', Holder.child: "
                + "org.lib.Cond, the superclass of org.lib.Ext, is not declared"), e.getMessage());
        // A field of a class of the class path cannot be annotated: a swap on the resource class replaces it.
        assertTrue(e.getMessage().endsWith("; Holder is a class of the class path, not yours to change: instead, "
                + "@SchemaSwap(originalType = org.lib.Holder.class, fieldName = \"child\", targetType = T.class) on "
                + "the resource class gives the property T's schema (without targetType, none: it is dropped)"),
                e.getMessage());
        assertEquals(1, e.getMessage().split("not yours to change").length - 1, e.getMessage());
        Path lock = library(work.resolve("other"), "Lock", "public class Lock {\n    public Thread owner;\n}\n");
        e = assertThrows(OpctlException.class, () -> specCrd("package p;\n\npublic class Spec {\n"
                + "    public org.lib.Lock lock;\n}\n", CrdGenerator.Options.DEFAULT.withClasspath(List.of(lock))));
        assertEquals(src.resolve("p/Spec.java") + ":4: field 'lock', Lock.owner: opctl does not map the JDK class "
                + "java.lang.Thread to a schema (it maps strings, numbers, booleans, dates, times, durations, UUIDs, arrays, "
                + "collections, maps, enums and Jackson's nodes; docs/crds.md lists them); Lock is a class of the class "
                + "path, not yours to change: instead, "
                + "@SchemaSwap(originalType = org.lib.Lock.class, fieldName = \"owner\", targetType = T.class) on the "
                + "resource class gives the property T's schema (without targetType, none: it is dropped)",
                e.getMessage());
        // Met through two fields of the sources, it is one error, which one swap fixes: said once.
        e = assertThrows(OpctlException.class, () -> specCrd("package p;\n\npublic class Spec {\n"
                + "    public org.lib.Lock lock;\n    public java.util.List<org.lib.Lock> locks;\n}\n",
                CrdGenerator.Options.DEFAULT.withClasspath(List.of(lock))));
        assertTrue(e.getMessage().startsWith(src.resolve("p/Spec.java") + ":4: field 'lock', Lock.owner: "),
                e.getMessage());
        assertEquals(0, e.getSuppressed().length);
    }

    @Test
    void aCycleIsSaidOnceWhicheverOfItsClassesItIsMetFrom() throws IOException {
        OpctlException e = assertThrows(OpctlException.class, () -> specCrd("""
                package p;

                public class Spec {
                    public P p;
                    public Q q;

                    public static class P {
                        public Q q;
                    }

                    public static class Q {
                        public P p;
                    }
                }
                """, CrdGenerator.Options.DEFAULT));
        assertEquals(src.resolve("p/Spec.java") + ":7: P refers to itself (p.Spec.P -> p.Spec.Q -> p.Spec.P), through "
                + "Q.p; a CRD schema cannot be recursive: break the cycle, or end it with @SchemaSwap(depth = N) or a "
                + "JsonNode field", e.getMessage());
        assertEquals(0, e.getSuppressed().length);
        // Every field that closes it is named: a swap of one alone leaves the cycle.
        OpctlException menu = assertThrows(OpctlException.class, () -> specCrd("""
                package p;

                import java.util.List;

                public class Spec {
                    public MenuItem menu;

                    public static class MenuItem {
                        public MenuItem parent;
                        public List<MenuItem> children;
                        public String label;
                    }
                }
                """, CrdGenerator.Options.DEFAULT));
        assertTrue(menu.getMessage().startsWith(src.resolve("p/Spec.java") + ":8: MenuItem refers to itself "
                + "(p.Spec.MenuItem -> p.Spec.MenuItem), through MenuItem.children and MenuItem.parent; "),
                menu.getMessage());
    }

    @Test
    void aJdkSupertypeIsNoMissingOneAndAKubernetesModelSuperclassAsksForTheModelJars() throws IOException {
        // The JDK's supertypes are known to be there; their properties are not inherited (fabric8 fails on most).
        String yaml = specCrd("""
                package p;

                public class Spec {
                    public Failure failure;

                    // (An exception is refused, as in fabric8: theGettersOfAJdkSuperclassAreSaidAndAnExceptionIsRefused.)
                    public static class Failure extends java.util.Observable implements jdk.javadoc.doclet.Doclet {
                        public String reason;
                    }
                }
                """, CrdGenerator.Options.DEFAULT);
        assertTrue(yaml.contains("failure:\n                properties:\n                  reason:\n"), yaml);
        // A model class: opctl has its schema, but its properties come from its jar.
        OpctlException e = assertThrows(OpctlException.class, () -> specCrd("""
                package p;

                public class Spec {
                    public Env env;

                    public static class Env extends io.fabric8.kubernetes.api.model.EnvVar {
                    }
                }
                """, CrdGenerator.Options.DEFAULT));
        assertEquals(ExitCode.INVALID_INPUT, e.exitCode());
        assertEquals(src.resolve("p/Spec.java") + ":6: io.fabric8.kubernetes.api.model.EnvVar, the superclass of "
                + "p.Spec.Env, is a Kubernetes model class whose schema opctl knows but whose properties it reads "
                + "from its jar, to inherit them; add fabric8's model jars to --classpath (kubernetes-model-core and "
                + "kubernetes-model-common 7.5.2; in a project they come with its Maven dependencies)", e.getMessage());
    }

    /** Jackson writes what an interface's @JsonValue method gives: when opctl cannot read it, no names instead. */
    @Test
    void anInterfacesJsonValueOpctlCannotReadIsAnErrorNotTheConstantsNames(@TempDir Path work) throws IOException {
        String labeled = """
                package org.lib;

                public interface Labeled {
                    @com.fasterxml.jackson.annotation.JsonValue
                    String label();
                }
                """;
        String mode = """
                package org.lib;

                public enum Mode implements Labeled {
                    FAST, SLOW;

                    @Override
                    public String label() {
                        return name().toLowerCase().substring(1);
                    }
                }
                """;
        source("org/lib/Labeled.java", labeled);
        source("org/lib/Mode.java", mode);
        OpctlException e = assertThrows(OpctlException.class, () -> specCrd("package p;\n\npublic class Spec {\n"
                + "    public org.lib.Mode mode;\n}\n", CrdGenerator.Options.DEFAULT));
        assertEquals(ExitCode.INVALID_INPUT, e.exitCode());
        assertTrue(e.getMessage().startsWith(src.resolve("org/lib/Mode.java") + ":4: enum Mode: opctl reads a "
                + "@JsonValue only from"), e.getMessage());

        // From a jar, through an interface of an interface.
        Path lib = work.resolve("lib");
        Files.createDirectories(lib.resolve("org/jar"));
        Files.writeString(lib.resolve("org/jar/Labeled.java"), labeled.replace("org.lib", "org.jar"));
        Files.writeString(lib.resolve("org/jar/Named.java"), "package org.jar;\n\npublic interface Named extends "
                + "Labeled {\n}\n");
        Files.writeString(lib.resolve("org/jar/Mode.java"), mode.replace("org.lib", "org.jar")
                .replace("implements Labeled", "implements Named"));
        Path classes = work.resolve("classes");
        Fabric8.compile(lib, classes);
        OpctlException c = assertThrows(OpctlException.class, () -> specCrd("package p;\n\npublic class Spec {\n"
                + "    public org.jar.Mode mode;\n}\n", CrdGenerator.Options.DEFAULT.withClasspath(List.of(classes))));
        assertEquals(ExitCode.INVALID_INPUT, c.exitCode());
        assertTrue(c.getMessage().startsWith(src.resolve("p/Spec.java") + ":4: field 'mode': enum org.jar.Mode (from "
                + "the class path) writes its values with a @JsonValue that opctl cannot read"), c.getMessage());
    }

    @Test
    void aJdkClassOpctlDoesNotMapIsNotSentToTheClassPath() throws IOException {
        OpctlException e = specFieldError("import java.util.BitSet;\n\n", "public BitSet flags;");
        assertEquals(ExitCode.INVALID_INPUT, e.exitCode());
        assertEquals(src.resolve("p/Spec.java") + ":6: field 'flags': opctl does not map the JDK class BitSet to a "
                + "schema (it maps strings, numbers, booleans, dates, times, durations, UUIDs, arrays, "
                + "collections, maps, enums and Jackson's nodes; docs/crds.md lists them); use one of those, or map the field with "
                + "@SchemaFrom(type = ...)", e.getMessage());
        // java.xml's DOM is the JDK's too: not written as a bean of its getters.
        e = specFieldError("", "public org.w3c.dom.Element element;");
        assertTrue(e.getMessage().endsWith("field 'element': opctl does not map the JDK class org.w3c.dom.Element "
                + "to a schema (it maps strings, numbers, booleans, dates, times, durations, UUIDs, arrays, "
                + "collections, maps, enums and Jackson's nodes; docs/crds.md lists them); use one of those, or map the field with "
                + "@SchemaFrom(type = ...)"), e.getMessage());
    }

    @Test
    void manyCrdsAreBuiltInParallelYetTheOutputAndTheFirstErrorAreAlwaysTheSame() throws IOException {
        for (int i = 0; i < 40; i++) {
            String kind = "K" + (char) ('a' + i % 26) + i;
            source("p/" + kind + ".java", resource("p", kind, "v1", "").replace("CustomResource<Void, Void>",
                    "CustomResource<" + kind + "Spec, Void>").replace("@io.fabric8.kubernetes.model.annotation.Kind(\"Thing\")\n", ""));
            String field = i == 7 || i == 33 ? "public org.acme.Money price;" : "public int size;";
            source("p/" + kind + "Spec.java", "package p;\n\npublic class " + kind + "Spec {\n    " + field + "\n}\n");
        }
        // K-h7 and K-h33 both fail: the error is the one of the CRD first in name order, whatever thread met it.
        for (int run = 0; run < 5; run++) {
            OpctlException e = assertThrows(OpctlException.class, () -> CrdGenerator.generate(List.of(src), ""));
            assertTrue(e.getMessage().startsWith(src.resolve("p/Kh33Spec.java") + ":4: field 'price'"),
                    e.getMessage());
        }
        source("p/Kh33Spec.java", "package p;\n\npublic class Kh33Spec {\n}\n");
        source("p/Kh7Spec.java", "package p;\n\npublic class Kh7Spec {\n}\n");
        FileSet first = CrdGenerator.generate(List.of(src), "");
        assertEquals(40, first.size());
        for (int run = 0; run < 5; run++) {
            assertEquals(first.files(), CrdGenerator.generate(List.of(src), "").files());
        }
    }

    @Test
    void aLexicalErrorIsReportedWithItsLine() throws IOException {
        source("p/Bad.java", "package p;\n\n/** Runs at \"*/5\" minutes. */\nclass Bad {\n}\n");
        OpctlException e = assertThrows(OpctlException.class, () -> CrdGenerator.generate(List.of(src), ""));
        assertTrue(e.getMessage().startsWith(src.resolve("p/Bad.java") + ":3: cannot parse Java"), e.getMessage());
        // Each file's is said, as javac says them.
        source("p/Worse.java", "package p;\n\nclass Worse {\n    int x = ;\n}\n");
        e = assertThrows(OpctlException.class, () -> CrdGenerator.generate(List.of(src), ""));
        assertEquals(1, e.getSuppressed().length);
        assertTrue(e.getSuppressed()[0].getMessage().startsWith(src.resolve("p/Worse.java") + ":4: cannot parse Java"),
                e.getSuppressed()[0].getMessage());
    }

    @Test
    void refusesACollectionOfUntypedObjectsAsFabric8Does() throws IOException {
        OpctlException e = specFieldError("import java.util.List;\n\n", "public List<Object> items;");
        assertTrue(e.getMessage().contains("field 'items': a collection of untyped objects"), e.getMessage());
        e = specFieldError("", "public Object[] items;");
        assertTrue(e.getMessage().contains("field 'items': a collection of untyped objects"), e.getMessage());
        // Elements that are Objects to Jackson too: fabric8 fails on each with "Untyped collection".
        for (String field : List.of("java.util.List<?> items;", "java.util.Set<? super Integer> items;",
                "java.util.List<? extends Object> items;", "java.util.Map<String, java.util.List<?>> items;",
                "@SuppressWarnings(\"rawtypes\") public java.util.List items;",
                "public Bag items;\n    @SuppressWarnings(\"rawtypes\") public static class Bag extends java.util.ArrayList {}")) {
            e = specFieldError("", (field.startsWith("@") ? "" : "public ") + field);
            assertTrue(e.getMessage().contains("field 'items': a collection of untyped objects"), e.getMessage());
        }
        e = specFieldError("", "@SuppressWarnings(\"rawtypes\") public Holder holder;\n"
                + "    public static class Holder<T> { public java.util.List<T> items; }");
        assertTrue(e.getMessage().endsWith("Spec.java:5: field 'items': a collection of untyped objects "
                + "(java.util.List<T>) has no schema; give its element type (JsonNode for any JSON)"), e.getMessage());
        source("p/Spec.java", "package p;\n\npublic class Spec {\n    public java.util.List<? extends Number> items;\n}\n");
        assertTrue(CrdGenerator.generate(List.of(src), "").files().get(0).content().contains("""
                              items:
                                items:
                                  type: number
                                type: array
                """), "? extends T is a T");
    }

    @Test
    void refusesAPropertysObjectShapeOnAnEnumAsJacksonDoes() throws IOException {
        OpctlException e = specFieldError("import com.fasterxml.jackson.annotation.JsonFormat;\n\n",
                "@JsonFormat(shape = JsonFormat.Shape.OBJECT)\n    public java.util.List<Colour> colours;\n"
                + "    public enum Colour { RED }");
        assertTrue(e.getMessage().matches(".*Spec\\.java:6: field 'colours': Jackson cannot write an enum as an "
                + "object from a property's @JsonFormat\\(shape = OBJECT\\).*put the @JsonFormat on the enum Colour "
                + "instead"), e.getMessage());
    }

    @Test
    void aSwapOfAKubernetesModelClassFieldSaysOpctlCannotDoIt() throws IOException {
        source("p/A.java", resource("p", "A", "v1", "").replace("CustomResource<Void, Void>",
                "CustomResource<Spec, Void>").replace("public class", "@io.fabric8.crd.generator.annotation.SchemaSwap("
                + "originalType = io.fabric8.kubernetes.api.model.PodSpec.class, fieldName = \"containers\")\n"
                + "public class"));
        source("p/Spec.java", "package p;\n\npublic class Spec {\n    public "
                + "io.fabric8.kubernetes.api.model.PodTemplateSpec template;\n}\n");
        OpctlException e = assertThrows(OpctlException.class, () -> CrdGenerator.generate(List.of(src), ""));
        assertEquals(src.resolve("p/A.java") + ":7: @SchemaSwap(originalType = io.fabric8.kubernetes.api.model.PodSpec, "
                + "fieldName = \"containers\"): opctl cannot swap a field of a Kubernetes model class (it takes their "
                + "schemas whole from fabric8's catalog); swap or @SchemaFrom the field of your own type that holds it "
                + "instead", e.getMessage());
    }

    @Test
    void refusesAModelClassFabric8CannotMap() throws IOException {
        OpctlException e = specFieldError("", "public io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps "
                + "schema;");
        assertTrue(e.getMessage().contains("field 'schema': io.fabric8.kubernetes.api.model.apiextensions.v1"
                + ".JSONSchemaProps has no CRD schema: it is recursive"), e.getMessage());
    }

    @Test
    void refusesAnAnnotationValueThatIsNotAConstant() throws IOException {
        source("p/A.java", resource("p", "A", "v1", "").replace("\"a.example.com\"", "Groups.pick()"));
        OpctlException e = assertThrows(OpctlException.class, () -> CrdGenerator.generate(List.of(src), ""));
        assertEquals(src.resolve("p/A.java") + ":7: @Group: cannot evaluate 'Groups.pick()'; use a literal or a "
                + "constant (static final) of the sources, the class path or the JDK", e.getMessage());
    }

    @Test
    void refusesAFieldThatIsNotAConstantRatherThanDropTheBound() throws IOException {
        for (String field : List.of("static final int LIMIT = Integer.parseInt(\"3\");", "static int LIMIT = 3;")) {
            OpctlException e = specFieldError("import io.fabric8.generator.annotation.Max;\n",
                    field + "\n    @Max(LIMIT)\n    public int size;");
            assertTrue(e.getMessage().endsWith(":6: field 'size': @Max: 'LIMIT' is a field whose value opctl cannot evaluate; make "
                    + "it a constant (static final, set by a constant expression) or use a literal"), e.getMessage());
        }
        OpctlException e = specFieldError("import io.fabric8.generator.annotation.Max;\n",
                "@Max(Integer.SIZE + java.util.Locale.ROOT)\n    public int size;");
        assertTrue(e.getMessage().contains("cannot evaluate 'Integer.SIZE + java.util.Locale.ROOT'"), e.getMessage());
    }

    @Test
    void anErrorSharedByCrdsIsSaidOnceAndEachOtherOnce() throws IOException {
        // A class path that fails fails each CRD that needs it, with one exception.
        OpctlException maven = OpctlException.invalidInput("Maven failed");
        CrdGenerator.Options failing = CrdGenerator.Options.DEFAULT.withClasspath(() -> {
            throw maven;
        });
        for (String kind : List.of("A", "B", "C")) {
            source("p/" + kind + ".java", resource("p", kind, "v1", "").replace("@io.fabric8.kubernetes.model.annotation"
                    + ".Kind(\"Thing\")\n", "").replace("CustomResource<Void, Void>", "CustomResource<" + (kind.equals("C")
                    ? "Own" : "Shared") + ", Void>"));
        }
        source("p/Shared.java", "package p;\n\npublic class Shared {\n    public org.lib.Mode mode;\n}\n");
        source("p/Own.java", "package p;\n\npublic class Own {\n    public Thread worker;\n}\n");
        OpctlException e = assertThrows(OpctlException.class, () -> CrdGenerator.generate(List.of(src), Map.of(), "",
                failing, w -> { }));
        assertEquals("Maven failed", e.getMessage());
        assertEquals(List.of(src.resolve("p/Own.java") + ":4: field 'worker': opctl does not map the JDK class Thread "
                + "to a schema (it maps strings, numbers, booleans, dates, times, durations, UUIDs, arrays, "
                + "collections, maps, enums and Jackson's nodes; docs/crds.md lists them); use one of those, or map the field with "
                + "@SchemaFrom(type = ...)"), Stream.of(e.getSuppressed()).map(Throwable::getMessage).toList());
    }

    @Test
    void everyErrorOfACrdIsSaidInOneRunEachOnce() throws IOException {
        // Two versions sharing a spec, with a wrong field, a wrong nested class used twice, and a wrong default.
        for (String version : List.of("v1", "v2")) {
            source("p/" + version + "/A.java", resource("p." + version, "A", version, version.equals("v1")
                    ? ", storage = true" : ", storage = false").replace("CustomResource<Void, Void>",
                    "CustomResource<p.Spec, " + (version.equals("v1") ? "Void" : "p.Status") + ">"));
        }
        source("p/Spec.java", """
                package p;

                public class Spec {
                    public Thread worker;
                    public Inner first;
                    public int fine;
                    public Inner second;
                    @io.fabric8.generator.annotation.Default("many")
                    public int count;
                    @io.fabric8.generator.annotation.Min(1)
                    public String label;
                }
                """);
        source("p/Inner.java", """
                package p;

                public class Inner {
                    public Inner self;
                }
                """);
        source("p/Status.java", """
                package p;

                public class Status {
                    public java.net.Socket socket;
                }
                """);
        List<String> warnings = new ArrayList<>();
        OpctlException e = assertThrows(OpctlException.class, () -> CrdGenerator.generate(List.of(src), Map.of(), "",
                CrdGenerator.Options.DEFAULT, warnings::add));
        List<String> said = Stream.concat(Stream.of(e), Stream.of(e.getSuppressed())).map(Throwable::getMessage)
                .map(m -> m.replace(src + "/", "").split("; ")[0]).toList();
        // The warnings are said with the errors: no second round of surprises once they are fixed.
        assertEquals(List.of(src.resolve("p/Spec.java") + ":10: field 'label': @Min has no effect on a string "
                + "(fabric8's generator applies it to integer, number only); bound its length by @Size"), warnings);
        String unmapped = "opctl does not map the JDK class %s to a schema (it maps strings, numbers, booleans, dates, "
                + "times, durations, UUIDs, arrays, collections, maps, enums and Jackson's nodes";
        // By file and line, as javac says them, each once: Inner's cycle is one for both versions.
        assertEquals(List.of("p/Inner.java:3: Inner refers to itself (p.Inner -> p.Inner), through Inner.self",
                "p/Spec.java:4: field 'worker': " + unmapped.formatted("Thread"),
                "p/Spec.java:8: field 'count': @Default(\"many\") is not a valid integer value",
                "p/Status.java:4: field 'socket': opctl does not map the JDK class java.net.Socket to a schema (the "
                + "first such error lists the types it maps)"), said);
    }

    @Test
    void anErrorIsSaidWithoutTheErrorsItCauses() throws IOException {
        // A list map's key left out for its own error: not said to be no property of the items too.
        source("p/A.java", resource("p", "A", "v1", "").replace("CustomResource<Void, Void>",
                "CustomResource<Spec, Void>"));
        source("p/Spec.java", """
                package p;

                import java.util.List;

                public class Spec {
                    // +listType=map
                    // +listMapKey=key
                    public List<Item> items;
                }
                """);
        source("p/Item.java", """
                package p;

                public class Item {
                    @io.fabric8.generator.annotation.Required
                    public Thread key;
                }
                """);
        OpctlException e = assertThrows(OpctlException.class, () -> CrdGenerator.generate(List.of(src), ""));
        assertTrue(e.getMessage().startsWith(src.resolve("p/Item.java") + ":4: field 'key': opctl does not map the JDK "
                + "class Thread"), e.getMessage());
        assertEquals(0, e.getSuppressed().length, () -> e.getSuppressed()[0].getMessage());
        // A swap under a class whose definition failed: not said to match nothing too.
        source("p/A.java", resource("p", "A", "v1", "").replace("CustomResource<Void, Void>",
                "CustomResource<Spec, Void>").replace("@Group", "@io.fabric8.crd.generator.annotation.SchemaSwap("
                + "originalType = Inner.class, fieldName = \"x\", targetType = String.class)\n@Group"));
        source("p/Spec.java", "package p;\n\npublic class Spec {\n    public Inner inner;\n}\n");
        source("p/Inner.java", """
                package p;

                public class Inner {
                    @com.fasterxml.jackson.annotation.JsonProperty("dup")
                    public Thread x;
                    @com.fasterxml.jackson.annotation.JsonProperty("dup")
                    public int y;
                }
                """);
        OpctlException swapped = assertThrows(OpctlException.class, () -> CrdGenerator.generate(List.of(src), ""));
        assertTrue(swapped.getMessage().startsWith(src.resolve("p/Inner.java") + ":6: Inner has two properties named "
                + "'dup'"), swapped.getMessage());
        assertEquals(0, swapped.getSuppressed().length, () -> swapped.getSuppressed()[0].getMessage());
    }

    @Test
    void everyErrorOfAPropertysAnnotationsIsSaidInOneRun() throws IOException {
        OpctlException e = specFieldError("", "@io.fabric8.generator.annotation.Default(\"[1]\")\n"
                + "    @io.fabric8.generator.annotation.Pattern(\"(?<=a)b\")\n"
                + "    @io.fabric8.generator.annotation.ValidationRule(\"\")\n    public String s;");
        assertEquals(List.of("@Default(\"[1]\") is not a valid string value", "@Pattern(\"(?<=a)b\") has a lookaround "
                + "((?<=), and the API server, whose regular expressions are Go's (RE2), refuses it: write it without",
                "@ValidationRule(\"\") has no rule, which the API server refuses; fix it"), Stream.concat(Stream.of(e),
                Stream.of(e.getSuppressed())).map(t -> t.getMessage().substring((src.resolve("p/Spec.java")
                + ":4: field 's': ").length()).split("; write it as")[0]).toList());
    }

    @Test
    void aFieldOfAJdkExceptionSaysItIsNoDataNotToPickAnotherType() throws IOException {
        OpctlException e = specFieldError("", "public Exception lastError;\n    public java.io.UncheckedIOException io;");
        assertEquals(List.of(":4: field 'lastError': Exception is an exception: Jackson writes its message, stack "
                + "trace and cause, which have no CRD schema (fabric8 refuses it too); hold what you need of it in "
                + "fields of your own, its message as a String, or leave it out of the JSON with @JsonIgnore",
                ":5: field 'io': java.io.UncheckedIOException is an exception"), Stream.concat(Stream.of(e),
                Stream.of(e.getSuppressed())).map(t -> t.getMessage().substring(src.resolve("p/Spec.java").toString()
                .length())).map(m -> m.startsWith(":5") ? m.split(": Jackson")[0] : m).toList());
    }

    @Test
    void aTypeThatSchemaFromGivesAndOpctlCannotMapIsSaidAsItsType() throws IOException {
        // Not advised to map the field with @SchemaFrom, which it is.
        OpctlException e = specFieldError("import io.fabric8.crd.generator.annotation.SchemaFrom;\n\n",
                "@SchemaFrom(type = Missing.class)\n    public String a;\n"
                + "    @SchemaFrom(type = Thread.class)\n    public String b;");
        List<String> said = Stream.concat(Stream.of(e), Stream.of(e.getSuppressed())).map(t -> t.getMessage()
                .substring(src.resolve("p/Spec.java").toString().length())).toList();
        assertEquals(2, said.size(), said::toString);
        assertTrue(said.get(0).startsWith(":6: field 'a': @SchemaFrom's type: opctl cannot map type Missing to a "
                + "schema"), said.get(0));
        assertTrue(said.get(1).startsWith(":8: field 'b': @SchemaFrom's type: opctl does not map the JDK class "
                + "Thread"), said.get(1));
        said.forEach(m -> assertFalse(m.contains("or map the field with @SchemaFrom"), m));
    }

    @Test
    void anAnnotationWrittenWithAttributesJavacRefusesIsAnErrorOfItsPropertyAlone() throws IOException {
        // Each said, with the errors of the other properties of its class, and of a class it uses.
        OpctlException e = specFieldError("import io.fabric8.generator.annotation.Max;\n"
                + "import io.fabric8.generator.annotation.Required;\nimport io.fabric8.generator.annotation.Size;\n"
                + "import java.util.List;\n\n", """
                @Max("ten")
                    public int a;
                    public Thread b;
                    @Max(value = 3, foo = 1)
                    public int c;
                    @Required(really = true)
                    public String d;
                    @Size(max = 2.5)
                    public List<String> e;
                    public Inner inner;

                    public static class Inner {
                        @Max("x")
                        public int y;
                        public Thread z;
                    }""");
        assertEquals(List.of(":9: field 'a': @Max: value takes a number, not \"ten\"",
                ":11: field 'b': opctl does not map the JDK class Thread to a schema",
                ":12: field 'c': @Max has no attribute 'foo'", ":14: field 'd': @Required has no attribute 'really'",
                ":16: field 'e': @Size: max takes a whole number, not 2.5",
                ":21: field 'y': @Max: value takes a number, not \"x\"",
                ":23: field 'z': opctl does not map the JDK class Thread to a schema"), Stream.concat(Stream.of(e),
                Stream.of(e.getSuppressed())).map(t -> t.getMessage().substring(src.resolve("p/Spec.java").toString()
                .length()).split(" \\(|;")[0]).toList());
    }

    @Test
    void anErrorOfAPropertyWithAccessorsIsPlacedWhereItIsAnnotated() throws IOException {
        // A field and its getter: the annotated one, else the field, not the getter the property is read by.
        OpctlException e = specFieldError("", """
                @io.fabric8.generator.annotation.Pattern("[a-z")
                    private String host;
                    private Thread worker;

                    public String getHost() {
                        return host;
                    }

                    public Thread getWorker() {
                        return worker;
                    }

                    @io.fabric8.generator.annotation.Default("x")
                    public int getSize() {
                        return 0;
                    }

                    private int size;""");
        assertEquals(List.of("p/Spec.java:4: field 'host'", "p/Spec.java:6: field 'worker'", "p/Spec.java:16: field "
                + "'size'"), Stream.concat(Stream.of(e), Stream.of(e.getSuppressed())).map(t -> t.getMessage()
                .replace(src + "/", "").split(": @|: opctl")[0]).toList());
    }

    @Test
    void anEnumConstantOfAnAnnotationOpctlDoesNotReadNeedsNoClassPath() throws IOException {
        // A project's class path may take a Maven run: only what opctl reads may ask for it.
        CrdGenerator.Options options = CrdGenerator.Options.DEFAULT.withClasspath(() -> {
            throw new AssertionError("the class path was asked for");
        });
        String yaml = specCrd("""
                package p;

                import io.swagger.v3.oas.annotations.media.Schema;

                public class Spec {
                    @Schema(accessMode = Schema.AccessMode.READ_ONLY, maximum = Limits.MAX)
                    public int size;
                }
                """, options);
        assertTrue(yaml.contains("size:\n                type: integer\n"), yaml);
    }

    @Test
    void refusesAConstantOfAClassItDoesNotHaveRatherThanDropTheBound() throws IOException {
        OpctlException e = specFieldError("import io.fabric8.generator.annotation.Max;\n",
                "@Max(org.lib.Limits.MAX)\n    public int size;");
        assertTrue(e.getMessage().endsWith(":5: field 'size': @Max: cannot evaluate 'org.lib.Limits.MAX': org.lib.Limits is not in "
                + "the sources or on the class path; add its sources or its jar (--sources, --classpath; in a "
                + "project, a Maven dependency)"), e.getMessage());
        e = specFieldError("import static org.lib.Limits.MAX;\n\nimport io.fabric8.generator.annotation.Max;\n",
                "@Max(MAX)\n    public int size;");
        assertTrue(e.getMessage().endsWith(":7: field 'size': @Max: cannot evaluate 'MAX': it is not a constant of the sources, nor "
                + "of a class on the class path that it is imported from; add that class's jar (--classpath; in a "
                + "project, a Maven dependency)"), e.getMessage());
    }

    @Test
    void namesInClassesWithSupertypesOfTheJdkOrTheLibrariesNeedNoClassPath() throws IOException {
        // A name may be a member type inherited from a supertype outside the sources; those of the
        // JDK are found in the JDK alone, and CustomResource's and Namespaced's are never looked for.
        CrdGenerator.Options options = CrdGenerator.Options.DEFAULT.withClasspath(() -> {
            throw new AssertionError("the class path was asked for");
        });
        source("p/A.java", resource("p", "A", "v1", "").replace("CustomResource<Void, Void>",
                "CustomResource<Spec, Void> implements io.fabric8.kubernetes.api.model.Namespaced"));
        source("p/Spec.java", """
                package p;

                import java.util.List;

                public class Spec implements java.io.Serializable, Comparable<Spec> {
                    public List<Item> items;

                    public int compareTo(Spec other) {
                        return 0;
                    }

                    public static class Item implements java.util.function.Supplier<String> {
                        public String name;

                        public String get() {
                            return name;
                        }
                    }
                }
                """);
        String yaml = CrdGenerator.generate(List.of(src), "", options).get("things.a.example.com.yaml").content();
        assertTrue(yaml.contains("name:\n                      type: string\n"), yaml);
    }

    private String specCrd(String spec, CrdGenerator.Options options) throws IOException {
        source("p/A.java", resource("p", "A", "v1", "").replace("CustomResource<Void, Void>",
                "CustomResource<Spec, Void>"));
        source("p/Spec.java", spec);
        return CrdGenerator.generate(List.of(src), "", options).get("things.a.example.com.yaml").content();
    }

    @Test
    void javadocMarkupBecomesPlainTextAndTodoParagraphsAreLeftOut() throws IOException {
        String yaml = specCrd("""
                package p;

                public class Spec {
                    /**
                     * Uses {@code a b}, {@link Other#field the field}, {@link Other#size} and {@literal <x>}.
                     * <p>Then &lt;y&gt; &amp; z.
                     *
                     * TODO(user): this note is for the developer
                     * and so is this line.
                     *
                     * After the note.
                     */
                    public int size;
                }
                """, CrdGenerator.Options.DEFAULT);
        assertTrue(yaml.contains("description: \"Uses a b, the field, Other.size and <x>. Then <y> & z. After the "
                + "note.\""), yaml);
    }

    @Test
    void aSettersJavadocIsNoDescription() throws IOException {
        // kas-fleetshard's setSpec override (trial46 L3): its Javadoc says what the setter does, not what spec is.
        String yaml = specCrd("""
                package p;

                public class Spec {
                    private int size;
                    private int count;

                    /** How many. */
                    public int getCount() {
                        return count;
                    }

                    /** A negative value is taken as zero. */
                    public void setCount(int count) {
                        this.count = Math.max(0, count);
                    }

                    public int getSize() {
                        return size;
                    }

                    /** A negative value is taken as zero. */
                    public void setSize(int size) {
                        this.size = Math.max(0, size);
                    }
                }
                """, CrdGenerator.Options.DEFAULT);
        assertTrue(yaml.contains("description: How many."), yaml);
        assertFalse(yaml.contains("taken as zero"), yaml);
        source("p/A.java", resource("p", "A", "v1", "").replace("CustomResource<Void, Void>",
                "CustomResource<Spec, Void>").replace("<Spec, Void> {\n", """
                <Spec, Void> {
                    /** A null value is taken as an empty spec. */
                    @Override
                    public void setSpec(Spec spec) {
                        super.setSpec(spec == null ? new Spec() : spec);
                    }
                """));
        String overridden = CrdGenerator.generate(List.of(src), "").files().get(0).content();
        assertTrue(overridden.contains("size:"), overridden);
        assertFalse(overridden.contains("empty spec"), overridden);
    }

    @Test
    void valueTagsShowTheConstantAsTheJavadocToolDoes() throws IOException {
        String yaml = specCrd("""
                package p;

                import java.sql.*;
                import java.util.*;

                public class Spec {
                    static final int MAX = 2 * Limits.BASE;
                    static final String MODE = "fast";

                    /** From 1 to {@value #MAX} ({@value Limits#BIG}, {@value p.Limits#UNIT}), {@value #MODE} or {@value #x}. */
                    public int size;
                    /** Ambiguous in code, not in a comment: {@value Date#X}; {@value Limits#TABS}. */
                    public int other;
                }

                class Limits {
                    static final String TABS = "a\\tb \\"q\\"";
                    static final int BASE = 5;
                    static final long BIG = 1L << 40;
                    static final char UNIT = 'm';
                }
                """, CrdGenerator.Options.DEFAULT);
        assertTrue(yaml.contains("description: \"From 1 to 10 (1099511627776L, 'm'), \\\"fast\\\" or x.\""), yaml);
        assertTrue(yaml.contains("description: \"Ambiguous in code, not in a comment: Date.X; \\\"a\\\\tb \\\\\\\"q\\\\\\\"\\\".\""), yaml);
    }

    @Test
    void markersAddListAndMapExtensionsAndStayOutOfDescriptions() throws IOException {
        String yaml = specCrd("""
                package p;

                import java.util.List;
                import java.util.Map;

                /** What a thing should be. */
                public class Spec {
                    /**
                     * The ports, by name.
                     * +listType=map
                     * +listMapKey=name
                     */
                    public List<Port> ports;

                    // +listType=set
                    public List<String> tags;

                    // +mapType=atomic
                    public Map<String, String> labels;

                    public static class Port {
                        @io.fabric8.generator.annotation.Required
                        public String name;
                        public int number;
                    }
                }
                """, CrdGenerator.Options.DEFAULT);
        assertTrue(yaml.contains("""
                              ports:
                                description: "The ports, by name."
                """), yaml);
        assertTrue(yaml.contains("""
                                type: array
                                x-kubernetes-list-map-keys:
                                - name
                                x-kubernetes-list-type: map
                """), yaml);
        assertTrue(yaml.contains("x-kubernetes-list-type: set"), yaml);
        assertTrue(yaml.contains("x-kubernetes-map-type: atomic"), yaml);
        assertTrue(yaml.contains("description: What a thing should be."), yaml);
        assertTrue(yaml.contains("listKind: ThingList"), yaml);
    }

    @Test
    void markersInMarkdownDocCommentsAreRead() throws IOException {
        // Java 23's /// lines: a marker there is read as in // or /** */, and left out of the description.
        String yaml = specCrd("""
                package p;

                import java.util.List;
                import java.util.Map;

                public class Spec {
                    /// The tags.
                    /// +listType=set
                    public List<String> tags;

                    /// The labels.
                    /// +mapType=atomic
                    public Map<String, String> labels;
                }
                """, CrdGenerator.Options.DEFAULT);
        assertTrue(yaml.contains("""
                              tags:
                                description: The tags.
                                items:
                                  type: string
                                type: array
                                x-kubernetes-list-type: set
                """), yaml);
        assertTrue(yaml.contains("""
                                description: The labels.
                                type: object
                                x-kubernetes-map-type: atomic
                """), yaml);
    }

    @Test
    void refusesAJsonValueItCannotReadFromTheSources() throws IOException {
        OpctlException e = assertThrows(OpctlException.class, () -> specCrd("""
                package p;

                import com.fasterxml.jackson.annotation.JsonValue;

                public class Spec {
                    public Level level;

                    public enum Level {
                        LOW, HIGH;

                        @JsonValue
                        public String text() {
                            return name().substring(1); // not a change opctl reads (replace is one)
                        }
                    }
                }
                """, CrdGenerator.Options.DEFAULT));
        assertEquals(ExitCode.INVALID_INPUT, e.exitCode());
        assertTrue(e.getMessage().startsWith(src.resolve("p/Spec.java") + ":11: enum Level: opctl reads a @JsonValue "
                + "only from a field"), e.getMessage());
    }

    /** Java lets an annotation type carry itself, or two carry each other: each counts once, nothing loops. */
    @Test
    void aBundleThatHoldsItselfOrAnotherThatHoldsItCountsOnce() throws IOException {
        String crd = specCrd("""
                package p;

                import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
                import io.fabric8.generator.annotation.Max;
                import io.fabric8.generator.annotation.Min;
                import java.lang.annotation.Retention;
                import java.lang.annotation.RetentionPolicy;

                public class Spec {
                    @Self
                    public int self;
                    @Ping
                    public int cycle;

                    @Retention(RetentionPolicy.RUNTIME)
                    @JacksonAnnotationsInside
                    @Self
                    @Min(2)
                    public @interface Self {
                    }

                    @Retention(RetentionPolicy.RUNTIME)
                    @JacksonAnnotationsInside
                    @Pong
                    @Min(3)
                    public @interface Ping {
                    }

                    @Retention(RetentionPolicy.RUNTIME)
                    @JacksonAnnotationsInside
                    @Ping
                    @Max(4)
                    public @interface Pong {
                    }
                }
                """, CrdGenerator.Options.DEFAULT);
        assertTrue(crd.contains("""
                              cycle:
                                maximum: 4
                                minimum: 3
                                type: integer
                              self:
                                minimum: 2
                                type: integer
                """), crd);
    }

    /** Jackson calls the override, and fabric8 lists "special"; the base method's value would be wrong. */
    @Test
    void refusesAConstantWhoseBodyOverridesTheJsonValueMethod() throws IOException {
        OpctlException e = assertThrows(OpctlException.class, () -> specCrd("""
                package p;

                import com.fasterxml.jackson.annotation.JsonValue;

                public class Spec {
                    public Level level;

                    public enum Level {
                        LOW("low"),
                        HIGH("high") {
                            @Override
                            public String text() {
                                return "special";
                            }
                        };

                        private final String text;

                        Level(String text) {
                            this.text = text;
                        }

                        @JsonValue
                        public String text() {
                            return text;
                        }
                    }
                }
                """, CrdGenerator.Options.DEFAULT));
        assertEquals(ExitCode.INVALID_INPUT, e.exitCode());
        assertTrue(e.getMessage().startsWith(src.resolve("p/Spec.java") + ":10: enum Level: no value for its constant "
                + "HIGH; opctl reads a @JsonValue only from a field"), e.getMessage());
    }

    @Test
    void refusesASwitchThatGivesSomeConstantNoConstantValue() throws IOException {
        OpctlException e = assertThrows(OpctlException.class, () -> specCrd("""
                package p;

                import com.fasterxml.jackson.annotation.JsonValue;

                public class Spec {
                    public Level level;

                    public enum Level {
                        LOW, HIGH;

                        @JsonValue
                        public String text() {
                            switch (this) {
                                case LOW:
                                    return "low";
                                default:
                                    return String.valueOf(ordinal());
                            }
                        }
                    }
                }
                """, CrdGenerator.Options.DEFAULT));
        assertEquals(ExitCode.INVALID_INPUT, e.exitCode());
        // the default's value is HIGH's, and opctl cannot read it: the line names the constant
        assertTrue(e.getMessage().startsWith(src.resolve("p/Spec.java") + ":9: enum Level: no value for its constant "
                + "HIGH; opctl reads a @JsonValue only from a field"), e.getMessage());
        assertTrue(e.getMessage().contains("switches on this to return a constant for each"), e.getMessage());
    }

    @Test
    void aConstantWhoseCaseThrowsHasNoValueNotTheDefaults() throws IOException {
        // fabric8 fails calling the method for B; the default is not B's value.
        OpctlException e = assertThrows(OpctlException.class, () -> specCrd("""
                package p;

                import com.fasterxml.jackson.annotation.JsonValue;

                public class Spec {
                    public Level level;

                    public enum Level {
                        A, B, C;

                        @JsonValue
                        public String text() {
                            return switch (this) {
                                case A -> "a";
                                case B -> throw new IllegalStateException();
                                default -> "other";
                            };
                        }
                    }
                }
                """, CrdGenerator.Options.DEFAULT));
        assertTrue(e.getMessage().startsWith(src.resolve("p/Spec.java") + ":9: enum Level: no value for its constant "
                + "B; "), e.getMessage());
    }

    @Test
    void refusesASerializerThatDescribesItsOwnJson() throws IOException {
        OpctlException e = assertThrows(OpctlException.class, () -> specCrd("""
                package p;

                import com.fasterxml.jackson.core.JsonGenerator;
                import com.fasterxml.jackson.databind.JavaType;
                import com.fasterxml.jackson.databind.SerializerProvider;
                import com.fasterxml.jackson.databind.annotation.JsonSerialize;
                import com.fasterxml.jackson.databind.jsonFormatVisitors.JsonFormatVisitorWrapper;
                import com.fasterxml.jackson.databind.ser.std.StdSerializer;

                public class Spec {
                    @JsonSerialize(using = Writer.class)
                    public Spec inner;

                    public static class Writer extends StdSerializer<Spec> {
                        public Writer() {
                            super(Spec.class);
                        }

                        @Override
                        public void serialize(Spec value, JsonGenerator generator, SerializerProvider provider) {
                        }

                        @Override
                        public void acceptJsonFormatVisitor(JsonFormatVisitorWrapper visitor, JavaType hint) {
                            visitor.expectStringFormat(hint);
                        }
                    }
                }
                """, CrdGenerator.Options.DEFAULT));
        assertEquals(ExitCode.INVALID_INPUT, e.exitCode());
        assertEquals(src.resolve("p/Spec.java") + ":11: field 'inner': its serializer Writer describes its JSON in "
                + "acceptJsonFormatVisitor, code opctl does not run; give the field @SchemaFrom(type = X.class) with a "
                + "class of that shape, or @PreserveUnknownFields", e.getMessage());
    }

    @Test
    void anEnumWithJsonValueHasItsValuesAndAShapeChangesTheType() throws IOException {
        String yaml = specCrd("""
                package p;

                import com.fasterxml.jackson.annotation.JsonFormat;
                import com.fasterxml.jackson.annotation.JsonValue;

                public class Spec {
                    public Level level;

                    @JsonFormat(shape = JsonFormat.Shape.STRING)
                    public java.util.List<Integer> ports;

                    public enum Level {
                        LOW("low"), HIGH(Level.TOP);

                        static final String TOP = "top";

                        @JsonValue
                        private final String text;

                        Level(String text) {
                            this.text = text;
                        }
                    }
                }
                """, CrdGenerator.Options.DEFAULT);
        assertTrue(yaml.contains("""
                              level:
                                enum:
                                - low
                                - top
                                type: string
                              ports:
                                items:
                                  type: string
                                type: array
                """), yaml);
    }

    @Test
    void markersOnAFieldApplyWhenItHasAGetterToo() throws IOException {
        String yaml = specCrd("""
                package p;

                import io.fabric8.generator.annotation.Default;
                import java.util.List;

                public class Spec {
                    /**
                     * The conditions.
                     *
                     * +listType=map
                     * +listMapKey=type
                     */
                    private List<Condition> conditions;

                    public List<Condition> getConditions() {
                        return conditions;
                    }

                    public static class Condition {
                        @Default("Ready")
                        public String type;
                    }
                }
                """, CrdGenerator.Options.DEFAULT);
        assertTrue(yaml.contains("""
                                type: array
                                x-kubernetes-list-map-keys:
                                - type
                                x-kubernetes-list-type: map
                """), yaml);
    }

    @Test
    void refusesListsTheApiServerWouldRefuse() throws IOException {
        // fabric8's Condition marks no property required: the API server refuses 'type' as a key.
        OpctlException key = assertThrows(OpctlException.class, () -> specCrd("""
                package p;

                public class Spec {
                    // +listType=map
                    // +listMapKey=type
                    public java.util.List<io.fabric8.kubernetes.api.model.Condition> conditions;
                }
                """, CrdGenerator.Options.DEFAULT));
        assertEquals(src.resolve("p/Spec.java") + ":6: field 'conditions': +listMapKey=type names a property of the "
                + "items that is neither required nor defaulted, and the API server refuses such a key: mark it "
                + "@Required or give it a @Default (for a class you cannot change, such as fabric8's Condition, use a "
                + "class of your own)", key.getMessage());
        OpctlException missing = assertThrows(OpctlException.class, () -> specCrd("""
                package p;

                public class Spec {
                    // +listType=map
                    // +listMapKey=kind
                    public java.util.List<io.fabric8.kubernetes.api.model.Condition> conditions;
                }
                """, CrdGenerator.Options.DEFAULT));
        assertTrue(missing.getMessage().endsWith(": +listMapKey=kind names no property of the list's items; name one "
                + "of theirs"), missing.getMessage());
        OpctlException set = assertThrows(OpctlException.class, () -> specCrd("""
                package p;

                public class Spec {
                    // +listType=set
                    public java.util.List<io.fabric8.kubernetes.api.model.Condition> conditions;
                }
                """, CrdGenerator.Options.DEFAULT));
        assertEquals(src.resolve("p/Spec.java") + ":5: field 'conditions': +listType=set needs items the API server "
                + "can compare whole: scalars, or objects marked +structType=atomic on their class; it refuses a set "
                + "of objects: use +listType=map with a +listMapKey, or +listType=atomic", set.getMessage());
        // An atomic object is one a set may hold, and so is a list (its list type unset is atomic).
        String yaml = specCrd("""
                package p;

                public class Spec {
                    // +listType=set
                    public java.util.List<Pair> pairs;
                    // +listType=set
                    public java.util.List<java.util.List<String>> nested;

                    // +structType=atomic
                    public static class Pair {
                        public String a;
                    }
                }
                """, CrdGenerator.Options.DEFAULT);
        assertTrue(yaml.contains("x-kubernetes-list-type: set"), yaml);
    }

    @Test
    void refusesAPatternTheApiServerCannotCompile() throws IOException {
        OpctlException e = specFieldError("import io.fabric8.generator.annotation.Pattern;\n\n",
                "@Pattern(\"^(?!-)[a-z-]+$\") public String name;");
        assertEquals(ExitCode.INVALID_INPUT, e.exitCode());
        assertEquals(src.resolve("p/Spec.java") + ":6: field 'name': @Pattern(\"^(?!-)[a-z-]+$\") has a lookaround "
                + "((?!), and the API server, whose regular expressions are Go's (RE2), refuses it: write it without",
                e.getMessage());
        // The Kubernetes model's own DNS label pattern has lookarounds: said as such, its constant evaluated.
        e = specFieldError("import io.fabric8.generator.annotation.Pattern;\n"
                + "import io.fabric8.kubernetes.api.model.HasMetadata;\n\n",
                "@Pattern(HasMetadata.DNS_LABEL_REGEXP) public String host;");
        assertEquals(src.resolve("p/Spec.java") + ":7: field 'host': @Pattern(\"(?!-)[A-Za-z0-9-]{1,63}(?<!-)\") has a "
                + "lookaround ((?!), and the API server, whose regular expressions are Go's (RE2), refuses it: write it "
                + "without", e.getMessage());
        e = specFieldError("import io.fabric8.generator.annotation.Pattern;\nimport java.util.List;\n\n",
                "public List<@Pattern(\"a++\") String> names;");
        assertTrue(e.getMessage().startsWith(src.resolve("p/Spec.java") + ":7: field 'names': @Pattern(\"a++\") has "
                + "a possessive quantifier (++)"), e.getMessage());
        // One no regular expression is, which fabric8 writes as given.
        e = specFieldError("import io.fabric8.generator.annotation.Pattern;\n\n", "@Pattern(\"[a-z\") public String name;");
        assertEquals(src.resolve("p/Spec.java") + ":6: field 'name': @Pattern(\"[a-z\") has a character class that is "
                + "not closed ([), which no regular expression takes, and the API server refuses it: fix it",
                e.getMessage());
    }

    @Test
    void refusesAListMapWithoutKeys() throws IOException {
        OpctlException e = assertThrows(OpctlException.class, () -> specCrd("""
                package p;

                public class Spec {
                    // +listType=map
                    public java.util.List<String> names;
                }
                """, CrdGenerator.Options.DEFAULT));
        assertEquals(src.resolve("p/Spec.java") + ":5: field 'names': +listType=map needs at least one "
                + "+listMapKey=<field of the items>", e.getMessage());
    }

    @Test
    void capsDescriptionsAtAWordOrDropsThem() throws IOException {
        String spec = """
                package p;

                public class Spec {
                    /** The number of replicas the operator keeps running. */
                    public int replicas;
                }
                """;
        assertTrue(specCrd(spec, new CrdGenerator.Options(20)).contains("description: The number of..."));
        assertFalse(specCrd(spec, new CrdGenerator.Options(0)).contains("description"));
        assertTrue(specCrd(spec, CrdGenerator.Options.DEFAULT).contains(
                "description: The number of replicas the operator keeps running."));
    }

    @Test
    void refusesADefaultOfTheWrongType() throws IOException {
        OpctlException e = assertThrows(OpctlException.class, () -> specCrd("""
                package p;

                public class Spec {
                    @io.fabric8.generator.annotation.Default("many")
                    public int replicas;
                }
                """, CrdGenerator.Options.DEFAULT));
        assertEquals(src.resolve("p/Spec.java") + ":4: field 'replicas': @Default(\"many\") is not a valid integer "
                + "value; write it as YAML or JSON of the field's type", e.getMessage());
        // A list's, a map's or an object's of another shape: the API server validates it by the schema.
        String spec = """
                package p;

                public class Spec {
                    @io.fabric8.generator.annotation.Default(%s)
                    public %s value;

                    public static class Inner {
                        public int size;
                    }
                }
                """;
        Map<String, String> misfits = new LinkedHashMap<>();
        misfits.put("\"nope\"|java.util.List<String>", "it is not a list");
        misfits.put("\"[[1]]\"|java.util.List<String>", "[0] is not a string");
        misfits.put("\"{\\\"a\\\": [1]}\"|java.util.Map<String, Integer>", ".a is not an integer");
        misfits.put("\"{\\\"size\\\": 1, \\\"x\\\": 2}\"|Inner", ".x is no property of the class");
        misfits.put("\"[1]\"|Inner", "it is not an object");
        for (Map.Entry<String, String> misfit : misfits.entrySet()) {
            String[] given = misfit.getKey().split("\\|");
            e = assertThrows(OpctlException.class, () -> specCrd(spec.formatted(given[0], given[1]),
                    CrdGenerator.Options.DEFAULT), misfit.getKey());
            assertTrue(e.getMessage().contains("does not fit the field's type: " + misfit.getValue() + "; write it as "
                    + "JSON of that type"), e.getMessage());
        }
        String fits = specCrd(spec.formatted("\"{\\\"size\\\": 1}\"", "Inner"), CrdGenerator.Options.DEFAULT);
        assertTrue(fits.matches("(?s).*\\n +default:\\n +size: 1\\n.*"), fits);
    }

    @Test
    void aPropertysJsonIgnorePropertiesHoldsForThatPropertyAlone() throws IOException {
        String yaml = specCrd("""
                package p;

                import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
                import java.util.List;
                import java.util.Map;

                public class Spec {
                    @JsonIgnoreProperties("secret")
                    public Credentials credentials;
                    @JsonIgnoreProperties({"secret", "user"})
                    public List<Credentials> list;
                    @JsonIgnoreProperties("user")
                    public Map<String, Credentials> map;
                    @JsonIgnoreProperties(value = "secret", allowGetters = true)
                    public Credentials written;
                    public Credentials whole;

                    public static class Credentials {
                        public String user;
                        public String secret;
                    }
                }
                """, CrdGenerator.Options.DEFAULT);
        // What Jackson writes of each; fabric8 gives every use the first one's (a schema it caches).
        Map<String, Object> spec = properties(yaml);
        assertEquals(Set.of("user"), keys(spec, "credentials"));
        assertEquals(Set.of(), keys(((Map<?, ?>) spec.get("list")).get("items")));
        assertEquals(Set.of("secret"), keys(((Map<?, ?>) spec.get("map")).get("additionalProperties")));
        assertEquals(Set.of("user", "secret"), keys(spec, "written"));
        assertEquals(Set.of("user", "secret"), keys(spec, "whole"));
    }

    @Test
    void aGenericGetterOfAMapOfTheTypeParameterIsAMapOfTheArgument() throws IOException {
        // fabric8 7.5.2 fails on the getter (ArrayIndexOutOfBoundsException in handleTypeAnnotations), so the
        // differential corpus cannot hold it; a field of the same type it maps, as here.
        String yaml = specCrd("""
                package p;

                import java.util.Map;

                public class Spec {
                    public Holder<String> names;
                    public Holder<Integer> counts;

                    public static class Holder<T> {
                        private Map<String, T> entries;

                        public Map<String, T> getEntries() {
                            return entries;
                        }
                    }
                }
                """, CrdGenerator.Options.DEFAULT);
        Map<String, Object> spec = properties(yaml);
        assertEquals(Map.of("type", "object", "additionalProperties", Map.of("type", "string")),
                ((Map<?, ?>) ((Map<?, ?>) spec.get("names")).get("properties")).get("entries"));
        assertEquals(Map.of("type", "object", "additionalProperties", Map.of("type", "integer")),
                ((Map<?, ?>) ((Map<?, ?>) spec.get("counts")).get("properties")).get("entries"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> properties(String crdYaml) {
        Map<String, Object> crd = new org.yaml.snakeyaml.Yaml().load(crdYaml);
        Object schema = ((List<Map<String, Object>>) ((Map<String, Object>) crd.get("spec")).get("versions")).get(0)
                .get("schema");
        Map<String, Object> root = (Map<String, Object>) ((Map<String, Object>) schema).get("openAPIV3Schema");
        Map<String, Object> spec = (Map<String, Object>) ((Map<String, Object>) root.get("properties")).get("spec");
        return (Map<String, Object>) spec.get("properties");
    }

    private static Set<Object> keys(Map<String, Object> properties, String name) {
        return keys(properties.get(name));
    }

    private static Set<Object> keys(Object schema) {
        Object properties = ((Map<?, ?>) schema).get("properties");
        return properties == null ? Set.of() : Set.copyOf(((Map<?, ?>) properties).keySet());
    }

    @Test
    void refusesAnEnumDefaultThatIsNoneOfItsValues() throws IOException {
        String spec = """
                package p;

                public class Spec {
                    @io.fabric8.generator.annotation.Default("%s")
                    public Mode mode;

                    public enum Mode {
                        @com.fasterxml.jackson.annotation.JsonProperty("fast") FAST,
                        @com.fasterxml.jackson.annotation.JsonProperty("slow") SLOW
                    }
                }
                """;
        // The JSON value, as Jackson reads it; the API server refuses a default outside the enum.
        assertTrue(specCrd(spec.formatted("slow"), CrdGenerator.Options.DEFAULT).contains("default: slow"));
        OpctlException e = assertThrows(OpctlException.class, () -> specCrd(spec.formatted("SLOW"),
                CrdGenerator.Options.DEFAULT));
        assertEquals(src.resolve("p/Spec.java") + ":4: field 'mode': @Default(\"SLOW\") is not one of the enum's "
                + "values (fast, slow); write one of them", e.getMessage());
    }

    @Test
    void refusesASchemaSwapThatMatchesNothing() throws IOException {
        OpctlException e = assertThrows(OpctlException.class, () -> specCrd("""
                package p;

                @io.fabric8.crd.generator.annotation.SchemaSwap(originalType = Spec.class, fieldName = "nope")
                public class Spec {
                    public int replicas;
                }
                """, CrdGenerator.Options.DEFAULT));
        assertTrue(e.getMessage().contains("@SchemaSwap(originalType = p.Spec, fieldName = \"nope\") matches no "
                + "field"), e.getMessage());
    }

    @Test
    void refusesANegativeSchemaSwapDepthAndOneTooDeepToBuildRatherThanCrash() throws IOException {
        source("p/Spec.java", "package p;\n\npublic class Spec {\n    public Spec next;\n}\n");
        for (String depth : List.of("-1", "1000000")) {
            source("p/A.java", resource("p", "A", "v1", "").replace("CustomResource<Void, Void>",
                    "CustomResource<Spec, Void>").replace("@Group", "@io.fabric8.crd.generator.annotation.SchemaSwap("
                    + "originalType = Spec.class, fieldName = \"next\", depth = " + depth + ")\n@Group"));
            assertEquals(src.resolve("p/A.java") + ":7: " + (depth.equals("-1") ? "@SchemaSwap for p.Spec.next has "
                    + "depth = -1; give 0 (the default: swapped where first met) or more (expanded that many times "
                    + "first)" : "the schema nests deeper than opctl can build (thousands of levels); lower the depth "
                    + "of the @SchemaSwap that expands a recursive type, or end the recursion sooner"), refused());
        }
    }

    @Test
    void aCrdTooLargeForKubectlApplyOrForEtcdIsSaid() throws IOException {
        source("p/A.java", resource("p", "A", "v1", "").replace("CustomResource<Void, Void>",
                "CustomResource<Spec, Void>"));
        // The JSON kubectl keeps in its annotation: 256 KiB at most; etcd's: 1.5 MiB.
        for (int words : List.of(50_000, 140_000, 800_000)) {
            source("p/Spec.java", "package p;\n\npublic class Spec {\n    /** " + "word ".repeat(words)
                    + "*/\n    public int size;\n}\n");
            List<String> warnings = warnings();
            assertEquals(words == 50_000 ? List.of() : List.of(words == 140_000
                    ? "CRD things.a.example.com is 700,480 bytes as JSON, and 'kubectl apply' keeps the whole object in "
                    + "an annotation of at most 256 KiB: it refuses it ('Too long'); apply it with 'kubectl apply "
                    + "--server-side', or cut its descriptions with --max-description-length"
                    : "CRD things.a.example.com is 4,000,480 bytes as JSON, and the API server stores an object of up "
                    + "to 1.5 MiB (etcd's default limit): it will likely be refused; shorten the schema (cut its "
                    + "descriptions with --max-description-length, lower a @SchemaSwap's depth)"), warnings);
        }
    }

    @Test
    void refusesASchemaSwapOfASuperclassFieldNamedThroughTheSuperclassAsFabric8Does() throws IOException {
        source("p/Base.java", "package p;\n\npublic class Base {\n    public Base.Auth auth;\n\n"
                + "    public static class Auth {\n        public String secret;\n    }\n}\n");
        OpctlException e = assertThrows(OpctlException.class, () -> specCrd("""
                package p;

                @io.fabric8.crd.generator.annotation.SchemaSwap(originalType = Base.class, fieldName = "auth")
                public class Spec extends Base {
                    public int replicas;
                }
                """, CrdGenerator.Options.DEFAULT));
        assertTrue(e.getMessage().contains("@SchemaSwap(originalType = p.Base, fieldName = \"auth\") matches no "
                + "field under Spec"), e.getMessage());
    }

    @Test
    void refusesAListThatHoldsItselfInsteadOfOverflowingTheStack() throws IOException {
        source("p/Tree.java", "package p;\n\npublic class Tree extends java.util.ArrayList<Forest> {\n}\n");
        source("p/Forest.java", "package p;\n\npublic class Forest extends java.util.HashMap<String, Tree> {\n}\n");
        OpctlException e = specFieldError("", "public Tree tree;");
        assertEquals(src.resolve("p/Spec.java") + ":4: field 'tree': Tree holds itself (through "
                + "java.util.ArrayList<p.Forest>); a CRD schema cannot be recursive: break the cycle, or hold a "
                + "JsonNode instead", e.getMessage());
    }

    @Test
    void refusesASetterNamingAPropertyOtherwiseBesideAGetterThatNamesItNotAsJacksonDoes() throws IOException {
        // The field names it "f", the setter "ff", and getF() (Lombok's, or written) not at all.
        OpctlException e = specFieldError("import com.fasterxml.jackson.annotation.*;\n\n",
                "@JsonProperty(\"f\") private String f;\n    public String getF() { return f; }\n"
                + "    @JsonSetter(\"ff\") public void setF(String f) { this.f = f; }");
        assertEquals(ExitCode.INVALID_INPUT, e.exitCode());
        assertEquals(src.resolve("p/Spec.java") + ":8: setF(...) names property 'f' \"ff\" and its field or getter "
                + "names it \"f\", but getF() gives it no name; Jackson refuses that (\"Conflicting/ambiguous property "
                + "name definitions\"): name it alike everywhere, or in the setter only", e.getMessage());
    }

    @Test
    void anImportOfAnAnnotationFabric8DoesNotHaveIsSaid() throws IOException {
        source("p/A.java", resource("p", "A", "v1", "").replace("CustomResource<Void, Void>",
                "CustomResource<Spec, Void>"));
        // A misspelling javac would refuse: opctl, reading sources that may not compile yet, would read nothing there.
        source("p/Spec.java", """
                package p;

                import io.fabric8.generator.annotation.Max;
                import io.fabric8.generator.annotation.Requird;
                import io.fabric8.generator.annotation.Mandatory;
                import io.fabric8.kubernetes.model.annotation.PrinterColumn;

                public class Spec {
                    @Requird
                    @Max(3)
                    public int size;
                }
                """);
        // At its line; a slip of one letter named; one fabric8 7 moved to another package (trial47 L1).
        String has = ", which fabric8 7.5.2 does not have (io.fabric8.generator.annotation has Default, Max, Min, "
                + "Nullable, Pattern, Required, Size, ValidationRule, ValidationRules), so opctl reads no annotation of "
                + "that name; ";
        assertEquals(List.of(src.resolve("p/Spec.java") + ":4: imports io.fabric8.generator.annotation.Requird" + has
                + "did you mean io.fabric8.generator.annotation.Required?", src.resolve("p/Spec.java") + ":5: imports "
                + "io.fabric8.generator.annotation.Mandatory" + has + "correct the name", src.resolve("p/Spec.java")
                + ":6: imports io.fabric8.kubernetes.model.annotation.PrinterColumn, which fabric8 7.5.2 does not have "
                + "(io.fabric8.kubernetes.model.annotation has Categories, Generated, Group, Kind, LabelSelector, Plural, "
                + "ShortNames, Singular, SpecReplicas, StatusReplicas, Version), so opctl reads no annotation of that "
                + "name; fabric8 7 has it as io.fabric8.crd.generator.annotation.PrinterColumn: import that"), warnings());
    }

    @Test
    void anAnnotationOpctlReadsWrittenByANameNothingDeclaresOrImportsIsSaid() throws IOException {
        source("p/A.java", resource("p", "A", "v1", "").replace("CustomResource<Void, Void>",
                "CustomResource<Spec, Void>"));
        String spec = """
                package p;

                import io.fabric8.generator.annotation.Max;

                public class Spec {
                    @Required
                    @Max(3)
                    public int size;
                    @Requried
                    public String name;
                    @Deprecated
                    public String old;
                    @Unrelated
                    public String other;
                }
                """;
        source("p/Spec.java", spec);
        String at = src.resolve("p/Spec.java").toString();
        assertEquals(List.of(at + ":6: @Required names no type this file declares or imports, so opctl reads nothing "
                + "of it (javac refuses it too); import io.fabric8.generator.annotation.Required", at + ":9: @Requried "
                + "names no type this file declares or imports, so opctl reads nothing of it (javac refuses it too); "
                + "did you mean @Required (io.fabric8.generator.annotation.Required)?"), warnings());
        // An on-demand import may declare them: opctl cannot tell.
        source("p/Spec.java", spec.replace("import io.fabric8.generator.annotation.Max;",
                "import io.fabric8.generator.annotation.Max;\nimport org.other.*;"));
        assertEquals(List.of(), warnings());
    }

    @Test
    void refusesTwoPropertiesOfOneNameAsJacksonDoes() throws IOException {
        // Said at the second one, with the other properties' errors.
        OpctlException e = specFieldError("import com.fasterxml.jackson.annotation.JsonProperty;\n\n",
                "@JsonProperty(\"policy\") public String eviction;\n    @JsonProperty(\"policy\") public String verbosity;"
                + "\n    public Thread worker;");
        assertEquals(ExitCode.INVALID_INPUT, e.exitCode());
        assertEquals(src.resolve("p/Spec.java") + ":7: Spec has two properties named 'policy' (eviction and "
                + "verbosity); Jackson refuses that: give one another name", e.getMessage());
        assertEquals(1, e.getSuppressed().length);
        assertTrue(e.getSuppressed()[0].getMessage().startsWith(src.resolve("p/Spec.java") + ":8: field 'worker': "
                + "opctl does not map the JDK class Thread"), e.getSuppressed()[0].getMessage());
        e = specFieldError("import com.fasterxml.jackson.annotation.JsonProperty;\n\n",
                "@JsonProperty(\"policy\") private String eviction;\n    private String policy;\n"
                + "    public String getEviction() { return eviction; }\n    public String getPolicy() { return policy; }");
        assertTrue(e.getMessage().endsWith("Spec has two properties named 'policy' (eviction and policy); Jackson "
                + "refuses that: give one another name"), e.getMessage());
        // An ignored one is no second property.
        source("p/Spec.java", "package p;\n\nimport com.fasterxml.jackson.annotation.*;\n\npublic class Spec {\n"
                + "    @JsonIgnore @JsonProperty(\"x\") public String a;\n    @JsonProperty(\"x\") public String b;\n}\n");
        assertTrue(CrdGenerator.generate(List.of(src), "").files().get(0).content().contains("x:"));
    }

    @Test
    void refusesTwoAnyGettersAsJacksonDoes() throws IOException {
        OpctlException e = assertThrows(OpctlException.class, () -> specCrd("""
                package p;

                import com.fasterxml.jackson.annotation.JsonAnyGetter;
                import com.fasterxml.jackson.annotation.JsonIgnore;
                import java.util.Map;

                public class Spec {
                    @JsonAnyGetter
                    public Map<String, Object> getExtra() { return null; }
                    @JsonAnyGetter @JsonIgnore
                    public Map<String, Object> more() { return null; }
                }
                """, CrdGenerator.Options.DEFAULT));
        assertEquals(src.resolve("p/Spec.java") + ":7: Spec has more than one @JsonAnyGetter method (getExtra(), "
                + "more()); Jackson refuses that: keep one", e.getMessage());
        // Two fields, one of them inherited, where no method is one (a method would win over both).
        e = assertThrows(OpctlException.class, () -> specCrd("""
                package p;

                import com.fasterxml.jackson.annotation.JsonAnyGetter;
                import java.util.Map;

                public class Spec extends Base {
                    @JsonAnyGetter
                    private transient Map<String, Object> more;
                }

                class Base {
                    @JsonAnyGetter
                    public static Map<String, Object> none; // Jackson passes over static fields
                    @JsonAnyGetter
                    public Map<String, Object> extra;
                    @JsonAnyGetter(enabled = false)
                    public Map<String, Object> off;
                }
                """, CrdGenerator.Options.DEFAULT));
        assertEquals(src.resolve("p/Spec.java") + ":6: Spec has more than one @JsonAnyGetter field (extra, more); "
                + "Jackson refuses that: keep one", e.getMessage());
    }

    @Test
    void protectedGroupsGetTheApprovalAnnotation() throws IOException {
        source("p/A.java", resource("p", "A", "v1", "").replace("a.example.com", "samplecontroller.k8s.io"));
        String yaml = CrdGenerator.generate(List.of(src), "").get("things.samplecontroller.k8s.io.yaml").content();
        assertTrue(yaml.contains("""
                metadata:
                  annotations:
                    api-approved.kubernetes.io: "unapproved, experimental-only; please get an approval from Kubernetes \
                API reviewers if you're trying to develop a CRD in the *.k8s.io or *.kubernetes.io groups"
                """), yaml);
        assertTrue(CrdGenerator.isProtectedGroup("kubernetes.io"));
        assertFalse(CrdGenerator.isProtectedGroup("k8s.io.example.com"));
    }
}
