package dev.opctl.crd.classfile;

import dev.opctl.engine.FileErrors;
import java.io.IOException;
import java.io.InputStream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;

/** The running JDK's own class files, which every class path is searched after. */
public final class JdkClasses {
    private JdkClasses() {
    }

    /**
     * Whether a class is in a package of the JDK's: java, javax (partly), jdk, sun, com.sun, and the
     * DOM, SAX and GSS packages of java.xml and java.security.jgss.
     */
    public static boolean inPackage(String qualifiedName) {
        return qualifiedName.startsWith("java.") || qualifiedName.startsWith("javax.")
                || qualifiedName.startsWith("jdk.") || qualifiedName.startsWith("sun.")
                || qualifiedName.startsWith("com.sun.") || qualifiedName.startsWith("org.w3c.dom.")
                || qualifiedName.startsWith("org.xml.sax.") || qualifiedName.startsWith("org.ietf.jgss.");
    }

    /** Whether the running JDK declares a class ({@code org.w3c.dom.Element}; not a jar's {@code com.sun.jersey.X}). */
    public static boolean declares(String qualifiedName) {
        for (String file : Classpath.classFiles(qualifiedName)) {
            if (classFile(file) != null) {
                return true;
            }
        }
        return false;
    }

    /** Whether the running JDK declares a public class of this name ({@code java.lang.IllegalStateException}). */
    public static boolean declaresPublic(String qualifiedName) {
        for (String file : Classpath.classFiles(qualifiedName)) {
            byte[] bytes = classFile(file);
            if (bytes != null) {
                return (new ClassReader(bytes).getAccess() & Opcodes.ACC_PUBLIC) != 0;
            }
        }
        return false;
    }

    /** A class file of the JDK ({@code java/util/List.class}), null when it has none. */
    static byte[] classFile(String file) {
        // A class file is never encapsulated in its module: the platform loader hands out any of its modules'.
        try (InputStream in = ClassLoader.getPlatformClassLoader().getResourceAsStream(file)) {
            if (in != null) {
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw FileErrors.of(e);
        }
        // The JDK's modules the application loader defines (jdk.javadoc, jdk.compiler, ...).
        int slash = file.lastIndexOf('/');
        String pkg = slash < 0 ? "" : file.substring(0, slash).replace('/', '.');
        for (Module module : ModuleLayer.boot().modules()) {
            if (module.getPackages().contains(pkg)) {
                try (InputStream in = module.getResourceAsStream(file)) {
                    return in == null ? null : in.readAllBytes();
                } catch (IOException e) {
                    throw FileErrors.of(e);
                }
            }
        }
        return null;
    }
}
