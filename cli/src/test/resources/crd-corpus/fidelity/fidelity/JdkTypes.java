package fidelity;

import java.io.File;
import java.net.InetAddress;
import java.nio.charset.Charset;
import java.time.MonthDay;
import java.time.OffsetTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Currency;
import java.util.Deque;
import java.util.GregorianCalendar;
import java.util.Hashtable;
import java.util.OptionalInt;
import java.util.TimeZone;
import java.util.Vector;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

/** JDK types as fabric8 maps them. */
public class JdkTypes {
    public File file;
    public InetAddress address;
    public Charset charset;
    public MonthDay monthDay;
    public OffsetTime offsetTime;
    public Year year;
    public ZoneOffset offset;
    public ArrayDeque<String> arrayDeque;
    public Currency currency;
    public Deque<Integer> deque;
    public GregorianCalendar gregorian;
    public Hashtable<String, Integer> hashtable;
    public java.util.EnumSet<java.time.DayOfWeek> enumSet;
    public java.util.PriorityQueue<String> priorityQueue;
    public java.util.IdentityHashMap<String, String> identityHashMap;
    public java.util.WeakHashMap<String, Long> weakHashMap;
    public java.util.concurrent.LinkedBlockingQueue<Integer> linkedBlockingQueue;
    public java.util.concurrent.CopyOnWriteArraySet<String> copyOnWriteArraySet;
    public java.util.concurrent.ConcurrentLinkedDeque<String> concurrentLinkedDeque;
    public OptionalInt optionalInt;
    public TimeZone timeZone;
    public Vector<String> vector;
    public BlockingQueue<String> blockingQueue;
    public ConcurrentSkipListMap<String, String> skipList;
    public CopyOnWriteArrayList<String> copyOnWrite;
    public AtomicBoolean flag;
    public Pattern pattern;
    public java.sql.Timestamp timestamp;
    public java.sql.Date sqlDate;
    public CharSequence chars;
    public StringBuilder builder;
    public java.util.NavigableSet<String> navigable;
    public java.util.SortedMap<String, Long> sorted;
    public java.time.Month monthEnum;
    public byte[] bytes;
    public java.util.OptionalLong optionalLong;
    public java.util.concurrent.atomic.AtomicReference<String> reference;
    public java.util.concurrent.atomic.AtomicReference<java.util.List<Integer>> references;
    public java.util.OptionalDouble optionalDouble;
    public java.util.Stack<String> stack;
    public java.util.LinkedHashMap<String, java.util.Queue<Integer>> nested;
    /** Numbers of the JDK's that no table names: any Number is a number to Jackson. */
    public java.util.concurrent.atomic.LongAdder adder;
    public java.util.concurrent.atomic.DoubleAccumulator accumulator;
    /** java.xml's types, which Jackson writes with serializers of their own. */
    public javax.xml.namespace.QName qname;
    public javax.xml.datatype.Duration xmlDuration;
    public javax.xml.datatype.XMLGregorianCalendar xmlCalendar;
}
