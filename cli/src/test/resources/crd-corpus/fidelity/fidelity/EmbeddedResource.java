package fidelity;

import io.fabric8.kubernetes.api.model.DefaultKubernetesResourceList;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Version;
import java.util.List;

/** A custom resource as a field: there, unlike at a CRD's root, its kind, apiVersion and metadata are properties. */
public class EmbeddedResource {
    public Template template;
    public List<Template> templates;
    public TemplateList templateList;

    @Group("fidelity.example.com")
    @Version("v1")
    public static class Template extends CustomResource<TemplateSpec, Void> implements Namespaced {
    }

    /** A resource list: its items, kind, apiVersion and metadata (ListMeta's schema). */
    public static class TemplateList extends DefaultKubernetesResourceList<Template> {
    }

    public static class TemplateSpec {
        public int replicas;
    }
}
