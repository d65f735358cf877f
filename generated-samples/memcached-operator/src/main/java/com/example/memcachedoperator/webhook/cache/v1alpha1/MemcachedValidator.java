package com.example.memcachedoperator.webhook.cache.v1alpha1;

import com.example.memcachedoperator.webhook.AdmissionDeniedException;
import com.example.memcachedoperator.webhook.Validator;
import com.example.memcachedoperator.api.cache.v1alpha1.Memcached;
import java.util.List;

// +opctl:webhook:path=/validate-cache-example-com-v1alpha1-memcached,mutating=false,failurePolicy=fail,sideEffects=None,groups=cache.example.com,resources=memcacheds,verbs=create;update,versions=v1alpha1,name=vmemcached-v1alpha1.example.com,admissionReviewVersions=v1

/**
 * Accepts or refuses Memcached objects (cache.example.com/v1alpha1) as they are created and updated: the API server calls
 * this validating admission webhook after the defaults are set, for what the CRD's schema cannot
 * say (rules across fields, rules on changes).
 *
 * <p>Each method returns warnings, which kubectl shows, or throws {@link AdmissionDeniedException}
 * to refuse the request with its message. The marker above configures the webhook; add
 * {@code delete} to its {@code verbs} to be asked about deletes too.
 */
public class MemcachedValidator implements Validator<Memcached> {
    /** The most replicas a Memcached may ask for. */
    static final int MAX_SIZE = 10;

    @Override
    public List<String> validateCreate(Memcached memcached) {
        checkSize(memcached);
        return List.of();
    }

    @Override
    public List<String> validateUpdate(Memcached oldMemcached, Memcached memcached) {
        checkSize(memcached);
        return List.of();
    }

    @Override
    public List<String> validateDelete(Memcached memcached) {
        return List.of();
    }

    private static void checkSize(Memcached memcached) {
        Integer size = memcached.getSpec() == null ? null : memcached.getSpec().getSize();
        if (size != null && size > MAX_SIZE) {
            throw new AdmissionDeniedException("spec.size must not be above " + MAX_SIZE + ", not " + size);
        }
    }
}
