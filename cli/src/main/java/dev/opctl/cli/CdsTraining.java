package dev.opctl.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The run the {@code ./opctl} launcher records its class-data-sharing archive from: {@code new},
 * then {@code generate} on a custom resource that uses Kubernetes model types, so that the classes
 * of both commands (picocli, Mustache, JavaPoet, JavaParser, Jackson YAML) start mapped. Internal:
 * {@code java -XX:ArchiveClassesAtExit=... -jar opctl.jar --cds-training DIR}.
 */
final class CdsTraining {
    static final String FLAG = "--cds-training";

    private CdsTraining() {
    }

    static int run(Path dir) {
        PrintWriter sink = new PrintWriter(new StringWriter());
        int created = Opctl.run(dir, sink, sink, new String[] {"new", "cds-training", "--domain", "example.com"});
        Path project = dir.resolve("cds-training");
        Path api = project.resolve("src/main/java/com/example/cdstraining/api");
        try {
            Files.createDirectories(api);
            Files.writeString(api.resolve("Sample.java"), """
                    package com.example.cdstraining.api;

                    import io.fabric8.generator.annotation.Max;
                    import io.fabric8.generator.annotation.Required;
                    import io.fabric8.kubernetes.api.model.Container;
                    import io.fabric8.kubernetes.api.model.Namespaced;
                    import io.fabric8.kubernetes.client.CustomResource;
                    import io.fabric8.kubernetes.model.annotation.Group;
                    import io.fabric8.kubernetes.model.annotation.Version;
                    import java.util.List;
                    import java.util.Map;

                    /** A sample. */
                    @Group("cds.example.com")
                    @Version("v1")
                    public class Sample extends CustomResource<Sample.Spec, Sample.Status> implements Namespaced {
                        public static class Spec {
                            /** How many. */
                            @Required
                            @Max(3)
                            public int size;
                            public List<Container> containers;
                            public Map<String, String> labels;
                            public Mode mode;
                        }

                        public static class Status {
                            public int ready;
                        }

                        public enum Mode { A, B }
                    }
                    """);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int generated = Main.run(project, sink, sink, "generate");
        return created == 0 && generated == 0 ? 0 : 1;
    }
}
