package probe;

import static probe.Constants.MAX_REPLICAS;
import static probe.Constants.NAME_RE;

import com.fasterxml.jackson.annotation.JsonGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import io.fabric8.generator.annotation.*;
import java.io.Serializable;
import java.util.*;
import java.util.function.Supplier;

/* A block comment with "quotes" and // slashes and a brace { */
@SuppressWarnings({"unused", "rawtypes",})
public final class SyntaxSpec implements Serializable, Cloneable {
    private static final long serialVersionUID = 42L;
    private static final Supplier<String> SUPPLIER = () -> "}";
    private static final Comparator<String> BY_LENGTH = new Comparator<>() {
        @Override
        public int compare(String a, String b) {
            return a.length() - b.length();
        }
    };

    @io.fabric8.generator.annotation.Required
    public /* inline comment */ String fullyQualified;

    /** Unicode escapes, as javac reads them: a name, a description, a pattern. */
    @com.fasterxml.jackson.annotation.JsonPropertyDescription("caf\u00e9 \u0041")
    @Pattern("^\u0061+$")
    public String \u0061bc;

    // a line comment with a quote " and a brace }
    public String names[];

    public int[] mixed[];

    @Max((int) 2.9 + (MAX_REPLICAS > 100 ? 1 : 0) + Constants.LIMIT)
    public int cast;

    @Pattern(NAME_RE)
    public String imported;

    @Pattern("\\s+\u0041'\"\t")
    public String escapes;

    @Pattern("""
            a\
            b\s""")
    public String textBlock;

    @Default("" + 'x')
    public String fromChar;

    @Max('a' + 1)
    public int charArith;

    @Min(value = -0x10)
    @Max(0b1010_1010)
    public long hexBinary;

    @Max(1_000_000L)
    public long underscores;

    public String größe;

    public String $dollar;

    public Map<String, Map<String, List<Map<String, Integer>>>> deep;

    public SyntaxEnum trailing;

    private String linked;
    private String viaSetter;
    private String split;

    {
        linked = "init";
    }

    public SyntaxSpec() {
        this("x");
    }

    public SyntaxSpec(String value) {
        var local = value;
        record Local(String a) {
        }
        class LocalClass {
        }
        int result = switch (local.length()) {
            case 0 -> 0;
            default -> {
                yield 1;
            }
        };
        Object o = local;
        if (o instanceof String s && !s.isEmpty()) {
            this.linked = s + result;
        }
    }

    public String getLinked() {
        return linked;
    }

    /** The setter's explicit name renames the whole property. */
    @JsonProperty("renamedBySetter")
    public void setLinked(String linked) {
        this.linked = linked;
    }

    public String getViaSetter() {
        return viaSetter;
    }

    @JsonSetter("setterName")
    public void setViaSetter(String viaSetter) {
        this.viaSetter = viaSetter;
    }

    @JsonProperty("fieldName")
    public String getSplit() {
        return split;
    }

    public <T> T getGenericMethod() {
        return null;
    }

    public String get() {
        return "";
    }

    public boolean is() {
        return true;
    }

    public String getaBC() {
        return "";
    }

    public String getXMLHttpRequest() {
        return "";
    }

    public String get_underscore() {
        return "";
    }

    public String getX2Y() {
        return "";
    }

    public synchronized String getSynced() throws IllegalStateException {
        return "";
    }

    @Override
    public SyntaxSpec clone() {
        return this;
    }

    @JsonGetter
    private String hiddenGetter() {
        return "";
    }

    @JsonProperty(access = JsonProperty.Access.READ_ONLY)
    public String readOnly;

    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY)
    public String writeOnly;

    public enum SyntaxEnum {
        A, B,;
    }
}
