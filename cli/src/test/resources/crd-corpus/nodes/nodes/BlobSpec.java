package nodes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.NumericNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.databind.node.ValueNode;
import java.util.List;
import java.util.Map;

public class BlobSpec {
    public Extra extra;
    public Labels labels;
    public Entries entries;
    public List<Extra> extras;
    public Map<String, Extra> byName;
    public JsonNode json;
    public ObjectNode object;
    public ArrayNode array;
    public TextNode text;
    public ContainerNode<?> container;
    public ValueNode value;
    public NumericNode number;
    public IntNode integer;
    public BooleanNode bool;
    public NullNode nothing;
}
