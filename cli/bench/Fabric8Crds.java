import io.fabric8.crdv2.generator.CRDGenerator;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.CustomResource;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The fabric8 side of cli/bench/crds.sh: runs fabric8's CRDGenerator (API v2) on every concrete
 * CustomResource class in a directory of compiled classes, which must be on the class path.
 * Usage: java -cp CLASSES:DRIVER:DEPS Fabric8Crds CLASSES OUTPUT, DRIVER holding this class compiled
 */
public final class Fabric8Crds {
    private Fabric8Crds() {
    }

    public static void main(String[] args) throws IOException, ClassNotFoundException {
        Path classes = Path.of(args[0]);
        List<Class<? extends HasMetadata>> resources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                String name = classes.relativize(file).toString().replace(File.separatorChar, '.')
                        .replaceFirst("\\.class$", "");
                Class<?> type = Class.forName(name);
                if (CustomResource.class.isAssignableFrom(type) && !Modifier.isAbstract(type.getModifiers())) {
                    resources.add(type.asSubclass(HasMetadata.class));
                }
            }
        }
        int crds = new CRDGenerator().inOutputDir(new File(args[1])).forCRDVersions("v1")
                .customResourceClasses(resources).generate();
        System.out.println(crds + " CRDs");
    }
}
