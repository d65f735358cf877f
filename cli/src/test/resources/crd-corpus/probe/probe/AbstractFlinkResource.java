package probe;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.fabric8.kubernetes.client.CustomResource;

public abstract class AbstractFlinkResource<SPEC extends AbstractFlinkSpec, STATUS extends CommonStatus<SPEC>>
        extends CustomResource<SPEC, STATUS> {

    @Override
    @JsonIgnore
    public String getSingular() {
        return super.getSingular();
    }
}
