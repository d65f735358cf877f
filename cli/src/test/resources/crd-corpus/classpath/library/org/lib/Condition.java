package org.lib;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import io.fabric8.crd.generator.annotation.SchemaFrom;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Nullable;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.fabric8.generator.annotation.ValidationRule;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A Condition-like class of another project's API jar. */
@ValidationRule(value = "self.type != ''", message = "a condition needs a type")
@JsonIgnoreProperties({"internal"})
public class Condition {
    /** How bad it is. */
    public enum Severity { INFO, WARNING, ERROR }

    /** Named as a type of the sources' package, which a static import of it shadows. */
    public enum Level { LOW, HIGH }

    @Required
    @Pattern("^[A-Z][A-Za-z]+$")
    @JsonPropertyDescription("The condition's type, in CamelCase.")
    private String type;
    @JsonProperty("state")
    private Phase phase;
    private Instant lastTransitionTime;
    @Min(0)
    @Max(value = 10, inclusive = false)
    @Default("3")
    private int retries;
    @Size(max = 5)
    private List<Detail> details;
    @Nullable
    private Map<String, String> labels;
    private Severity severity;
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    private int port;
    @PreserveUnknownFields
    private Map<String, Object> extra;
    private String internal;
    private transient String cache;
    public long generation;
    @JsonProperty
    protected String reason;
    private boolean ready;
    @SchemaFrom(type = String.class)
    private Instant expires;
    public JsonNode raw;
    public Bag bag;

    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public Phase getPhase() { return phase; }
    public Instant getLastTransitionTime() { return lastTransitionTime; }
    public int getRetries() { return retries; }
    public List<Detail> getDetails() { return details; }
    public Map<String, String> getLabels() { return labels; }
    public Severity getSeverity() { return severity; }
    public int getPort() { return port; }
    public Map<String, Object> getExtra() { return extra; }
    public String getInternal() { return internal; }
    public String getCache() { return cache; }
    @JsonIgnore
    public String getSummary() { return type + phase; }
    public boolean isReady() { return ready; }
    public Boolean getReady() { return ready; }
    public static String getVersion() { return "1"; }
    public Instant getExpires() { return expires; }
}
