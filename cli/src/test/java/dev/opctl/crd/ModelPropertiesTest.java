package dev.opctl.crd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.opctl.crd.classfile.Classpath;
import dev.opctl.crd.model.TypeDeclaration;
import dev.opctl.crd.model.TypeUse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Jackson's properties of class-file types, as {@link ModelProperties} finds them. */
class ModelPropertiesTest {
    @Test
    void findsJacksonsPropertiesThroughGenericSuperclasses(@TempDir Path dir) throws Exception {
        Path src = Files.createDirectories(dir.resolve("src/p"));
        Files.writeString(src.resolve("Base.java"), """
                package p;

                import com.fasterxml.jackson.annotation.JsonProperty;

                public class Base<T> {
                    @JsonProperty("renamed")
                    private T value;
                    private boolean on;
                    public T getValue() { return value; }
                    public boolean isOn() { return on; }
                    public Boolean getOn() { return on; }
                }
                """);
        Files.writeString(src.resolve("Child.java"), """
                package p;

                import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
                import java.util.List;

                @JsonIgnoreProperties("skipped")
                public class Child extends Base<List<String>> {
                    public static int constant;
                    public transient int cache;
                    public String skipped;
                    private int hidden;
                    @com.fasterxml.jackson.annotation.JsonProperty
                    int shown;
                    @Override
                    public List<String> getValue() { return null; }
                    public String getURL() { return null; }
                    public String get() { return null; }
                    public static String getStatic() { return null; }
                    public String getWith(int argument) { return null; }
                }
                """);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, "--release", "17", "-proc:none",
                "-classpath", System.getProperty("java.class.path"), "-d", classes.toString(),
                src.resolve("Base.java").toString(), src.resolve("Child.java").toString()));
        try (Classpath classpath = Classpath.of(List.of(classes))) {
            TypeDeclaration child = classpath.type("p.Child").orElseThrow();
            String properties = new ModelProperties(classpath::type, warning -> { }).of(child, TypeUse.Named.of("p.Child")).stream()
                    .map(p -> p.name() + ": " + p.type() + " (" + p.members().size() + ")")
                    .collect(Collectors.joining("\n"));
            // The override keeps the rename of the field it stands for; getOn() wins over isOn(); a raw
            // superclass type variable is bound by the extends clause.
            assertEquals("""
                    on: java.lang.Boolean (3)
                    renamed: java.util.List<java.lang.String> (3)
                    shown: int (1)
                    url: java.lang.String (1)""", properties);
        }
    }
}
