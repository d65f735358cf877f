package shop;

import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Version;
import org.lib.LibResource;

/** A resource whose CustomResource base, and its scope, come from a jar. */
@Group("shop.example.com")
@Version("v1")
public class Gadget extends LibResource<GadgetSpec> {
}
