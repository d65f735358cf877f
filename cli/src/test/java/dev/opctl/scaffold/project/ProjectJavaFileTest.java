package dev.opctl.scaffold.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.opctl.Versions;
import dev.opctl.engine.GeneratedFile;
import dev.opctl.project.License;
import dev.opctl.project.ProjectFile;
import dev.opctl.scaffold.ProjectModel;
import org.junit.jupiter.api.Test;

class ProjectJavaFileTest {
    private static ProjectModel model(String javaPackage) {
        return new ProjectModel(new ProjectFile(ProjectFile.CURRENT_LAYOUT, "0.1.0", "demo", "example.com",
                javaPackage, "com.example", "demo", License.NONE, "The demo Authors"), "1.0", Versions.current());
    }

    @Test
    void writesTheClassInThePackagesDirectory() {
        GeneratedFile file = ProjectJavaFile.test("ManifestsTest").render(model("com.example.demo"));
        assertEquals("src/test/java/com/example/demo/ManifestsTest.java", file.path());
        assertTrue(file.content().startsWith("package com.example.demo;\n\nimport static "), file.content());
    }

    @Test
    void importsNoClassOfTheProjectsOwnPackage() {
        String java = ProjectJavaFile.main("HealthServer").render(model("io.javaoperatorsdk.operator")).content();
        assertFalse(java.contains("import io.javaoperatorsdk.operator.Operator;"), java);
        assertTrue(java.contains("public static HealthServer start(Operator operator, int port)"), java);
        assertTrue(java.contains("import com.sun.net.httpserver.HttpServer;\nimport java.io.IOException;"), java);
    }
}
