package io.fabric8.sample;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A project's own types in an io.fabric8 package (fabric8's tests have them) are looked up like any other. */
public class MultiMaps {
    public StringKeyed<Integer> stringKeyed;
    public IntValued<String> intValued;

    public static class MultiMap<K, V> extends HashMap<K, List<V>> {
    }

    public static class StringKeyed<V> extends MultiMap<String, V> {
    }

    public interface ListValued<K, V> extends Map<K, List<V>> {
    }

    public interface IntValued<K> extends ListValued<K, Integer> {
    }
}
