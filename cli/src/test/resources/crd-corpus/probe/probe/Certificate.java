package probe;

import io.fabric8.crd.generator.annotation.SchemaSwap;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.ValidationRule;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Version;
import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn;

@Group("certs.probe.io")
@Version(value = "v1", storage = true)
@ValidationRule(value = "self.spec.duration != self.spec.renewBefore", fieldPath = ".spec.duration", reason = "FieldValueInvalid")
@ValidationRule(value = "self.spec.secretName == oldSelf.spec.secretName", message = "immutable", optionalOldSelf = true)
@SchemaSwap(originalType = CertificateSpec.Extra.class, fieldName = "blob", targetType = String.class)
@AdditionalPrinterColumn(name = "Secret", jsonPath = ".spec.secretName", priority = 1)
public class Certificate extends CustomResource<CertificateSpec, CertificateStatus> implements Namespaced {
    @Required
    public String owner;

    public String getComputedNote() {
        return "";
    }
}
