package probe;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Version;

@Group("misc.probe.io")
@Version("v1")
public class Misc extends CustomResource<MiscSpec, Void> {
    public boolean isPaused() {
        return false;
    }

    /** Overrides of getters CustomResource ignores are ignored too; @JsonIgnore(false) makes one a property. */
    @Override
    public String getSingular() {
        return super.getSingular();
    }

    @Override
    public String getCRDName() {
        return super.getCRDName();
    }

    @Override
    public boolean isServed() {
        return true;
    }

    @Override
    @JsonIgnore(false)
    public String getVersion() {
        return super.getVersion();
    }
}
