package nodes;

import com.fasterxml.jackson.databind.node.*;

/** The node types imported on demand. */
public class BlobStatus {
    public ObjectNode object;
    public ArrayNode array;
    public Extra extra;
}
