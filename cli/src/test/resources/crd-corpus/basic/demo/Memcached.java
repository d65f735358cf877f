package demo;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Version;
import io.fabric8.kubernetes.model.annotation.ShortNames;

@Group("cache.example.com")
@Version("v1alpha1")
@ShortNames("mc")
public class Memcached extends CustomResource<MemcachedSpec, MemcachedStatus> implements Namespaced {
}
