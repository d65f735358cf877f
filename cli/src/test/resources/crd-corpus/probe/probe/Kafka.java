package probe;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Version;
import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn;

@Group(Kafka.GROUP)
@Version(Kafka.V1BETA2)
@ShortNames({"k", "kf"})
@Plural("kafkas")
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"apiVersion", "kind", "metadata", "spec", "status"})
@AdditionalPrinterColumn(name = "Ready", jsonPath = ".status.conditions[?(@.type==\"Ready\")].status", type = AdditionalPrinterColumn.Type.STRING)
public class Kafka extends CustomResource<KafkaSpec, KafkaStatus> implements Namespaced, UnknownPropertyPreserving {
    public static final String GROUP = "kafka." + Constants.DOMAIN;
    public static final String V1BETA2 = "v1beta" + 2;
    private static final long serialVersionUID = 1L;

    @Override
    protected KafkaSpec initSpec() {
        return new KafkaSpec();
    }
}
