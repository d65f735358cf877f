package org.lib;

import java.util.Map;

/** A library Map.Entry with getters of its own (as Commons Lang's ImmutablePair): any JSON to fabric8. */
public class Couple implements Map.Entry<String, String> {
    public String getLeft() {
        return null;
    }

    @Override
    public String getKey() {
        return null;
    }

    @Override
    public String getValue() {
        return null;
    }

    @Override
    public String setValue(String value) {
        return null;
    }
}
