package features;

import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn;
import io.fabric8.crd.generator.annotation.AdditionalSelectableField;
import io.fabric8.crd.generator.annotation.Annotations;
import io.fabric8.crd.generator.annotation.Labels;
import io.fabric8.generator.annotation.ValidationRule;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.model.annotation.Categories;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Version;

@Group("features.example.com")
@Version("v1")
@ShortNames("wd")
@Categories({"all", "demo"})
@Labels({"app.kubernetes.io/part-of=features", "tier=backend"})
@Annotations({"example.com/owner=team-a", "example.com/query=a=b"})
@AdditionalPrinterColumn(name = "Age", jsonPath = ".metadata.creationTimestamp",
        type = AdditionalPrinterColumn.Type.DATE)
@AdditionalPrinterColumn(jsonPath = ".spec.tier", priority = 1, getDescription = "Where it runs")
@AdditionalSelectableField(jsonPath = ".spec.mode")
@ValidationRule(value = "self.metadata.name.size() < 50", message = "name too long")
public class Widget extends BaseResource<WidgetSpec> implements Namespaced {
    public String note;
}
