package io.kruise.sidecarsetoperator.webhook.apps.v1alpha1;

import io.fabric8.kubernetes.api.model.Container;
import io.kruise.sidecarsetoperator.api.apps.v1alpha1.SidecarSet;
import io.kruise.sidecarsetoperator.api.apps.v1alpha1.SidecarSetSpec;
import io.kruise.sidecarsetoperator.webhook.AdmissionDeniedException;
import io.kruise.sidecarsetoperator.webhook.Validator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

// +opctl:webhook:path=/validate-apps-kruise-io-v1alpha1-sidecarset,mutating=false,failurePolicy=fail,sideEffects=None,groups=apps.kruise.io,resources=sidecarsets,verbs=create;update,versions=v1alpha1,name=vsidecarset-v1alpha1.kruise.io,admissionReviewVersions=v1

/**
 * Accepts or refuses SidecarSet objects (apps.kruise.io/v1alpha1): a SidecarSet needs a selector and
 * at least one container, each of a name of its own, and its selector cannot change once set (the
 * Pods it injected would silently stop being its own). An image without a tag is accepted with a
 * warning.
 */
public class SidecarSetValidator implements Validator<SidecarSet> {
    @Override
    public List<String> validateCreate(SidecarSet sidecarSet) {
        return validate(sidecarSet);
    }

    @Override
    public List<String> validateUpdate(SidecarSet oldSidecarSet, SidecarSet sidecarSet) {
        if (!Objects.equals(spec(oldSidecarSet).getSelector(), spec(sidecarSet).getSelector())) {
            throw new AdmissionDeniedException("spec.selector cannot change; create a new SidecarSet instead");
        }
        return validate(sidecarSet);
    }

    @Override
    public List<String> validateDelete(SidecarSet sidecarSet) {
        return List.of();
    }

    private static List<String> validate(SidecarSet sidecarSet) {
        SidecarSetSpec spec = spec(sidecarSet);
        if (spec.getSelector() == null) {
            throw new AdmissionDeniedException("spec.selector is required: name the Pods the sidecars are for");
        }
        if (spec.getContainers() == null || spec.getContainers().isEmpty()) {
            throw new AdmissionDeniedException("spec.containers must have at least one container");
        }
        Set<String> names = new HashSet<>();
        List<String> warnings = new ArrayList<>();
        for (Container container : spec.getContainers()) {
            if (!names.add(container.getName())) {
                throw new AdmissionDeniedException("spec.containers: two containers are named " + container.getName());
            }
            String image = container.getImage() == null ? "" : container.getImage();
            if (!image.substring(image.lastIndexOf('/') + 1).contains(":") && !image.contains("@")) {
                warnings.add("spec.containers: " + container.getName() + " has no image tag, so it runs the latest");
            }
        }
        return warnings;
    }

    private static SidecarSetSpec spec(SidecarSet sidecarSet) {
        return sidecarSet.getSpec() == null ? new SidecarSetSpec() : sidecarSet.getSpec();
    }
}
