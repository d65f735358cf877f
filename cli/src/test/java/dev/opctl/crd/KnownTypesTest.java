package dev.opctl.crd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * opctl's tables of JDK names hold real classes of the running JDK: a name that is not one would make
 * opctl resolve a type javac does not have, or call a name ambiguous that is not.
 */
class KnownTypesTest {
    @Test
    void everyJavaLangNameIsAPublicClassOfJavaLang() {
        List<String> missing = new ArrayList<>();
        for (String name : JavaLang.JAVA_LANG) {
            if (!isPublicClass("java.lang." + name)) {
                missing.add(name);
            }
        }
        assertEquals(List.of(), missing);
        assertTrue(JavaLang.JAVA_LANG.contains("Module"), "the name that broke code on-demand importing a Module");
    }

    @Test
    void everyJdkTypeWithAKnownSchemaIsAPublicClassOfTheJdk() {
        List<String> missing = new ArrayList<>();
        for (String name : KnownTypes.jdkClasses()) {
            if (!isPublicClass(name)) {
                missing.add(name);
            }
        }
        assertEquals(List.of(), missing);
        assertTrue(KnownTypes.jdkClasses().size() > 60, "the tables are read: " + KnownTypes.jdkClasses().size());
    }

    /** Whether {@code name} ({@code java.util.Map.Entry} for a nested class) names a public class. */
    private static boolean isPublicClass(String name) {
        try {
            return Modifier.isPublic(Class.forName(name, false, KnownTypesTest.class.getClassLoader()).getModifiers());
        } catch (ClassNotFoundException e) {
            int dot = name.lastIndexOf('.');
            return dot > 0 && Character.isUpperCase(name.charAt(name.lastIndexOf('.', dot - 1) + 1))
                    && isPublicClass(name.substring(0, dot) + "$" + name.substring(dot + 1));
        }
    }
}
