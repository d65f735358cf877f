package made;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;

/** A value class: Jackson writes num and id as strings, describes desc, and never writes secret. */
public final class Immutable {
    private final int num;
    private final long id;
    private final String desc;
    private final String secret;
    private final int plain;

    @JsonCreator
    public Immutable(@JsonProperty("num") @JsonFormat(shape = JsonFormat.Shape.STRING) int num,
            @JsonProperty("id") @JsonSerialize(using = ToStringSerializer.class) long id,
            @JsonProperty("desc") @JsonPropertyDescription("from the parameter") String desc,
            @JsonProperty(value = "secret", access = JsonProperty.Access.WRITE_ONLY) String secret,
            @JsonProperty("plain") int plain) {
        this.num = num;
        this.id = id;
        this.desc = desc;
        this.secret = secret;
        this.plain = plain;
    }

    public int getNum() {
        return num;
    }

    public long getId() {
        return id;
    }

    public String getDesc() {
        return desc;
    }

    public String getSecret() {
        return secret;
    }

    /** The getter's description wins over the parameter's. */
    @JsonPropertyDescription("from the getter")
    public int getPlain() {
        return plain;
    }
}
