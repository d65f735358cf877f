package dev.opctl.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.opctl.engine.FileSet;
import dev.opctl.engine.GeneratedFile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link SampleCheck}: the samples against the CRDs, as the API server takes them. */
class SampleCheckTest {
    private static final String CRD = """
            apiVersion: apiextensions.k8s.io/v1
            kind: CustomResourceDefinition
            metadata:
              name: widgets.demo.example.com
            spec:
              group: demo.example.com
              names:
                kind: Widget
                plural: widgets
              scope: Namespaced
              versions:
              - name: v1
                schema:
                  openAPIV3Schema:
                    properties:
                      spec:
                        properties:
                          image:
                            type: string
                            minLength: 1
                          replicas:
                            type: integer
                            minimum: 1
                            maximum: 10
                          mode:
                            type: string
                            enum:
                            - fast
                            - safe
                          port:
                            x-kubernetes-int-or-string: true
                          labels:
                            type: object
                            additionalProperties:
                              type: string
                          extra:
                            type: object
                            x-kubernetes-preserve-unknown-fields: true
                          ports:
                            type: array
                            maxItems: 2
                            items:
                              type: object
                              properties:
                                number:
                                  type: integer
                              required:
                              - number
                        required:
                        - image
                        type: object
                      status:
                        type: object
                    type: object
                served: true
                storage: true
                subresources:
                  status: {}
            """;

    private static List<String> problems(String sample) {
        ProjectFiles project = ProjectFiles.of(Map.of("config/samples/demo_v1_widget.yaml", sample));
        FileSet crds = FileSet.builder().add(GeneratedFile.tool("config/crd/widgets.demo.example.com.yaml", CRD))
                .build();
        return SampleCheck.problems(project, crds).stream()
                .map(p -> p.replace("config/samples/demo_v1_widget.yaml: ", "").replace(" (Widget demo.example.com/v1); "
                        + "fix the sample", "").replace("; fix the sample", ""))
                .toList();
    }

    private static String widget(String spec) {
        return "apiVersion: demo.example.com/v1\nkind: Widget\nmetadata:\n  name: w\n  labels:\n    a: b\nspec:\n"
                + spec;
    }

    @Test
    void aValidSampleHasNoProblem() {
        assertEquals(List.of(), problems(widget("""
                  image: nginx
                  replicas: 3
                  mode: safe
                  port: http
                  labels:
                    team: a
                  extra:
                    anything: [1, 2]
                  ports:
                  - number: 80
                """)));
        assertEquals(List.of(), problems(widget("  image: nginx\n  replicas: 3.0\n  port: 8080\n")));
    }

    @Test
    void whatTheApiServerRefusesOrDropsIsSaidWithItsField() {
        assertEquals(List.of(
                "spec.replicas: the string \"3\", where the CRD takes an integer",
                "spec.mode: \"slow\" is none of the values the CRD allows (fast, safe)",
                "spec.port: a boolean true, where the CRD takes an integer or a string",
                "spec.labels.team: the number 1, where the CRD takes a string",
                "spec.ports: 3 items, more than the CRD's maxItems 2",
                "spec.ports[0].number: the CRD requires it, and the sample lacks it",
                "spec.size: the CRD has no such field, so the API server drops it",
                "spec.image: the CRD requires it, and the sample lacks it"), problems(widget("""
                  replicas: "3"
                  mode: slow
                  port: true
                  labels:
                    team: 1
                  ports:
                  - {}
                  - number: 2
                  - number: 3
                  size: 2
                """)));
        assertEquals(List.of("spec.image: 0 characters, fewer than the CRD's minLength 1",
                "spec.replicas: 0, below the CRD's minimum 1", "spec.mode: null, which the CRD does not take; leave the "
                + "field out instead"), problems(widget("  image: \"\"\n  replicas: 0\n  mode: null\n")));
        assertEquals(List.of("spce: the CRD has no such field, so the API server drops it"),
                problems("apiVersion: demo.example.com/v1\nkind: Widget\nmetadata:\n  name: w\nspce: {}\n"));
    }

    @Test
    void aKindOrVersionOfTheProjectsGroupThatNoCrdServesIsSaid() {
        assertEquals(List.of("no CRD of the project serves Widget demo.example.com/v2 (it has Widget "
                + "demo.example.com/v1), so the API server refuses the sample; fix its apiVersion or kind"),
                problems("apiVersion: demo.example.com/v2\nkind: Widget\nspec:\n  size: 1\n"));
        assertEquals(List.of("no CRD of the project serves Widgte demo.example.com/v1 (it has Widget "
                + "demo.example.com/v1), so the API server refuses the sample; fix its apiVersion or kind"),
                problems("apiVersion: demo.example.com/v1\nkind: Widgte\nspec:\n  image: a\n"));
    }

    @Test
    void everyObjectOfAFileIsCheckedAndAFileThatIsNotYamlIsSaid() {
        assertEquals(List.of("spec.image: the CRD requires it, and the sample lacks it"),
                problems(widget("  image: a\n") + "---\n" + widget("  replicas: 2\n")));
        assertEquals(1, problems("spec: [unclosed\n").size());
        assertEquals(true, problems("spec: [unclosed\n").get(0).startsWith("not YAML the API server can read ("));
    }

    @Test
    void objectsOfOtherGroupsAndTheStatusTheSubresourceWritesAreNotChecked() {
        assertEquals(List.of(), problems("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  a: 1\n"));
        assertEquals(List.of(), problems("- a\n- b\n"));
        assertEquals(List.of(), problems(widget("  image: a\n") + "status:\n  anything: 1\n"));
    }
}
