package dev.opctl.crd.classfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonFormat;
import dev.opctl.crd.model.AnnotationUse;
import dev.opctl.crd.model.FieldDeclaration;
import dev.opctl.crd.model.MethodDeclaration;
import dev.opctl.crd.model.Modifier;
import dev.opctl.crd.model.TypeDeclaration;
import dev.opctl.crd.model.TypeParameter;
import dev.opctl.crd.model.TypeUse;
import dev.opctl.crd.model.Value;
import dev.opctl.engine.ExitCode;
import dev.opctl.engine.OpctlException;
import io.fabric8.kubernetes.api.model.Condition;
import java.io.File;
import java.io.InputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

class ClassFileReaderTest {
    private static final String SOURCE = """
            package lib;

            import com.fasterxml.jackson.annotation.JsonFormat;
            import com.fasterxml.jackson.annotation.JsonIgnore;
            import com.fasterxml.jackson.annotation.JsonProperty;
            import io.fabric8.generator.annotation.Max;
            import io.fabric8.generator.annotation.ValidationRule;
            import io.fabric8.generator.annotation.ValidationRules;
            import java.util.Arrays;
            import java.util.List;
            import java.util.Map;

            @ValidationRules({@ValidationRule("self.a > 0"), @ValidationRule(value = "self.b", reason = "x")})
            public class Holder<T extends Comparable<T>> extends Base<List<T>> implements java.io.Serializable {
                public static final String CONSTANT = "c";
                @JsonProperty(value = "renamed", required = true)
                private Map<String, List<T>> values;
                public transient int skipped;
                @Max(value = 9.5, inclusive = false)
                protected long bounded;

                public Map<String, List<T>> getValues() { return values; }
                public void setValues(Map<String, List<T>> values) { this.values = values; }
                @JsonIgnore
                public boolean isHidden() { return true; }
                @JsonFormat(shape = JsonFormat.Shape.STRING)
                public int[][] getGrid() { return null; }
                public String getVarargs(String... strings) { return null; }
                public void two(int a, int b) { }

                public static class Inner { }

                public enum Color { @JsonProperty("red") RED, @JsonIgnore GREEN, BLUE }

                public record Pair(@JsonProperty("l") String left, Class<?> right) { }

                public enum Mode {
                    FAST("fast", 1L), SAFE("safe", 2L) { @Override public long weight() { return 0; } },
                    ODD(String.valueOf(3), 3L);

                    private final String text;
                    private final long weight;

                    Mode(String text, long weight) { this.text = text; this.weight = weight; }

                    @com.fasterxml.jackson.annotation.JsonValue
                    public String text() { return text; }

                    public long weight() { return weight; }
                }
            }

            class Base<B> {
                public B base;
            }
            """;

    @Test
    void readsASwitchOnThisAsJavac20AndLaterCompileIt() {
        // Compiled by javac 25 (--release 17) from classfiles/javac25/src: the method switches on
        // ordinal() itself, with no $SwitchMap$ class (this machine's javac 17 makes one; the corpus has that).
        try (Classpath classpath = Classpath.of(List.of(Path.of("src/test/resources/classfiles/javac25/classes")))) {
            assertEquals(List.of("1", "20", "300"), jsonValues(classpath, "j25.Size"));
            assertEquals(List.of("warm-or-hot", "warm-or-hot", "cool"), jsonValues(classpath, "j25.Tone"));
            // a default's value is that of the constants without a case
            assertEquals(List.of("rest", "b", "rest", "d"), jsonValues(classpath, "j25.Rest"));
            assertEquals(List.of("1", "5", "1"), jsonValues(classpath, "j25.Tail"));
        }
    }

    private static List<String> jsonValues(Classpath classpath, String enumName) {
        return classpath.type(enumName).orElseThrow().enumConstants().stream().map(c -> c.jsonValue()).toList();
    }

    @Test
    void readsClassesCompiledHere(@TempDir Path dir) throws Exception {
        Path classes = compile(dir);
        try (Classpath classpath = Classpath.of(List.of(classes))) {
            TypeDeclaration holder = classpath.type("lib.Holder").orElseThrow();
            assertEquals(TypeDeclaration.Kind.CLASS, holder.kind());
            // <T extends Comparable<T>>: the first bound, an interface's (the signature has no class bound)
            assertEquals(List.of(new TypeParameter("T", new TypeUse.Named("java.lang.Comparable",
                    List.of(new TypeUse.Variable("T"))))), holder.typeParameters());
            // <B>: javac writes Object as its bound, which is none
            assertEquals(List.of(TypeParameter.of("B")), classpath.type("lib.Base").orElseThrow().typeParameters());
            assertEquals("lib.Base<java.util.List<T>>", holder.superclass().toString());
            assertEquals("[java.io.Serializable]", holder.interfaces().toString());
            List<AnnotationUse> rules = holder.findAll("io.fabric8.generator.annotation.ValidationRule",
                    "io.fabric8.generator.annotation.ValidationRules");
            assertEquals(List.of("self.a > 0", "self.b"), rules.stream().map(r -> r.string("value").orElseThrow())
                    .toList());
            assertEquals("x", rules.get(1).string("reason").orElseThrow());

            FieldDeclaration values = field(holder, "values");
            assertEquals("java.util.Map<java.lang.String, java.util.List<T>>", values.type().toString());
            assertEquals(Map.of("value", new Value.Text("renamed"), "required", new Value.Bool(true)),
                    values.find("com.fasterxml.jackson.annotation.JsonProperty").orElseThrow().values());
            assertTrue(values.is(Modifier.PRIVATE));
            assertTrue(field(holder, "skipped").is(Modifier.TRANSIENT));
            assertTrue(field(holder, "CONSTANT").is(Modifier.STATIC));
            AnnotationUse max = field(holder, "bounded").find("io.fabric8.generator.annotation.Max").orElseThrow();
            assertEquals(9.5, max.number("value").orElseThrow());
            assertEquals(false, max.bool("inclusive").orElseThrow());

            assertEquals("java.util.Map<java.lang.String, java.util.List<T>>",
                    method(holder, "getValues").returnType().toString());
            assertEquals("[java.util.Map<java.lang.String, java.util.List<T>>]",
                    method(holder, "setValues").parameters().toString());
            assertTrue(method(holder, "setValues").isVoid());
            assertEquals("boolean", method(holder, "isHidden").returnType().toString());
            assertEquals("int[][]", method(holder, "getGrid").returnType().toString());
            assertEquals("STRING", method(holder, "getGrid").find("com.fasterxml.jackson.annotation.JsonFormat")
                    .orElseThrow().enumConstant("shape").orElseThrow());
            assertFalse(method(holder, "getVarargs").is(Modifier.TRANSIENT), "varargs is not transient");
            assertTrue(holder.methods().stream().noneMatch(m -> m.name().equals("two") || m.name().startsWith("<")));

            TypeDeclaration color = classpath.type("lib.Holder.Color").orElseThrow();
            assertEquals(TypeDeclaration.Kind.ENUM, color.kind());
            assertEquals(List.of("RED", "GREEN", "BLUE"), color.enumConstants().stream().map(c -> c.name()).toList());
            assertEquals("red", color.enumConstants().get(0).find("com.fasterxml.jackson.annotation.JsonProperty")
                    .flatMap(a -> a.string("value")).orElseThrow());
            assertTrue(color.fields().stream().noneMatch(f -> f.name().equals("RED")));

            TypeDeclaration pair = classpath.type("lib.Holder.Pair").orElseThrow();
            assertEquals(TypeDeclaration.Kind.RECORD, pair.kind());
            assertEquals("left", pair.components().get(0).name());
            assertEquals("java.lang.Class<?>", pair.components().get(1).type().toString());
            assertTrue(pair.components().get(0).find("com.fasterxml.jackson.annotation.JsonProperty").isPresent());
            assertTrue(pair.is(Modifier.STATIC), "a nested record is static");

            // @JsonValue: each constant's value from the bytecode (a constant with a body too); none if not a constant.
            TypeDeclaration mode = classpath.type("lib.Holder.Mode").orElseThrow();
            assertEquals(Arrays.asList("fast", "safe", null), mode.enumConstants().stream().map(c -> c.jsonValue())
                    .toList());
            assertEquals(Arrays.asList(null, null, null), color.enumConstants().stream().map(c -> c.jsonValue())
                    .toList());

            assertTrue(classpath.type("lib.Holder.Inner").orElseThrow().is(Modifier.STATIC));
            assertTrue(classpath.type("lib.Missing").isEmpty());
        }
    }

    @Test
    void readsRealLibraryClassesFromJars() throws Exception {
        try (Classpath classpath = Classpath.of(List.of(jarOf(JsonFormat.class), jarOf(Condition.class)))) {
            TypeDeclaration shape = classpath.type("com.fasterxml.jackson.annotation.JsonFormat.Shape").orElseThrow();
            assertEquals(TypeDeclaration.Kind.ENUM, shape.kind());
            assertEquals(List.of(JsonFormat.Shape.values()).stream().map(Enum::name).toList(),
                    shape.enumConstants().stream().map(c -> c.name()).toList());

            TypeDeclaration condition = classpath.type("io.fabric8.kubernetes.api.model.Condition").orElseThrow();
            assertEquals("java.lang.String", method(condition, "getLastTransitionTime").returnType().toString());
            assertEquals("lastTransitionTime", method(condition, "getLastTransitionTime")
                    .find("com.fasterxml.jackson.annotation.JsonProperty").flatMap(a -> a.string("value"))
                    .orElseThrow());
            assertEquals("java.util.Map<java.lang.String, java.lang.Object>",
                    field(condition, "additionalProperties").type().toString());
        }
    }

    @Test
    void readsTheJdksClassesWithoutAnEntry() {
        try (Classpath classpath = Classpath.of(List.of())) {
            TypeDeclaration day = classpath.type("java.time.DayOfWeek").orElseThrow();
            assertEquals(7, day.enumConstants().size());
            assertEquals(TypeUse.Named.of("java.lang.Enum").name(), day.superclass().name());
            // Also of the JDK's modules the application class loader defines (jdk.javadoc here).
            TypeDeclaration kind = classpath.type("jdk.javadoc.doclet.Doclet.Option.Kind").orElseThrow();
            assertEquals(TypeDeclaration.Kind.ENUM, kind.kind());
            assertEquals(List.of("EXTENDED", "STANDARD", "OTHER"), kind.enumConstants().stream()
                    .map(c -> c.name()).toList());
        }
    }

    @Test
    void badEntriesAreInvalidInput(@TempDir Path dir) throws IOException {
        OpctlException missing = assertThrows(OpctlException.class,
                () -> Classpath.of(List.of(dir.resolve("missing.jar"))));
        assertEquals(ExitCode.INVALID_INPUT, missing.exitCode());
        assertTrue(missing.getMessage().contains("missing.jar does not exist"), missing.getMessage());

        Path notJar = Files.writeString(dir.resolve("not.jar"), "text");
        try (Classpath classpath = Classpath.of(List.of(notJar))) {
            OpctlException bad = assertThrows(OpctlException.class, () -> classpath.type("a.B"));
            assertEquals("class path entry " + notJar + " is neither a jar nor a class directory (not a zip file: "
                    + "zip END header not found); pass jars or class directories, or, for a Maven dependency cut "
                    + "short, delete it from the local Maven repository so that Maven downloads it again",
                    bad.getMessage());
        }
        // A jar whose directory is whole but whose compressed data is damaged: a new copy helps, rerunning does not.
        Path damaged = dir.resolve("damaged.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(damaged))) {
            out.putNextEntry(new ZipEntry("a/B.class"));
            out.write(new byte[4096]);
        }
        byte[] bytes = Files.readAllBytes(damaged);
        int data = 30 + "a/B.class".length() + (bytes[28] & 0xff) + ((bytes[29] & 0xff) << 8); // after its header
        Arrays.fill(bytes, data, data + 8, (byte) 0xff);
        Files.write(damaged, bytes);
        try (Classpath classpath = Classpath.of(List.of(damaged))) {
            OpctlException bad = assertThrows(OpctlException.class, () -> classpath.type("a.B"));
            assertTrue(bad.getMessage().startsWith("class path entry " + damaged + " is damaged: reading a/B.class "
                    + "from it failed ("), bad.getMessage());
            assertTrue(bad.getMessage().endsWith("); rebuild the jar, or, for a Maven dependency, delete it from the "
                    + "local Maven repository so that Maven downloads it again"), bad.getMessage());
        }
        // Entries are opened lazily, in order: a nested type of the first is found without opening the second.
        Path nested = Files.createDirectories(dir.resolve("first/dev/opctl/crd/classfile"));
        try (InputStream in = ClassFileReaderTest.class.getResourceAsStream("ClassFileReaderTest$Nested.class")) {
            Files.write(nested.resolve("ClassFileReaderTest$Nested.class"), in.readAllBytes());
        }
        try (Classpath classpath = Classpath.of(List.of(dir.resolve("first"), notJar))) {
            assertTrue(classpath.type("dev.opctl.crd.classfile.ClassFileReaderTest.Nested").isPresent());
        }
        Files.createDirectories(dir.resolve("classes/a"));
        Files.writeString(dir.resolve("classes/a/B.class"), "not a class");
        try (Classpath classpath = Classpath.of(List.of(dir.resolve("classes")))) {
            OpctlException bad = assertThrows(OpctlException.class, () -> classpath.type("a.B"));
            assertEquals("a/B.class in " + dir.resolve("classes") + " is not a class file opctl can read; check "
                    + "the class path", bad.getMessage());
        }
        // A class file of a Java newer than ASM reads (major version 80): the version is the reason given.
        Path newer = Files.createDirectories(dir.resolve("newer/dev/opctl/crd/classfile"));
        byte[] future = Files.readAllBytes(nested.resolve("ClassFileReaderTest$Nested.class"));
        future[6] = 0;
        future[7] = 80;
        Files.write(newer.resolve("ClassFileReaderTest$Nested.class"), future);
        try (Classpath classpath = Classpath.of(List.of(dir.resolve("newer")))) {
            OpctlException bad = assertThrows(OpctlException.class,
                    () -> classpath.type("dev.opctl.crd.classfile.ClassFileReaderTest.Nested"));
            assertEquals("dev/opctl/crd/classfile/ClassFileReaderTest$Nested.class in " + dir.resolve("newer")
                    + " is compiled for Java 36 (class file version 80), newer than opctl reads (Java 27); compile it "
                    + "with --release 27 or lower, or use a newer opctl", bad.getMessage());
        }
        // A class file under another class's name (renamed, or in the wrong directory): javac refuses it too.
        Files.createDirectories(dir.resolve("renamed/a"));
        Files.copy(nested.resolve("ClassFileReaderTest$Nested.class"), dir.resolve("renamed/a/C.class"));
        try (Classpath classpath = Classpath.of(List.of(dir.resolve("renamed")))) {
            OpctlException wrong = assertThrows(OpctlException.class, () -> classpath.type("a.C"));
            assertEquals(ExitCode.INVALID_INPUT, wrong.exitCode());
            assertEquals("a/C.class in " + dir.resolve("renamed") + " holds class dev.opctl.crd.classfile."
                    + "ClassFileReaderTest$Nested, not a.C; check the class path", wrong.getMessage());
        }
        // One whose name differs in case only is another class's (a file system that ignores case): passed over.
        Path cased = Files.createDirectories(dir.resolve("cased/dev/opctl/crd/classfile"));
        Files.copy(nested.resolve("ClassFileReaderTest$Nested.class"),
                cased.resolve("ClassFileReaderTest$nested.class"));
        try (Classpath classpath = Classpath.of(List.of(dir.resolve("cased"), dir.resolve("first")))) {
            assertTrue(classpath.type("dev.opctl.crd.classfile.ClassFileReaderTest$nested").isEmpty());
            assertTrue(classpath.type("dev.opctl.crd.classfile.ClassFileReaderTest.Nested").isPresent());
        }
    }

    @Test
    void aJarsManifestClassPathIsSearchedAfterItAsJavacDoes(@TempDir Path dir) throws IOException {
        byte[] nested;
        try (InputStream in = ClassFileReaderTest.class.getResourceAsStream("ClassFileReaderTest$Nested.class")) {
            nested = in.readAllBytes();
        }
        String file = "dev/opctl/crd/classfile/ClassFileReaderTest$Nested.class";
        // app.jar names a missing jar and a file that is no jar (both passed over, as by javac), then
        // lib dir/dep.jar, which names app.jar back (a cycle).
        Files.createDirectories(dir.resolve("lib dir"));
        Files.writeString(dir.resolve("app.properties"), "not a jar");
        Path app = manifestJar(dir.resolve("app.jar"), "missing.jar app.properties lib%20dir/dep.jar", null, null);
        manifestJar(dir.resolve("lib dir/dep.jar"), "../app.jar", file, nested);
        try (Classpath classpath = Classpath.of(List.of(app))) {
            assertTrue(classpath.type("dev.opctl.crd.classfile.ClassFileReaderTest.Nested").isPresent());
            assertTrue(classpath.type("a.Missing").isEmpty());
        }
        // Without the manifest's entry the type is not found: the test finds it through the manifest.
        Path alone = manifestJar(dir.resolve("alone.jar"), null, null, null);
        try (Classpath classpath = Classpath.of(List.of(alone))) {
            assertTrue(classpath.type("dev.opctl.crd.classfile.ClassFileReaderTest.Nested").isEmpty());
        }
        // A manifest that is not one: bad input, as for javac.
        Path broken = dir.resolve("broken.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(broken))) {
            out.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
            out.write("Manifest-Version: 1.0\nnot a header\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.closeEntry();
        }
        try (Classpath classpath = Classpath.of(List.of(broken))) {
            OpctlException bad = assertThrows(OpctlException.class, () -> classpath.type("a.B"));
            assertEquals(ExitCode.INVALID_INPUT, bad.exitCode());
            assertTrue(bad.getMessage().startsWith("cannot read the manifest of class path entry " + broken + ": "),
                    bad.getMessage());
        }
    }

    private static Path manifestJar(Path jar, String classPath, String file, byte[] bytes) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (classPath != null) {
            manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
        }
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            if (file != null) {
                out.putNextEntry(new ZipEntry(file));
                out.write(bytes);
                out.closeEntry();
            }
        }
        return jar;
    }

    @Test
    void aClassFileAsmReadsButOpctlFailsOnIsOpctlsBugNotBadInput() throws IOException {
        byte[] valid;
        try (InputStream in = ClassFileReaderTest.class.getResourceAsStream("ClassFileReaderTest$Nested.class")) {
            valid = in.readAllBytes();
        }
        NullPointerException bug = new NullPointerException("a bug");
        IllegalStateException failed = assertThrows(IllegalStateException.class,
                () -> Classpath.read(valid, "lib.jar", "a/B.class", bytes -> {
                    throw bug;
                }));
        assertEquals("reading a/B.class in lib.jar failed", failed.getMessage());
        assertEquals(bug, failed.getCause(), "kept for --verbose's stack trace");
        // Bytes ASM cannot parse either are the class path's fault, whatever opctl's reader threw.
        byte[] truncated = Arrays.copyOf(valid, valid.length / 2);
        OpctlException bad = assertThrows(OpctlException.class,
                () -> Classpath.read(truncated, "lib.jar", "a/B.class", bytes -> {
                    throw bug;
                }));
        assertEquals(ExitCode.INVALID_INPUT, bad.exitCode());
        assertEquals("a/B.class in lib.jar is not a class file opctl can read; check the class path",
                bad.getMessage());

        // Whole means whole: a method body ASM cannot read (an opcode the JVM does not have) is bad input too.
        byte[] badCode = withOneMethodBody((byte) 0xFF);
        assertTrue(ClassFileReader.parses(withOneMethodBody((byte) 0xB1)), "the same class with 'return' parses");
        assertFalse(ClassFileReader.parses(badCode));
        assertEquals(ExitCode.INVALID_INPUT, assertThrows(OpctlException.class,
                () -> Classpath.read(badCode, "lib.jar", "a/B.class", bytes -> {
                    throw bug;
                })).exitCode());

        // A failure reading another class file on the way (an interface's) is that file's, not wrapped again.
        Classpath.ReadFailure inner = new Classpath.ReadFailure("reading a/I.class in lib.jar failed", bug);
        assertEquals(inner, assertThrows(Classpath.ReadFailure.class,
                () -> Classpath.read(valid, "lib.jar", "a/B.class", bytes -> {
                    throw inner;
                })));
    }

    @Test
    void aClassFileReadForAnotherThatAsmCannotParseIsNamed(@TempDir Path dir) throws IOException {
        // The class javac makes for an enum's switch (Color$1) is read while reading the enum.
        Files.createDirectories(dir.resolve("a"));
        Files.writeString(dir.resolve("a/Color$1.class"), "not a class");
        try (Classpath classpath = Classpath.of(List.of(dir))) {
            OpctlException bad = assertThrows(OpctlException.class, () -> classpath.classFile("a/Color$1"));
            assertEquals("a/Color$1.class in " + dir + " is not a class file opctl can read; check the class path",
                    bad.getMessage());
            assertEquals(null, classpath.classFile("a/Color$2"));
        }
    }

    /** A class a/B with one static method whose body is the single instruction {@code opcode}. */
    private static byte[] withOneMethodBody(byte opcode) {
        ClassWriter writer = new ClassWriter(0);
        writer.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, "a/B", null, "java/lang/Object", null);
        MethodVisitor method = writer.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "m", "()V", null, null);
        method.visitCode();
        method.visitInsn(Opcodes.RETURN);
        method.visitMaxs(0, 0);
        method.visitEnd();
        writer.visitEnd();
        byte[] bytes = writer.toByteArray();
        // The Code attribute ends its header with code_length = 1, then the one instruction.
        for (int i = 0; i + 4 < bytes.length; i++) {
            if (bytes[i] == 0 && bytes[i + 1] == 0 && bytes[i + 2] == 0 && bytes[i + 3] == 1
                    && bytes[i + 4] == (byte) Opcodes.RETURN) {
                bytes[i + 4] = opcode;
                return bytes;
            }
        }
        throw new AssertionError("no method body of one instruction");
    }

    @Test
    void findsNestedClassFiles() {
        assertEquals(List.of("a/b/Outer/Inner.class", "a/b/Outer$Inner.class", "a/b$Outer$Inner.class",
                "a$b$Outer$Inner.class"), Classpath.classFiles("a.b.Outer.Inner"));
        assertEquals(List.of(Path.of("/x/a.jar"), Path.of("/x/classes")),
                Classpath.parse("a.jar" + File.pathSeparator + File.pathSeparator + "classes", Path.of("/x")));
    }

    @Test
    void aStarStandsForTheJarsOfADirectoryAsForJavac(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("lib/sub"));
        for (String file : List.of("b.jar", "a.JAR", "notes.txt", "sub/c.jar")) {
            Files.writeString(dir.resolve("lib").resolve(file), "");
        }
        assertEquals(List.of(dir.resolve("lib/a.JAR"), dir.resolve("lib/b.jar"), dir.resolve("x.jar")),
                Classpath.parse("lib/*" + File.pathSeparator + "x.jar", dir));
        assertEquals(List.of(dir.resolve("lib/sub/c.jar")), Classpath.parse("lib/sub/*", dir), "not below it");
        OpctlException missing = assertThrows(OpctlException.class, () -> Classpath.parse("nolib/*", dir));
        assertEquals("class path entry nolib/*: " + dir.resolve("nolib") + " is not a directory; '*' stands for the "
                + "jars in a directory", missing.getMessage());
    }

    /** Compiles {@link #SOURCE} into a jar. */
    static Path compile(Path dir) throws IOException {
        Path source = Files.createDirectories(dir.resolve("src/lib")).resolve("Holder.java");
        Files.writeString(source, SOURCE);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int status = javac.run(null, null, null, "--release", "17", "-proc:none", "-classpath",
                System.getProperty("java.class.path"), "-d", classes.toString(), source.toString());
        assertEquals(0, status);
        Path jar = dir.resolve("lib.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new ZipEntry(classes.relativize(file).toString().replace(File.separatorChar, '/')));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
        }
        return jar;
    }

    static Path jarOf(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static FieldDeclaration field(TypeDeclaration type, String name) {
        return type.fields().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    private static MethodDeclaration method(TypeDeclaration type, String name) {
        return type.methods().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }

    /** A nested class whose class file a test copies onto a class path of its own. */
    static final class Nested {
        public int size;
    }
}
