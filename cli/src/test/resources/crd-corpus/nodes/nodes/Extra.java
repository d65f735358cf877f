package nodes;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Free-form JSON under a name of its own. */
public class Extra extends ObjectNode {
    public Extra() {
        super(JsonNodeFactory.instance);
    }
}
