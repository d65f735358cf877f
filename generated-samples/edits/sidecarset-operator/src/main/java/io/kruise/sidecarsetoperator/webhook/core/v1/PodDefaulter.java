package io.kruise.sidecarsetoperator.webhook.core.v1;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.kruise.sidecarsetoperator.api.apps.v1alpha1.SidecarSet;
import io.kruise.sidecarsetoperator.controller.SidecarSetReconciler;
import io.kruise.sidecarsetoperator.webhook.AdmissionDeniedException;
import io.kruise.sidecarsetoperator.webhook.Defaulter;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

// +opctl:rbac:groups=apps.kruise.io,resources=sidecarsets,verbs=list;watch
// +opctl:webhook:path=/mutate--v1-pod,mutating=true,failurePolicy=ignore,sideEffects=None,groups="",resources=pods,verbs=create,versions=v1,name=mpod-v1.kruise.io,admissionReviewVersions=v1,namespaceSelector=sidecarset-injection=enabled

/**
 * Injects the sidecar containers of every SidecarSet whose selector matches a Pod as the Pod is
 * created, in the namespaces labelled {@code sidecarset-injection=enabled}. The SidecarSets come
 * from an informer's cache, not from a request per Pod. While the operator is down, Pods are
 * created without their sidecars ({@code failurePolicy=ignore}) rather than not at all.
 */
public class PodDefaulter implements Defaulter<Pod> {
    private final SharedIndexInformer<SidecarSet> sidecarSets;
    private final CompletableFuture<Void> synced;

    public PodDefaulter(KubernetesClient client) {
        sidecarSets = client.resources(SidecarSet.class).runnableInformer(0);
        synced = sidecarSets.start().toCompletableFuture();
    }

    @Override
    public void applyDefaults(Pod pod) {
        awaitSync();
        Set<String> present = pod.getSpec().getContainers().stream().map(Container::getName)
                .collect(Collectors.toSet());
        sidecarSets.getStore().list().stream()
                .filter(set -> SidecarSetReconciler.selects(set, pod))
                .sorted(Comparator.comparing(set -> set.getMetadata().getName()))
                .flatMap(set -> set.getSpec().getContainers().stream())
                .filter(sidecar -> present.add(sidecar.getName()))
                .forEach(sidecar -> pod.getSpec().getContainers().add(sidecar));
    }

    private void awaitSync() {
        try {
            synced.get(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AdmissionDeniedException("interrupted while reading the SidecarSets");
        } catch (ExecutionException | TimeoutException e) {
            throw new AdmissionDeniedException("the SidecarSets cannot be read yet (" + e + "); retry");
        }
    }
}
