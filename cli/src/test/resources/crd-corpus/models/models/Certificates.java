package models;

import io.fabric8.certmanager.api.model.v1.CertificateCondition;
import io.fabric8.certmanager.api.model.v1.CertificateSpec;
import io.fabric8.certmanager.api.model.v1.IssuerSpec;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Version;
import java.util.List;
import java.util.Map;

/** cert-manager's types, from certmanager-model's jar, beside the Kubernetes model's (the catalog's). */
@Group("models.example.com")
@Version("v1")
public class Certificates extends CustomResource<Certificates.Spec, Certificates.Status> implements Namespaced {
    public static class Spec {
        public CertificateSpec certificate;
        public Map<String, IssuerSpec> issuers;
    }

    public static class Status {
        public List<CertificateCondition> conditions;
    }
}
