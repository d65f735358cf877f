package fidelity;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import io.fabric8.crd.generator.annotation.SchemaFrom;
import java.io.IOException;
import java.util.List;

/** Values Jackson writes with a serializer of their own: what it writes is any JSON, or a string. */
public class Serialized {
    /** A string, an array or an object, as the serializer decides (Tekton's ParamValue). */
    public Union union;
    /** A subclass: Jackson finds the class's serializer on its superclass too. */
    public SubUnion subUnion;
    public List<Union> unions;
    @JsonSerialize(using = Union.Writer.class)
    public Plain plainWritten;
    @JsonSerialize(using = ToStringSerializer.class)
    public Plain plainAsText;
    @JsonSerialize(using = Scalar.class)
    public Plain plainAsScalar;
    @JsonSerialize(using = JsonSerializer.None.class)
    public Plain plainUnchanged;
    @JsonSerialize(contentUsing = ToStringSerializer.class)
    public List<Long> idsAsText;
    @JsonSerialize(contentUsing = ToStringSerializer.class)
    public java.util.Map<String, Long> countsAsText;
    @JsonSerialize(contentUsing = Union.Writer.class)
    public Long[] anyItems;
    @SchemaFrom(type = Plain.class)
    @JsonSerialize(using = ToStringSerializer.class)
    public Plain schemaFromWins;

    @JsonSerialize(using = Union.Writer.class)
    public static class Union {
        public String text;
        public List<String> items;

        public static class Writer extends StdSerializer<Object> {
            private static final long serialVersionUID = 1L;

            public Writer() {
                super(Object.class);
            }

            @Override
            public void serialize(Object value, JsonGenerator generator, SerializerProvider provider)
                    throws IOException {
                generator.writeString(value.toString());
            }
        }
    }

    public static class SubUnion extends Union {
        public int extra;
    }

    public static class Plain {
        public String name;
    }

    public static class Scalar extends StdScalarSerializer<Object> {
        private static final long serialVersionUID = 1L;

        public Scalar() {
            super(Object.class);
        }

        @Override
        public void serialize(Object value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(value.toString());
        }
    }
}
