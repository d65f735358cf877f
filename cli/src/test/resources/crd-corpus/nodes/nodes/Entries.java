package nodes;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

public class Entries extends ArrayNode {
    public Entries() {
        super(JsonNodeFactory.instance);
    }
}
