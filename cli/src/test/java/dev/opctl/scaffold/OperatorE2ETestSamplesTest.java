package dev.opctl.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.opctl.Javac;
import dev.opctl.Versions;
import dev.opctl.engine.FileSet;
import dev.opctl.engine.GeneratedFile;
import dev.opctl.project.License;
import dev.opctl.project.ProjectFile;
import dev.opctl.scaffold.project.NewProject;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated {@code OperatorE2ETest} does not depend on what the cluster holds: it creates each
 * sample under a name of its own, so a cluster that already has an object of the sample's name
 * (applied by hand, or left by an interrupted run) neither fails it with 409 nor is changed by it.
 * Runs the generated code against fabric8's mock API server, which answers a second create of one
 * name with 409 as a real one does.
 */
@EnableKubernetesMockClient(crud = true)
class OperatorE2ETestSamplesTest {
    private KubernetesClient client;

    @Test
    void samplesAreCreatedUnderNamesOfTheirOwnBesideObjectsOfTheSameName(@TempDir Path out) throws Exception {
        ProjectFile project = new ProjectFile(ProjectFile.CURRENT_LAYOUT, "0", "demo-operator", "example.com",
                "com.example.demooperator", "g", "demo-operator", License.NONE, "Example Corp.");
        FileSet files = NewProject.render(new ProjectModel(project, "1.0", Versions.current()));
        List<Path> sources = new ArrayList<>();
        for (GeneratedFile file : files.files()) {
            if (file.path().endsWith(".java")) {
                Path source = out.resolve("src").resolve(file.path());
                Files.createDirectories(source.getParent());
                Files.writeString(source, file.content());
                sources.add(source);
            }
        }
        Path classes = out.resolve("classes");
        Javac.assertCompilesWithoutWarnings(sources, classes);

        // The mock API server serves the kinds of the CRDs created through it, as a real one does.
        client.resource(crd("ClusterPolicy", "clusterpolicies", "Cluster")).create();
        client.resource(crd("Widget", "widgets", "Namespaced")).create();
        GenericKubernetesResource existing = client.resource(sample("ClusterPolicy", "clusterpolicy-sample", "old")).create();
        GenericKubernetesResource existingNamespaced = client.resource(sample("Widget", "widget-sample", "old"))
                .inNamespace("watched").create();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                getClass().getClassLoader())) {
            Method createSample = loader.loadClass("com.example.demooperator.OperatorE2ETest")
                    .getDeclaredMethod("createSample", KubernetesClient.class, GenericKubernetesResource.class,
                            String.class);
            createSample.setAccessible(true);
            // Twice, as two runs against one cluster without cleanup between.
            List<String> names = new ArrayList<>();
            for (int run = 0; run < 2; run++) {
                GenericKubernetesResource created = (GenericKubernetesResource) createSample.invoke(null, client,
                        sample("ClusterPolicy", "clusterpolicy-sample", "new"), null);
                assertTrue(created.getMetadata().getName().startsWith("clusterpolicy-sample-"),
                        created.getMetadata().getName());
                names.add(created.getMetadata().getName());
                GenericKubernetesResource namespaced = (GenericKubernetesResource) createSample.invoke(null, client,
                        sample("Widget", "widget-sample", "new"), "watched");
                assertTrue(namespaced.getMetadata().getName().startsWith("widget-sample-"),
                        namespaced.getMetadata().getName());
                assertEquals("watched", namespaced.getMetadata().getNamespace());
            }
            assertNotEquals(names.get(0), names.get(1));
        }
        // What the cluster held is untouched.
        assertEquals("old", client.resource(existing).get().get("spec", "foo"));
        assertEquals("old", client.resource(existingNamespaced).get().get("spec", "foo"));
    }

    private static CustomResourceDefinition crd(String kind, String plural, String scope) {
        return new CustomResourceDefinitionBuilder().withNewMetadata().withName(plural + ".demo.example.com")
                .endMetadata().withNewSpec().withGroup("demo.example.com").withScope(scope)
                .withNewNames().withKind(kind).withPlural(plural).endNames()
                .addNewVersion().withName("v1").withServed(true).withStorage(true).endVersion()
                .endSpec().build();
    }

    private static GenericKubernetesResource sample(String kind, String name, String foo) {
        return new GenericKubernetesResourceBuilder().withApiVersion("demo.example.com/v1").withKind(kind)
                .withNewMetadata().withName(name).endMetadata()
                .withAdditionalProperties(Map.of("spec", Map.of("foo", foo))).build();
    }
}
