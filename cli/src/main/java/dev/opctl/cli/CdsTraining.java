package dev.opctl.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The run the {@code ./opctl} launcher records its class-data-sharing archive from: {@code new},
 * then {@code generate} on a custom resource that uses Kubernetes model types, then
 * {@code generate crds} outside the project on two more, so that the classes of these commands
 * (picocli, Mustache, JavaPoet, JavaParser, Jackson YAML) and their lambdas start mapped. Internal:
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
        // generate crds outside a project, on two kinds (built in parallel) with more of the constructs types use.
        Path sources = dir.resolve("crds/src/com/example/crds");
        try {
            Files.createDirectories(sources);
            for (String kind : new String[] {"Gadget", "Widget"}) {
                Files.writeString(sources.resolve(kind + ".java"), """
                        package com.example.crds;

                        import io.fabric8.generator.annotation.Min;
                        import io.fabric8.generator.annotation.Pattern;
                        import io.fabric8.kubernetes.api.model.ResourceRequirements;
                        import io.fabric8.kubernetes.client.CustomResource;
                        import io.fabric8.kubernetes.model.annotation.Group;
                        import io.fabric8.kubernetes.model.annotation.ShortNames;
                        import io.fabric8.kubernetes.model.annotation.Version;
                        import java.util.List;

                        @Group("crds.example.com")
                        @Version("v1")
                        @ShortNames("%1$s")
                        public class %2$s extends CustomResource<%2$s.Spec, %2$s.Status> {
                            public static class Spec {
                                @Min(1)
                                public int replicas;
                                @Pattern("^[a-z]+$")
                                public String image;
                                public List<Port> ports;
                                public ResourceRequirements resources;
                            }

                            public static class Port {
                                public String name;
                                public int number;
                            }

                            public static class Status {
                                public List<String> messages;
                            }
                        }
                        """.formatted(kind.toLowerCase(Locale.ROOT), kind));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int crds = Main.run(dir, sink, sink, "generate", "crds", "--sources", "crds/src", "--output", "crds/out");
        return created == 0 && generated == 0 && crds == 0 ? 0 : 1;
    }
}
