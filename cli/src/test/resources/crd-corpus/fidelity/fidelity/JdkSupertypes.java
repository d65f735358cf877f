package fidelity;

import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Classes that extend or implement a JDK type Jackson writes with a serializer of its own, whatever
 * getters they have (the JDK's too: SimpleTimeZone, Inet4Address, Timestamp): a Number is a number,
 * a Date or Calendar a date-time, an AbstractList an array, an AbstractMap an object of
 * values, a Map.Entry an object of one property (any JSON to fabric8).
 */
public class JdkSupertypes {
    public Percent percent;
    public Basis basis;
    public Names names;
    public Counts counts;
    public Tags tags;
    public Pair pair;
    public Map.Entry<String, Integer> entry;
    public AbstractMap.SimpleEntry<String, Long> simpleEntry;
    public AbstractList<Integer> abstractList;
    public Shaped shaped;
    public Textual textual;
    public ShapedPair shapedPair;
    public RawMap rawMap;
    public Settings settings;
    public java.util.Properties properties;
    public java.util.SimpleTimeZone simpleTimeZone;
    public java.net.Inet4Address inet4Address;
    public java.sql.Timestamp timestamp;
    public Due due;
    public Schedule schedule;
    public Steps steps;
    public Numbers numbers;
    public Iterable<String> iterable;

    public static class Percent extends Number {
        private static final long serialVersionUID = 1L;

        public double getRatio() {
            return 0;
        }

        @Override
        public int intValue() {
            return 0;
        }

        @Override
        public long longValue() {
            return 0;
        }

        @Override
        public float floatValue() {
            return 0;
        }

        @Override
        public double doubleValue() {
            return 0;
        }
    }

    /** Through a superclass of the sources. */
    public static class Basis extends Percent {
        private static final long serialVersionUID = 1L;
    }

    public static class Names extends AbstractList<String> {
        public int getExtra() {
            return 0;
        }

        @Override
        public String get(int index) {
            return null;
        }

        @Override
        public int size() {
            return 0;
        }
    }

    public static class Counts extends AbstractMap<String, Integer> {
        @Override
        public Set<Map.Entry<String, Integer>> entrySet() {
            return Set.of();
        }
    }

    public static class Tags extends AbstractSet<Long> {
        @Override
        public Iterator<Long> iterator() {
            return null;
        }

        @Override
        public int size() {
            return 0;
        }
    }

    public static class Pair implements Map.Entry<String, String> {
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

    /** A Date's subclass is a date to Jackson, whatever getters it has; a Calendar's too. */
    public static class Due extends java.util.Date {
        private static final long serialVersionUID = 1L;

        public String getZone() {
            return "";
        }
    }

    public static class Schedule extends java.util.GregorianCalendar {
        private static final long serialVersionUID = 1L;
    }

    /** A raw Map holds Objects, whatever getters the class has. */
    @SuppressWarnings("rawtypes")
    public static class RawMap extends java.util.TreeMap {
        private static final long serialVersionUID = 1L;

        public String getName() {
            return "";
        }
    }

    /** A Map<String, String> to Jackson (though a field of type Properties has Object values to fabric8). */
    public static class Settings extends java.util.Properties {
        private static final long serialVersionUID = 1L;
    }

    /** @JsonFormat(shape = OBJECT) makes Jackson write a Number as a bean of its properties. */
    @com.fasterxml.jackson.annotation.JsonFormat(shape = com.fasterxml.jackson.annotation.JsonFormat.Shape.OBJECT)
    public static class Shaped extends Percent {
        private static final long serialVersionUID = 1L;
    }

    /** And STRING as a string. */
    @com.fasterxml.jackson.annotation.JsonFormat(shape = com.fasterxml.jackson.annotation.JsonFormat.Shape.STRING)
    public static class Textual extends Percent {
        private static final long serialVersionUID = 1L;
    }

    /** A Map.Entry as a bean. */
    @com.fasterxml.jackson.annotation.JsonFormat(shape = com.fasterxml.jackson.annotation.JsonFormat.Shape.OBJECT)
    public static class ShapedPair extends Pair {
    }

    /** Iterable, not a Collection, with a getter: a bean to Jackson. */
    public static class Steps implements Iterable<String> {
        public int getStep() {
            return 0;
        }

        @Override
        public Iterator<String> iterator() {
            return java.util.Collections.emptyIterator();
        }
    }

    /** Iterable without properties: written as an array of its elements. */
    public static class Numbers implements Iterable<Integer> {
        @Override
        public Iterator<Integer> iterator() {
            return java.util.Collections.emptyIterator();
        }
    }
}
