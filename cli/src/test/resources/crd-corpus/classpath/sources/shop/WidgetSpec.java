package shop;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Size;
import io.fabric8.crd.generator.annotation.SchemaFrom;
import io.fabric8.kubernetes.client.VersionInfo;
import io.javaoperatorsdk.operator.processing.expectation.ExpectationStatus;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import org.lib.Condition;
import org.lib.Phase;
import org.lib.Tags;
import org.lib.Typed;

/** Types from a library compiled into a jar, from real jars of Maven Central, and from the JDK. */
public class WidgetSpec {
    /** The library's enum. */
    public Phase phase;
    public Condition.Severity severity;
    public Typed<Phase> typed;
    public Typed<String> raw;
    /** Raw uses of a library generic: its parameters' bounds stand for them. */
    @SuppressWarnings("rawtypes")
    public org.lib.Bounded bounded;
    public RawBounded rawBounded;
    public Tags tags;
    public Map<String, List<Phase>> phasesByZone;
    /** An enum of jackson-annotations. */
    public JsonFormat.Shape shape;
    /** An enum of JOSDK. */
    public ExpectationStatus expectation;
    /** A class of the fabric8 client, not a model class. */
    public VersionInfo version;
    public DayOfWeek day;
    /** Library enums written through @JsonValue. */
    public org.lib.Mode mode;
    public List<org.lib.Grade> grades;
    /** Library enums whose @JsonValue is an int, a Double and a boolean. */
    public org.lib.Priority priority;
    public org.lib.Delegated delegated;
    public org.lib.Weight weight;
    /** Enums whose @JsonValue returns name(), its case changed and characters replaced. */
    public org.lib.Strategy strategy;
    public org.lib.Strategy.Spaced spaced;
    public org.lib.Switch toggle;
    /** Enums, of the library and of the sources, written through a library interface's @JsonValue. */
    public org.lib.Tier tier;
    public Finish finish;
    /** A NUMBER shape leaves the values of an interface's @JsonValue strings, as it does an enum's own. */
    @JsonFormat(shape = JsonFormat.Shape.NUMBER)
    public Finish finishAsNumber;
    @JsonFormat(shape = JsonFormat.Shape.NUMBER)
    public org.lib.Tier tierAsNumber;
    /** Library enums written through a switch (this), a statement and an expression, with and without a default. */
    public org.lib.Tone tone;
    public org.lib.Rank rank;
    public org.lib.Partial partial;
    public org.lib.Partial.Rest rest;
    public org.lib.Partial.Fallback fallback;
    /** A library enum whose @JsonValue getter boxes its value. */
    public org.lib.Code code;
    /** @SchemaFrom on a jar enum and a jar list: the other annotations apply by the declared type's kind. */
    @SchemaFrom(type = Integer.class)
    @Pattern("[0-9]+")
    public org.lib.Priority priorityAsNumber;
    @SchemaFrom(type = String.class)
    @Size(max = 3)
    public Tags tagsAsText;
    /** Library enums whose @JsonValue getter returns name(), maybe with its case changed. */
    public org.lib.Casing.Lower lower;
    public org.lib.Casing.Upper upper;
    public org.lib.Casing.Same same;
    /** Printer columns, a selectable field and a swap declared in a jar type. */
    public org.lib.Display display;
    /** Type-use annotations read from class files. */
    public org.lib.Limits limits;
    /** A library class whose @JsonValue an interface declares. */
    public org.lib.Amount amount;
    /** A library's Jackson bundles on members of the sources: their annotations apply, one written here wins. */
    @org.lib.Bundled.Port
    public int adminPort;
    @org.lib.Bundled.NamedPort
    @io.fabric8.generator.annotation.Max(9000)
    public int namedPort;
    @org.lib.Bundled.Secret
    public String token;
    public org.lib.Boxed<Integer> boxed;
    /** A raw use: the type variable's erasure, Object. */
    @SuppressWarnings("rawtypes")
    public org.lib.Boxed rawBoxed;
    /** A library class whose @JsonValue method a library interface's default method implements. */
    public org.lib.Stamp stamp;
    /** A library class whose members carry the library's Jackson bundles. */
    public org.lib.Bundled bundled;
    /** A class of a multi-release jar, as Java 17 loads it. */
    public org.lib.Release release;
    /** Library classes Jackson writes as a number, an array and a map entry, whatever getters they have. */
    public org.lib.Ratio ratio;
    public org.lib.Sequence<Integer> sequence;
    public org.lib.Couple couple;
    /** Joda-Time's classes: any JSON, as fabric8 makes them. */
    public org.joda.time.Stamp jodaStamp;
    public org.lib.Secretive secretive;
    public com.sun.lib.Legacy legacy;
    /** A library custom resource as a field: with kind, apiVersion and metadata. */
    public org.lib.Snapshot snapshot;
    public org.lib.SnapshotList snapshots;
    public org.lib.Stage stage;
    public org.lib.Stage.Plain plainStage;
    public Spec2 more;
    public Derived derived;
    /** A library representation, its inherited field swapped here. */
    public Client client;

    /** A source class that extends a library class: it inherits its fields and rules. */
    public static class Spec2 extends org.lib.Plain {
        public int size;
    }

    /** A swap of a field the library class declares. */
    @io.fabric8.crd.generator.annotation.SchemaSwap(originalType = Client.class, fieldName = "auth",
            targetType = SecretRef.class)
    public static class Client extends org.lib.Representation {
    }

    public static class SecretRef {
        public String secretName;
    }

    /** Through a generic library base, bound here. */
    public static class Derived extends org.lib.Typed<Phase> {
        /** Its own, over the library's. */
        public String level;
    }

    @SuppressWarnings("rawtypes")
    public static class RawBounded extends org.lib.Bounded {
        public String own;
    }
}
