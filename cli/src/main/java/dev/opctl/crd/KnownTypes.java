package dev.opctl.crd;

import dev.opctl.crd.model.TypeUse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The types whose schema opctl knows without their source: JDK and the Kubernetes model (Jackson's
 * nodes are {@link JsonNodes}).
 */
final class KnownTypes {
    private static final JsonSchema DATE_TIME = string("date-time");
    private static final JsonSchema STRING = string(null);
    private static final JsonSchema PRESERVE_UNKNOWN = new JsonSchema().setPreserveUnknownFields(true);

    /** The packages of the Kubernetes model classes in {@link KubernetesCatalog}. */
    static final String KUBERNETES_MODEL = "io.fabric8.kubernetes.api.model.";
    static final String KUBERNETES_RESOURCE = KUBERNETES_MODEL + "KubernetesResource";

    /** Simple types: qualified name to OpenAPI type. */
    static final Map<String, String> SCALARS = Map.ofEntries(
            Map.entry("boolean", "boolean"), Map.entry("java.lang.Boolean", "boolean"),
            Map.entry("byte", "integer"), Map.entry("java.lang.Byte", "integer"),
            Map.entry("short", "integer"), Map.entry("java.lang.Short", "integer"),
            Map.entry("int", "integer"), Map.entry("java.lang.Integer", "integer"),
            Map.entry("long", "integer"), Map.entry("java.lang.Long", "integer"),
            Map.entry("float", "number"), Map.entry("java.lang.Float", "number"),
            Map.entry("double", "number"), Map.entry("java.lang.Double", "number"),
            Map.entry("char", "string"), Map.entry("java.lang.Character", "string"),
            Map.entry("java.lang.String", "string"));

    /** Types that become an array of their single type argument. */
    static final Set<String> COLLECTIONS = Set.of("java.util.List", "java.util.ArrayList", "java.util.LinkedList",
            "java.util.Collection", "java.util.Set", "java.util.HashSet", "java.util.LinkedHashSet",
            "java.util.TreeSet", "java.util.SortedSet", "java.util.NavigableSet", "java.lang.Iterable",
            "java.util.Iterator", "java.util.Queue", "java.util.Deque", "java.util.ArrayDeque", "java.util.Vector",
            "java.util.Stack", "java.util.EnumSet", "java.util.PriorityQueue", "java.util.AbstractCollection",
            "java.util.AbstractList", "java.util.AbstractSequentialList", "java.util.AbstractSet",
            "java.util.AbstractQueue", "java.util.concurrent.BlockingQueue", "java.util.concurrent.BlockingDeque",
            "java.util.concurrent.CopyOnWriteArrayList", "java.util.concurrent.CopyOnWriteArraySet",
            "java.util.concurrent.ConcurrentLinkedQueue", "java.util.concurrent.ConcurrentLinkedDeque",
            "java.util.concurrent.ConcurrentSkipListSet", "java.util.concurrent.LinkedBlockingQueue",
            "java.util.concurrent.LinkedBlockingDeque", "java.util.concurrent.ArrayBlockingQueue",
            "java.util.concurrent.PriorityBlockingQueue");

    /** Types that become an object whose values have the schema of the second type argument. */
    static final Set<String> MAPS = Set.of("java.util.Map", "java.util.HashMap", "java.util.LinkedHashMap",
            "java.util.TreeMap", "java.util.SortedMap", "java.util.NavigableMap", "java.util.EnumMap",
            "java.util.concurrent.ConcurrentMap", "java.util.concurrent.ConcurrentHashMap",
            "java.util.concurrent.ConcurrentSkipListMap", "java.util.concurrent.ConcurrentNavigableMap",
            "java.util.Hashtable", "java.util.Properties", "java.util.IdentityHashMap", "java.util.WeakHashMap",
            "java.util.AbstractMap");

    /**
     * A Map.Entry, which Jackson writes as an object of one property (its key, its value), and fabric8
     * as any JSON ({@link #fixed}); a class that implements it too.
     */
    static final Set<String> MAP_ENTRIES = Set.of("java.util.Map.Entry", "java.util.AbstractMap.SimpleEntry",
            "java.util.AbstractMap.SimpleImmutableEntry");

    /**
     * The container a class is to Jackson when it extends or implements {@code supertype} (its type
     * arguments bound), if that makes it one: the supertype itself (a raw one, as {@code extends
     * ArrayList}, holds Objects), or for {@code Properties} the {@code Map<String, String>} Jackson's
     * TypeFactory takes it for (though fabric8 gives a field of type {@code Properties} Object values).
     */
    static Optional<TypeUse.Named> containerOf(TypeUse.Named supertype) {
        String name = supertype.name();
        int arity = supertype.arguments().size();
        if (name.equals("java.util.Properties")) {
            TypeUse string = TypeUse.Named.of("java.lang.String");
            return Optional.of(new TypeUse.Named("java.util.Map", List.of(string, string)));
        }
        boolean container = COLLECTIONS.contains(name) && arity <= 1 || MAPS.contains(name) && arity != 1
                || MAP_ENTRIES.contains(name);
        return container ? Optional.of(supertype) : Optional.empty();
    }

    /**
     * JDK types with a fixed schema, as fabric8 maps them (opaque JSON keeps unknown fields); never
     * changed: {@link #fixed} hands out copies.
     */
    private static final Map<String, JsonSchema> FIXED = Map.ofEntries(
            Map.entry("java.lang.Object", JsonSchema.ofType("object")),
            Map.entry("java.util.Map.Entry", PRESERVE_UNKNOWN),
            Map.entry("java.util.AbstractMap.SimpleEntry", PRESERVE_UNKNOWN),
            Map.entry("java.util.AbstractMap.SimpleImmutableEntry", PRESERVE_UNKNOWN),
            Map.entry("java.lang.Number", JsonSchema.ofType("number")),
            Map.entry("java.math.BigDecimal", JsonSchema.ofType("number")),
            Map.entry("java.math.BigInteger", JsonSchema.ofType("integer")),
            Map.entry("java.util.concurrent.atomic.AtomicInteger", JsonSchema.ofType("integer")),
            Map.entry("java.util.concurrent.atomic.AtomicLong", JsonSchema.ofType("integer")),
            Map.entry("java.util.concurrent.atomic.AtomicBoolean", JsonSchema.ofType("boolean")),
            Map.entry("java.time.Instant", DATE_TIME),
            Map.entry("java.time.OffsetDateTime", DATE_TIME),
            Map.entry("java.time.ZonedDateTime", DATE_TIME),
            Map.entry("java.time.LocalDateTime", DATE_TIME),
            Map.entry("java.time.Duration", DATE_TIME),
            Map.entry("java.util.Date", DATE_TIME),
            Map.entry("java.time.OffsetTime", DATE_TIME),
            Map.entry("java.time.Year", DATE_TIME),
            Map.entry("java.time.YearMonth", DATE_TIME),
            Map.entry("java.time.MonthDay", DATE_TIME),
            Map.entry("java.util.Calendar", DATE_TIME),
            Map.entry("java.util.GregorianCalendar", DATE_TIME),
            Map.entry("java.sql.Timestamp", DATE_TIME),
            Map.entry("java.sql.Date", DATE_TIME),
            Map.entry("java.sql.Time", DATE_TIME),
            Map.entry("java.time.ZoneId", STRING),
            Map.entry("java.time.ZoneOffset", STRING),
            Map.entry("java.util.TimeZone", STRING),
            Map.entry("java.util.Currency", STRING),
            Map.entry("java.util.regex.Pattern", STRING),
            Map.entry("java.nio.file.Path", STRING),
            Map.entry("java.io.File", STRING),
            Map.entry("java.net.InetAddress", STRING),
            Map.entry("java.net.InetSocketAddress", STRING),
            Map.entry("java.nio.charset.Charset", STRING),
            Map.entry("java.lang.CharSequence", STRING),
            Map.entry("java.lang.StringBuilder", STRING),
            Map.entry("java.lang.StringBuffer", STRING),
            Map.entry("java.time.LocalDate", string("date")),
            Map.entry("java.time.LocalTime", string("time")),
            Map.entry("java.time.Period", STRING),
            Map.entry("java.util.UUID", string("uuid")),
            Map.entry("java.net.URI", STRING),
            Map.entry("java.net.URL", STRING),
            Map.entry("java.util.Locale", STRING),
            Map.entry("java.lang.Class", STRING),
            // Jackson's serializers of java.xml's types (CoreXMLSerializers).
            Map.entry("javax.xml.namespace.QName", STRING),
            Map.entry("javax.xml.datatype.Duration", STRING),
            Map.entry("javax.xml.datatype.XMLGregorianCalendar", DATE_TIME),
            Map.entry("java.util.Optional", PRESERVE_UNKNOWN),
            Map.entry("java.util.OptionalInt", PRESERVE_UNKNOWN),
            Map.entry("java.util.OptionalLong", PRESERVE_UNKNOWN),
            Map.entry("java.util.OptionalDouble", PRESERVE_UNKNOWN));

    private KnownTypes() {
    }

    private static JsonSchema string(String format) {
        return JsonSchema.ofType("string").setFormat(format);
    }

    /** A fresh copy of the fixed schema of a JDK type, if it has one. */
    static Optional<JsonSchema> fixed(String qualifiedName) {
        JsonSchema schema = FIXED.get(qualifiedName);
        return schema == null ? Optional.empty() : Optional.of(schema.copy());
    }

    /** The qualified names of the JDK's classes in these tables (for the test that they exist). */
    static Set<String> jdkClasses() {
        Set<String> names = new TreeSet<>(FIXED.keySet());
        names.addAll(COLLECTIONS);
        names.addAll(MAPS);
        SCALARS.keySet().stream().filter(name -> name.contains(".")).forEach(names::add);
        return names;
    }

    static boolean isKnown(String qualifiedName) {
        return SCALARS.containsKey(qualifiedName) || COLLECTIONS.contains(qualifiedName)
                || MAPS.contains(qualifiedName) || FIXED.containsKey(qualifiedName)
                || qualifiedName.equals("java.util.concurrent.atomic.AtomicReference")
                || qualifiedName.startsWith(KUBERNETES_MODEL) && KubernetesCatalog.get().contains(qualifiedName);
    }
}
