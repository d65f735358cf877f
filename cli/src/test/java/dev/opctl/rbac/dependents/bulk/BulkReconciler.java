package dev.opctl.rbac.dependents.bulk;

import dev.opctl.rbac.dependents.Widget;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.javaoperatorsdk.operator.api.reconciler.Workflow;
import io.javaoperatorsdk.operator.api.reconciler.dependent.Dependent;
import io.javaoperatorsdk.operator.processing.dependent.CRUDKubernetesBulkDependentResource;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.KubernetesDependentResource;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** One ConfigMap per unit of the widget's size: JOSDK deletes those the size no longer asks for. */
@Workflow(dependents = @Dependent(type = BulkReconciler.Shards.class))
public class BulkReconciler implements Reconciler<Widget> {
    @Override
    public UpdateControl<Widget> reconcile(Widget widget, Context<Widget> context) {
        return UpdateControl.noUpdate();
    }

    public static class Shards extends KubernetesDependentResource<ConfigMap, Widget>
            implements CRUDKubernetesBulkDependentResource<ConfigMap, Widget> {
        @Override
        public Map<ResourceID, ConfigMap> desiredResources(Widget widget, Context<Widget> context) {
            Map<ResourceID, ConfigMap> desired = new HashMap<>();
            for (int i = 0; i < widget.size(); i++) {
                ConfigMap shard = new ConfigMapBuilder().withMetadata(widget.owned("-shard-" + i))
                        .withData(Map.of("shard", String.valueOf(i))).build();
                desired.put(ResourceID.fromResource(shard), shard);
            }
            return desired;
        }

        @Override
        public Map<ResourceID, ConfigMap> getSecondaryResources(Widget widget, Context<Widget> context) {
            return context.getSecondaryResourcesAsStream(ConfigMap.class)
                    .filter(c -> c.getMetadata().getName().startsWith(widget.getMetadata().getName() + "-shard-"))
                    .collect(Collectors.toMap(ResourceID::fromResource, Function.identity()));
        }
    }
}
