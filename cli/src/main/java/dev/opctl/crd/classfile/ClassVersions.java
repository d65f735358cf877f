package dev.opctl.crd.classfile;

import dev.opctl.engine.OpctlException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Java versions of the class files a class path's types were read from, the newest of each
 * entry: a project compiled for Java 17 cannot use a jar of Java 21 classes, though opctl reads them.
 */
final class ClassVersions {
    /** Java 1.0's class file version is 45, and each Java after 1.1 adds one. */
    private static final int JAVA_0 = 44;

    private final Map<Path, Newest> newest = new ConcurrentHashMap<>();

    private record Newest(int major, String type) {
    }

    /** The class file version of {@code bytes} (Java 17's is 61); 0 when they are no class file. */
    static int major(byte[] bytes) {
        boolean classFile = bytes.length >= 8 && (bytes[0] & 0xFF) == 0xCA && (bytes[1] & 0xFF) == 0xFE
                && (bytes[2] & 0xFF) == 0xBA && (bytes[3] & 0xFF) == 0xBE;
        return classFile ? (bytes[6] & 0xFF) << 8 | bytes[7] & 0xFF : 0;
    }

    /** Notes that {@code type} was read from the class file {@code bytes} in {@code entry}. */
    void read(Path entry, byte[] bytes, String type) {
        newest.merge(entry, new Newest(major(bytes), type), (a, b) -> a.major() >= b.major() ? a : b);
    }

    /** One line for each of {@code entries} a class newer than Java {@code release} was read from. */
    List<String> newerThan(List<Path> entries, int release) {
        List<String> lines = new ArrayList<>();
        for (Path entry : entries) {
            Newest read = newest.get(entry);
            if (read != null && read.major() - JAVA_0 > release) {
                lines.add(String.format("%s is compiled for Java %d (%s, class file version %d), newer than the "
                        + "project's Java %d (maven.compiler.release): a Java %d JVM cannot load it, nor JDK %d's javac "
                        + "compile against it; use a version of it built for Java %d, or raise the project's release",
                        entry.getFileName(), read.major() - JAVA_0, read.type(), read.major(), release, release,
                        release, release));
            }
        }
        return lines;
    }

    /** The error for class file {@code bytes} that ASM cannot parse: one of a newer Java, or no class file. */
    static OpctlException notReadable(byte[] bytes, String file, String where) {
        int major = major(bytes);
        int latest = ClassFileReader.LATEST_MAJOR;
        if (major > latest) { // a class file of a Java newer than ASM knows
            return OpctlException.invalidInput(String.format("%s in %s is compiled for Java %d (class file version "
                    + "%d), newer than opctl reads (Java %d); compile it with --release %d or lower, or use a newer "
                    + "opctl", file, where, major - JAVA_0, major, latest - JAVA_0, latest - JAVA_0));
        }
        return OpctlException.invalidInput(String.format("%s in %s is not a class file opctl can read; check the "
                + "class path", file, where));
    }
}
