package org.lib;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A library class extending a Jackson node: any JSON to fabric8. */
public class Bag extends ObjectNode {
    public Bag() {
        super(JsonNodeFactory.instance);
    }

    public String getName() {
        return "bag";
    }
}
