package fidelity;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonIncludeProperties;
import io.fabric8.crd.generator.annotation.SchemaFrom;
import io.fabric8.kubernetes.api.model.ConfigMapKeySelector;
import io.fabric8.kubernetes.api.model.ObjectReference;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.TypedLocalObjectReference;
import java.util.List;
import java.util.Map;

/**
 * A property's @JsonIgnoreProperties and @JsonIncludeProperties drop properties of its value, of a
 * class of the sources or of the Kubernetes model, and of its elements. Each class is used once:
 * fabric8 applies the first use's filter to every later use of a class.
 */
public class PropertyFilters {
    @JsonIgnoreProperties({"fieldPath", "resourceVersion", "uid"})
    public ObjectReference target;
    @JsonIncludeProperties({"name", "key"})
    public List<SecretKeySelector> secrets;
    @JsonIgnoreProperties("optional")
    public Map<String, ConfigMapKeySelector> configs;
    @JsonIncludeProperties({"kind", "name"})
    @JsonIgnoreProperties("kind")
    public TypedLocalObjectReference typed;
    @JsonIncludeProperties("a")
    public First first;
    @JsonIncludeProperties({"b", "missing"})
    public List<Second> seconds;
    @JsonIncludeProperties({})
    public Third none;
    /** Not on the type @SchemaFrom names, as fabric8. */
    @JsonIncludeProperties("a")
    @SchemaFrom(type = Fourth.class)
    public Object fromFourth;
    @JsonIgnoreProperties("a")
    @SchemaFrom(type = Fifth.class)
    public Object fromFifth;

    public static class First {
        public String a;
        public String b;
    }

    public static class Second {
        public String a;
        public String b;
    }

    public static class Third {
        public String a;
    }

    public static class Fourth {
        public String a;
        public String b;
    }

    public static class Fifth {
        public String a;
        public String b;
    }
}
