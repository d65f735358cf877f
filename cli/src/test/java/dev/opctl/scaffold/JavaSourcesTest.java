package dev.opctl.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JavaSourcesTest {
    @Test
    void importsOfTheFilesOwnPackageAreDroppedAsJavaPoetDoes() {
        String java = """
                package org.example;

                import static org.example.Assertions.assertTrue;

                import org.example.Client;
                import org.example.sub.Other;
                import org.examples.Third;

                class A {
                }
                """;
        assertEquals("""
                package org.example;

                import static org.example.Assertions.assertTrue;

                import org.example.sub.Other;
                import org.examples.Third;

                class A {
                }
                """, JavaSources.withoutOwnPackageImports(java, "org.example"));
    }

    @Test
    void anImportBlockLeftEmptyGoesWithItsBlankLine() {
        String java = """
                package org.example;

                import org.example.Client;
                import org.example.Server;

                class A {
                }
                """;
        assertEquals("""
                package org.example;

                class A {
                }
                """, JavaSources.withoutOwnPackageImports(java, "org.example"));
    }
}
