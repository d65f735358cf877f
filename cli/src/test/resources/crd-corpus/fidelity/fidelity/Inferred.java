package fidelity;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.annotation.JsonView;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * Members an annotation makes properties, whatever their access or name, as Jackson infers them:
 * {@code @JsonProperty} also on a transient field, and {@code @JsonFormat}, {@code @JsonView},
 * {@code @JsonSerialize}, {@code @JsonRawValue} on private fields and methods. A transient field
 * that says {@code @JsonIgnore} still ignores its property.
 */
public class Inferred {
    @JsonProperty
    private transient String token;
    @JsonProperty("renamed")
    public transient int count;
    public transient String plainTransient;
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    private int formatted;
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    private transient long formattedTransient;
    @JsonView(Inferred.class)
    private String viewed;
    @JsonSerialize
    private String serialized;
    @JsonRawValue
    private String raw;
    @JsonIgnore
    private transient String ignored;

    public String getIgnored() {
        return ignored;
    }

    @JsonFormat(shape = JsonFormat.Shape.STRING)
    private boolean isPrivate() {
        return false;
    }

    @JsonView(Inferred.class)
    String describe() {
        return "";
    }
}
