package dev.opctl.crd;

import dev.opctl.crd.classfile.JdkClasses;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The types of {@code java.lang}, which every file imports on demand. */
final class JavaLang {
    /** The public types of {@code java.lang} a resource's types may name; every file imports them on demand. */
    static final Set<String> JAVA_LANG = Set.of("String", "Object", "Boolean", "Byte", "Short", "Integer",
            "Long", "Float", "Double", "Character", "Void", "Number", "Enum", "Record", "CharSequence",
            "StringBuilder", "StringBuffer", "Iterable", "Class", "Comparable", "Cloneable", "Runnable",
            "AutoCloseable", "Appendable", "Readable", "Thread", "ThreadLocal", "Process", "ProcessBuilder",
            "Runtime", "Math", "StrictMath", "System", "Throwable", "Exception", "RuntimeException", "Error",
            "ClassLoader", "Module", "Package", "StackTraceElement", "Override", "Deprecated", "SuppressWarnings",
            "FunctionalInterface", "SafeVarargs");

    /**
     * Whether the JDK's java.lang has a public class of a name not in {@link #JAVA_LANG} (IllegalStateException), which
     * every file imports on demand; not a package-private one (Shutdown), which a jar's on-demand import may offer.
     */
    private static final Map<String, Boolean> OTHER_JAVA_LANG = new ConcurrentHashMap<>();

    private JavaLang() {
    }

    /** Whether {@code simpleName} names a public type of {@code java.lang}. */
    static boolean declares(String simpleName) {
        return JAVA_LANG.contains(simpleName) || !simpleName.isEmpty() && Character.isUpperCase(simpleName.charAt(0))
                && OTHER_JAVA_LANG.computeIfAbsent(simpleName, n -> JdkClasses.declaresPublic("java.lang." + n));
    }
}
