package org.lib;

import io.fabric8.crd.generator.annotation.PrinterColumn;
import io.fabric8.crd.generator.annotation.PrinterColumnFormat;
import io.fabric8.crd.generator.annotation.SchemaSwap;
import io.fabric8.crd.generator.annotation.SelectableField;

/** A library type with printer columns, a selectable field and a swap of its own. */
@SchemaSwap(originalType = Display.Node.class, fieldName = "next", depth = 1)
public class Display {
    @PrinterColumn(name = "Color")
    @SelectableField
    public String color;
    @PrinterColumn(name = "Count", format = PrinterColumnFormat.INT32, priority = 1)
    public int count;
    public Node node;
    public Node replaced;

    /** Recursive: only the swap makes its schema finite. */
    public static class Node {
        public String value;
        public Node next;
    }
}
