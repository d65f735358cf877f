package io.kruise.sidecarsetoperator.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.kruise.sidecarsetoperator.api.apps.v1alpha1.SidecarSet;
import io.kruise.sidecarsetoperator.api.apps.v1alpha1.SidecarSetSpec;
import io.kruise.sidecarsetoperator.api.apps.v1alpha1.SidecarSetStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Checks which Pods a SidecarSet matches and what its status counts, without a cluster.
 */
class SidecarSetReconcilerTest {
    private final SidecarSet set = sidecarSet();

    @Test
    void theSelectorMatchesLabelsAndExpressions() {
        assertTrue(SidecarSetReconciler.selects(set, pod("a", true, true)));
        assertFalse(SidecarSetReconciler.selects(set, new PodBuilder().withNewMetadata().withName("b")
                .addToLabels("app", "other").endMetadata().build()));
    }

    @Test
    void theStatusCountsMatchedUpdatedAndReadyPods() {
        SidecarSetStatus status = SidecarSetReconciler.status(set, List.of(pod("a", true, true),
                pod("b", false, true), pod("c", true, false)));

        assertEquals(3, status.getMatchedPods());
        assertEquals(2, status.getUpdatedPods());
        assertEquals(2, status.getReadyPods());
    }

    private static SidecarSet sidecarSet() {
        SidecarSetSpec spec = new SidecarSetSpec();
        spec.setSelector(new LabelSelectorBuilder().addToMatchLabels("app", "web")
                .addNewMatchExpression().withKey("tier").withOperator("NotIn").withValues("db").endMatchExpression()
                .build());
        spec.setContainers(List.of(new ContainerBuilder().withName("sidecar")
                .withImage("busybox").build()));
        SidecarSet set = new SidecarSet();
        set.setMetadata(new ObjectMetaBuilder().withName("test").build());
        set.setSpec(spec);
        return set;
    }

    private static Pod pod(String name, boolean withSidecar, boolean ready) {
        PodBuilder pod = new PodBuilder().withNewMetadata().withName(name).withNamespace("default")
                .addToLabels("app", "web").endMetadata()
                .withNewSpec().addNewContainer().withName("main").endContainer().endSpec()
                .withNewStatus().addNewCondition().withType("Ready").withStatus(ready ? "True" : "False")
                .endCondition().endStatus();
        if (withSidecar) {
            pod.editSpec().addNewContainer().withName("sidecar").endContainer().endSpec();
        }
        return pod.build();
    }
}
