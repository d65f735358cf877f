package dev.opctl.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ArchivableClassesTest {
    @Test
    void picocliBecomesJava8ClassFilesThatVerifyAndRun(@TempDir Path dir) throws Exception {
        Path picocli = Path.of(CommandLine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path rewritten = dir.resolve("picocli.jar");
        int count = ArchivableClasses.rewrite(picocli, rewritten);
        List<String> names = new ArrayList<>();
        try (ZipFile before = new ZipFile(picocli.toFile()); ZipFile after = new ZipFile(rewritten.toFile())) {
            assertEquals(entries(before), entries(after), "every entry, in order");
            for (ZipEntry entry : Collections.list(after.entries())) {
                byte[] bytes = after.getInputStream(entry).readAllBytes();
                if (entry.getName().endsWith(".class") && !entry.getName().startsWith("META-INF/")) {
                    assertEquals(52, ArchivableClasses.majorVersion(bytes), entry.getName());
                    names.add(entry.getName().replace('/', '.').replaceFirst("\\.class$", ""));
                } else { // resources, and a Java 9 module-info left as it is
                    assertArrayEquals(before.getInputStream(before.getEntry(entry.getName())).readAllBytes(), bytes,
                            entry.getName());
                }
            }
        }
        assertEquals(names.size(), count, "picocli's classes are Java 5 class files");
        assertTrue(count > 200, names::toString);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {rewritten.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            for (String name : names) {
                // Initializing links the class: the verifier checks its code against the computed frames.
                Class.forName(name, true, loader);
            }
            // And it parses a command line: picocli's own model of a command, built without annotations.
            Class<?> commandLine = loader.loadClass("picocli.CommandLine");
            Class<?> spec = loader.loadClass("picocli.CommandLine$Model$CommandSpec");
            Object command = spec.getMethod("create").invoke(null);
            Class<?> optionSpec = loader.loadClass("picocli.CommandLine$Model$OptionSpec");
            Object builder = optionSpec.getMethod("builder", String.class, String[].class).invoke(null, "--name",
                    new String[0]);
            Method type = builder.getClass().getMethod("type", Class.class);
            type.setAccessible(true); // declared by a builder class picocli does not make public
            type.invoke(builder, String.class);
            spec.getMethod("addOption", optionSpec).invoke(command, builder.getClass().getMethod("build")
                    .invoke(builder));
            Object parser = commandLine.getConstructor(Object.class).newInstance(command);
            Object result = commandLine.getMethod("parseArgs", String[].class).invoke(parser,
                    (Object) new String[] {"--name", "x"});
            assertEquals("x", result.getClass().getMethod("matchedOptionValue", String.class, Object.class)
                    .invoke(result, "--name", null));
        }
    }

    private static List<String> entries(ZipFile zip) {
        return Collections.list(zip.entries()).stream().map(ZipEntry::getName).toList();
    }
}
