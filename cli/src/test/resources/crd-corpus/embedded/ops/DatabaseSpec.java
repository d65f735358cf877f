package ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.generator.annotation.Required;
import io.fabric8.kubernetes.api.model.*;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

public class DatabaseSpec {
    @Required
    public PodTemplateSpec template;
    public List<Container> sidecars;
    public ResourceRequirements resources;
    public List<EnvVar> env;
    public List<ServicePort> ports;
    public Affinity affinity;
    public List<Toleration> tolerations;
    public List<Volume> volumes;
    public io.fabric8.kubernetes.api.model.LabelSelector selector;
    public IntOrString maxUnavailable;
    public Quantity storage;
    public Map<String, Quantity> limits;
    public SecretKeySelector password;
    public io.fabric8.kubernetes.api.model.apps.DeploymentStrategy strategy;
    public JsonNode config;
    public ObjectNode extra;
    public Instant since;
    public Duration timeout;
    public LocalDate backupDay;
    public UUID id;
    public BigDecimal ratio;
    public Object anything;
    public Map<Integer, String> byNumber;
    public byte[] blob;
}
