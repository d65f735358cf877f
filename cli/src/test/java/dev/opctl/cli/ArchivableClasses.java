package dev.opctl.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * Rewrites the Java 5 class files in opctl's jar (picocli's and ASM's) as Java 8 class files, with
 * the stack map frames those have, so that the JVM keeps them in the launcher's class-data-sharing
 * archive: it never archives a class file older than Java 6. Without this, every command but
 * {@code --version} loaded and verified some 170 picocli classes from the jar, 50 to 80 ms of each
 * start on the 2-core reference machine ({@code docs/performance.md}). The code is unchanged: ASM
 * copies it and computes the frames. Run by {@code cli/pom.xml} right after the shade plugin:
 * {@code ArchivableClasses JAR}; the jar is replaced in one move.
 */
public final class ArchivableClasses {
    private static final int JAVA_6 = 50;

    private ArchivableClasses() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ArchivableClasses JAR");
        }
        Path jar = Path.of(args[0]);
        Path rewritten = jar.resolveSibling(jar.getFileName() + ".rewriting");
        int count = rewrite(jar, rewritten);
        Files.move(rewritten, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.println("ArchivableClasses: " + count + " Java 5 class files of " + jar + " now Java 8");
    }

    /** Writes {@code jar} to {@code rewritten}, its old class files rewritten; returns how many. */
    static int rewrite(Path jar, Path rewritten) throws IOException {
        try (ZipFile in = new ZipFile(jar.toFile());
                URLClassLoader classes = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                        ClassLoader.getPlatformClassLoader());
                OutputStream file = Files.newOutputStream(rewritten);
                ZipOutputStream out = new ZipOutputStream(file)) {
            return rewrite(in, classes, out);
        }
    }

    /** Copies every entry of {@code in} to {@code out} in order, old class files rewritten; returns how many. */
    static int rewrite(ZipFile in, ClassLoader classes, ZipOutputStream out) throws IOException {
        int count = 0;
        for (Enumeration<? extends ZipEntry> entries = in.entries(); entries.hasMoreElements();) {
            ZipEntry entry = entries.nextElement();
            byte[] bytes;
            try (InputStream stream = in.getInputStream(entry)) {
                bytes = stream.readAllBytes();
            }
            if (entry.getName().endsWith(".class") && majorVersion(bytes) < JAVA_6) {
                bytes = java8(bytes, classes);
                count++;
            }
            ZipEntry copy = new ZipEntry(entry.getName());
            copy.setTime(entry.getTime()); // the same jar for the same input
            out.putNextEntry(copy);
            out.write(bytes);
            out.closeEntry();
        }
        return count;
    }

    static int majorVersion(byte[] classFile) {
        return (classFile[6] & 0xff) << 8 | classFile[7] & 0xff;
    }

    /** The class file as Java 8's, its frames computed from its code ({@code classes} finds common superclasses). */
    static byte[] java8(byte[] classFile, ClassLoader classes) {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected ClassLoader getClassLoader() {
                return classes;
            }
        };
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName,
                    String[] interfaces) {
                super.visit(Opcodes.V1_8, access, name, signature, superName, interfaces);
            }
        }, ClassReader.SKIP_FRAMES);
        return writer.toByteArray();
    }
}
