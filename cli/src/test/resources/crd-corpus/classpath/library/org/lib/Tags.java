package org.lib;

import java.util.ArrayList;

/** A list to Jackson, whatever else it declares. */
public class Tags extends ArrayList<String> {
    public String getFirst() { return isEmpty() ? null : get(0); }
}
