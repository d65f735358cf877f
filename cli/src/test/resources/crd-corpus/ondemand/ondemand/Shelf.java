package ondemand;

import io.fabric8.kubernetes.api.model.*;
import io.fabric8.kubernetes.client.*;
import io.fabric8.kubernetes.model.annotation.*;
// io.fabric8.kubernetes.client has a Version too: a single-type import settles it, as javac wants.
import io.fabric8.kubernetes.model.annotation.Version;

/** Every name of this file but Version comes through an on-demand import. */
@Group("ondemand.example.com")
@Version("v1")
@ShortNames("sh")
public class Shelf extends CustomResource<ShelfSpec, ShelfStatus> implements Namespaced {
}
