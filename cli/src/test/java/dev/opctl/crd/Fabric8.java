package dev.opctl.crd;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.crdv2.generator.CRDGenerator;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Runs the real fabric8 crd-generator (API v2) on Java sources, as the differential tests need. */
final class Fabric8 {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private Fabric8() {
    }

    /** Compiles every {@code .java} file under {@code sources} into {@code classes}, against the test class path. */
    static void compile(Path sources, Path classes) throws IOException {
        compile(sources, classes, List.of());
    }

    /** {@link #compile(Path, Path)}, with {@code classpath} before the test class path. */
    static void compile(Path sources, Path classes, List<Path> classpath) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            // Lombok is the only annotation processor: the Lombok corpus needs its accessors.
            String lombok = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                    .filter(p -> Path.of(p).getFileName().toString().startsWith("lombok-")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("lombok is not on the test class path"));
            StringBuilder path = new StringBuilder();
            classpath.forEach(entry -> path.append(entry).append(File.pathSeparator));
            path.append(System.getProperty("java.class.path"));
            boolean ok = javac.getTask(null, fm, diagnostics, List.of("--release", "17", "-processorpath", lombok,
                    "-classpath", path.toString(), "-d", classes.toString()), null,
                    fm.getJavaFileObjectsFromPaths(files)).call();
            assertTrue(ok, () -> diagnostics.getDiagnostics().toString());
        }
    }

    /** A class loader for compiled classes, on top of the test class path. */
    static URLClassLoader loader(Path classes, Path... more) throws IOException {
        URL[] urls = new URL[more.length + 1];
        urls[0] = classes.toUri().toURL();
        for (int i = 0; i < more.length; i++) {
            urls[i + 1] = more[i].toUri().toURL();
        }
        return new URLClassLoader(urls, Fabric8.class.getClassLoader());
    }

    /** A jar of every file under {@code classes}, in name order. */
    static Path jar(Path classes, Path jar) throws IOException {
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

    /** fabric8's CRDs ({@code apiextensions.k8s.io/v1}) of some resource classes, by CRD name. */
    static Map<String, JsonNode> crds(List<Class<? extends HasMetadata>> resources, Path out) throws IOException {
        Files.createDirectories(out);
        new CRDGenerator().inOutputDir(out.toFile()).forCRDVersions("v1").customResourceClasses(resources)
                .generate();
        Map<String, JsonNode> crds = new TreeMap<>();
        try (Stream<Path> yamls = Files.list(out)) {
            for (Path yaml : yamls.sorted().toList()) {
                crds.put(yaml.getFileName().toString().replaceFirst("-v1\\.yml$", ""), YAML.readTree(yaml.toFile()));
                Files.delete(yaml);
            }
        }
        return crds;
    }
}
