package dev.opctl.crd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/** {@link LibraryNames} lists every public type of its packages, as the jars on the test class path have them. */
class LibraryNamesTest {
    @Test
    void packagesListEveryPublicTopLevelTypeOfTheirJar() throws Exception {
        for (var entry : LibraryNames.PACKAGES.entrySet()) {
            String pkg = entry.getKey();
            Set<String> listed = new TreeSet<>(Arrays.asList(entry.getValue().split(" ")));
            Class<?> first = Class.forName(pkg + "." + listed.iterator().next());
            Path jar = Path.of(first.getProtectionDomain().getCodeSource().getLocation().toURI());
            Set<String> inJar = new TreeSet<>();
            String dir = pkg.replace('.', '/') + "/";
            try (JarFile file = new JarFile(jar.toFile())) {
                for (Enumeration<JarEntry> entries = file.entries(); entries.hasMoreElements(); ) {
                    String name = entries.nextElement().getName();
                    if (name.startsWith(dir) && name.endsWith(".class") && name.indexOf('/', dir.length()) < 0
                            && !name.contains("$") && !name.endsWith("package-info.class")) {
                        String simple = name.substring(dir.length(), name.length() - ".class".length());
                        if (Modifier.isPublic(Class.forName(pkg + "." + simple, false, getClass().getClassLoader())
                                .getModifiers())) {
                            inJar.add(simple);
                        }
                    }
                }
            }
            assertEquals(inJar, listed, pkg + " in " + jar.getFileName());
        }
    }

    @Test
    void theConstantsAreEveryConstantOfTheirTypesJar() throws Exception {
        Set<String> owners = new TreeSet<>(LibraryNames.CONSTANTS_OF.values());
        Set<String> inJars = new TreeSet<>();
        for (String owner : owners) {
            for (java.lang.reflect.Field field : Class.forName(owner).getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers)
                        && (field.getType().isPrimitive() || field.getType() == String.class)) {
                    String name = owner + "." + field.getName();
                    inJars.add(name);
                    assertEquals(field.get(null), LibraryNames.CONSTANTS.get(name), name);
                }
            }
        }
        assertEquals(inJars, new TreeSet<>(LibraryNames.CONSTANTS.keySet()));
        // A type inherits the constants of the one named for it.
        LibraryNames.CONSTANTS_OF.forEach((type, owner) -> assertTrue(LibraryNames.contains(type), type));
        for (var inherits : LibraryNames.CONSTANTS_OF.entrySet()) {
            assertTrue(Class.forName(inherits.getValue()).isAssignableFrom(Class.forName(inherits.getKey())),
                    inherits.toString());
        }
    }

    @Test
    void theResourceTypesAreTheLibrariesOwn() throws Exception {
        for (String name : new String[] {LibraryNames.CUSTOM_RESOURCE, LibraryNames.HAS_METADATA,
                LibraryNames.NAMESPACED, "com.fasterxml.jackson.databind.JsonNode"}) {
            assertTrue(LibraryNames.contains(name), name);
            Class.forName(name);
        }
    }
}
