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
    public java.util.OptionalDouble optionalDouble;
    public java.util.Stack<String> stack;
    public java.util.LinkedHashMap<String, java.util.Queue<Integer>> nested;
}
