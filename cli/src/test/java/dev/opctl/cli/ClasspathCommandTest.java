package dev.opctl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.opctl.engine.ProjectLock;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Types from jars: {@code generate crds --classpath}, and a project's Maven dependencies, cached by pom. */
class ClasspathCommandTest {
    private static final String SPEC = """
            package com.example.demooperator.api;

            public class WidgetSpec {
                public org.lib.Tier tier;
            }
            """;
    private static final String TIER = """
                          tier:
                            enum:
                            - GOLD
                            - SILVER
                            type: string
            """;

    @TempDir
    Path work;
    Path jar;

    @BeforeEach
    void aLibraryJar() throws IOException {
        Path source = Files.createDirectories(work.resolve("lib-src/org/lib")).resolve("Tier.java");
        Files.writeString(source, "package org.lib;\n\npublic enum Tier { SILVER, GOLD }\n");
        Path classes = Files.createDirectories(work.resolve("lib-classes"));
        assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, "--release", "17", "-d",
                classes.toString(), source.toString()));
        jar = work.resolve("lib.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new ZipEntry("org/lib/Tier.class"));
            out.write(Files.readAllBytes(classes.resolve("org/lib/Tier.class")));
            out.closeEntry();
        }
    }

    private Path sources(Path root) throws IOException {
        Path api = Files.createDirectories(root.resolve("src/main/java/com/example/demooperator/api"));
        Files.writeString(api.resolve("Widget.java"), """
                package com.example.demooperator.api;

                @io.fabric8.kubernetes.model.annotation.Group("demo.example.com")
                @io.fabric8.kubernetes.model.annotation.Version("v1")
                public class Widget extends io.fabric8.kubernetes.client.CustomResource<WidgetSpec, Void>
                        implements io.fabric8.kubernetes.api.model.Namespaced {
                }
                """);
        Files.writeString(api.resolve("WidgetSpec.java"), SPEC);
        return root.resolve("src/main/java");
    }

    @Test
    void classpathGivesTheTypesTheSourcesDoNotDeclare() throws IOException {
        Path src = sources(work.resolve("elsewhere"));
        OpctlRun without = OpctlRun.run(work, "generate", "crds", "--sources", src.toString(), "--output", "out");
        assertEquals(2, without.exitCode(), without::toString);
        assertTrue(without.err().contains("field 'tier': opctl cannot map type org.lib.Tier"), without::toString);

        OpctlRun run = OpctlRun.run(work, "generate", "crds", "--sources", src.toString(), "--output", "out",
                "--classpath", work.resolve("missing.jar") + File.pathSeparator + "lib.jar");
        assertEquals(2, run.exitCode(), run::toString);
        assertEquals("opctl: error: class path entry " + work.resolve("missing.jar") + " does not exist; pass jars or "
                + "class directories, separated by '" + File.pathSeparator + "'\n", run.err());

        run = OpctlRun.run(work, "generate", "crds", "--sources", src.toString(), "--output", "out",
                "--classpath", "lib-classes" + File.pathSeparator + "lib.jar");
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(Files.readString(work.resolve("out/widgets.demo.example.com.yaml")).contains(TIER));
        assertEquals("", run.err());
    }

    @Test
    void typesNamedThroughOnDemandImportsComeFromTheClasspathAndAClashIsOneLine() throws IOException {
        Path src = sources(work.resolve("elsewhere"));
        Path spec = src.resolve("com/example/demooperator/api/WidgetSpec.java");
        Files.writeString(spec, SPEC.replace("public class", "import org.lib.*;\n\npublic class")
                .replace("org.lib.Tier", "Tier"));
        OpctlRun run = OpctlRun.run(work, "generate", "crds", "--sources", src.toString(), "--output", "out",
                "--classpath", "lib.jar");
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(Files.readString(work.resolve("out/widgets.demo.example.com.yaml")).contains(TIER));

        // A second package offering a Tier is a clash, as javac finds it.
        Path other = Files.createDirectories(work.resolve("other-src/org/other")).resolve("Tier.java");
        Files.writeString(other, "package org.other;\n\npublic enum Tier { A }\n");
        assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, "--release", "17", "-d",
                work.resolve("other-classes").toString(), other.toString()));
        Files.writeString(spec, Files.readString(spec).replace("import org.lib.*;", "import org.lib.*;\n"
                + "import org.other.*;"));
        run = OpctlRun.run(work, "generate", "crds", "--sources", src.toString(), "--output", "out",
                "--classpath", "lib.jar" + File.pathSeparator + "other-classes");
        assertEquals(2, run.exitCode(), run::toString);
        assertEquals("opctl: error: " + spec + ":7: field 'tier': Tier is ambiguous: both org.lib.Tier and "
                + "org.other.Tier are imported on demand (javac rejects it too); import the one you mean by name\n",
                run.err());
    }

    @Test
    void aJarsPackageAndTheKubernetesModelOfferingOneNameAreAClashToo() throws IOException {
        // fabric8's model has a Condition, and so has the team's API jar: javac rejects the simple name.
        Path other = Files.createDirectories(work.resolve("other-src/org/other")).resolve("Condition.java");
        Files.writeString(other, "package org.other;\n\npublic class Condition {\n    public String reason;\n}\n");
        assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, "--release", "17", "-d",
                work.resolve("other-classes").toString(), other.toString()));
        Path src = sources(work.resolve("elsewhere"));
        Path spec = src.resolve("com/example/demooperator/api/WidgetSpec.java");
        for (String imports : List.of("import org.other.*;\nimport io.fabric8.kubernetes.api.model.*;",
                "import io.fabric8.kubernetes.api.model.*;\nimport org.other.*;")) {
            Files.writeString(spec, SPEC.replace("public class", imports + "\nimport java.util.*;\n\npublic class")
                    .replace("public org.lib.Tier tier;", "public List<Condition> conditions;"));
            OpctlRun run = OpctlRun.run(work, "generate", "crds", "--sources", src.toString(), "--output", "out",
                    "--classpath", "other-classes");
            assertEquals(2, run.exitCode(), run::toString);
            assertEquals("opctl: error: " + spec + ":8: field 'conditions': Condition is ambiguous: both "
                    + "io.fabric8.kubernetes.api.model.Condition and org.other.Condition are imported on demand (javac "
                    + "rejects it too); import the one you mean by name\n", run.err());
        }
        // Without the jar's package, the model's.
        Files.writeString(spec, Files.readString(spec).replace("import org.other.*;\n", ""));
        OpctlRun run = OpctlRun.run(work, "generate", "crds", "--sources", src.toString(), "--output", "out",
                "--classpath", "other-classes");
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(Files.readString(work.resolve("out/widgets.demo.example.com.yaml")).contains("lastTransitionTime"));
    }

    @Test
    @DisabledOnOs(OS.WINDOWS) // the fake Maven wrapper is a shell script
    void inAProjectMavenResolvesTheClasspathOnceForEachPom() throws IOException {
        Path project = newProject();
        sources(project);
        Path count = work.resolve("maven-runs");
        // The project's own wrapper is what opctl runs: here one that writes the class path and counts its runs.
        mavenWrapper(project, "echo run >> '" + count + "'\n" + writing(jar));

        OpctlRun first = OpctlRun.run(project, "generate");
        assertEquals(0, first.exitCode(), first::toString);
        assertEquals("opctl: resolving the project's class path with Maven (no class path cached yet), to cache it "
                + "in target/opctl/classpath.txt\n", first.err());
        assertTrue(Files.readString(project.resolve("config/crd/widgets.demo.example.com.yaml")).contains(TIER));

        OpctlRun second = OpctlRun.run(project, "generate", "crds");
        assertEquals(0, second.exitCode(), second::toString);
        assertEquals("", second.err());
        assertEquals(1, Files.readAllLines(count).size(), "the cached class path serves while pom.xml is the same");

        Files.writeString(project.resolve("pom.xml"), Files.readString(project.resolve("pom.xml")) + "<!-- -->\n");
        OpctlRun changed = OpctlRun.run(project, "generate", "--check");
        assertEquals(0, changed.exitCode(), changed::toString);
        assertEquals("opctl: resolving the project's class path with Maven (pom.xml changed), to cache it "
                + "in target/opctl/classpath.txt\n", changed.err());
        assertEquals(2, Files.readAllLines(count).size());

        // A jar the cache names is gone (a cleaned local repository): Maven runs again, though the pom is the same.
        Path cache = project.resolve("target/opctl/classpath.txt");
        List<String> cached = Files.readAllLines(cache);
        Files.writeString(cache, cached.get(0) + "\n" + work.resolve("gone.jar") + File.pathSeparator + jar + "\n");
        OpctlRun gone = OpctlRun.run(project, "generate", "crds");
        assertEquals(0, gone.exitCode(), gone::toString);
        assertEquals("opctl: resolving the project's class path with Maven (gone.jar is gone), to cache it "
                + "in target/opctl/classpath.txt\n", gone.err());
        assertEquals(3, Files.readAllLines(count).size());
        assertEquals(List.of(cached.get(0), jar.toString()), Files.readAllLines(cache));
        try (Stream<Path> left = Files.list(cache.getParent())) {
            assertEquals(List.of("classpath.txt", "maven.log"), left.map(p -> p.getFileName().toString()).sorted()
                    .toList(), "each run's own Maven output and log are gone, the last log kept as maven.log");
        }
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void mavenRunsAgainWhenWhatItReadsBesidesThePomChangesAndTheBuildsWrapperServesItsModules() throws IOException {
        // The cache was keyed by pom.xml alone, and went stale without a word when .mvn/maven.config or a parent pom
        // changed (trial /tmp/trial36 H1, M1); a wrapper at a multi-module build's root was not used (M5).
        Path build = Files.createDirectories(work.resolve("build"));
        Files.writeString(build.resolve("pom.xml"), "<project><properties><lib.version>1</lib.version></properties>"
                + "</project>\n");
        assertEquals(0, OpctlRun.run(build, "new", "demo-operator", "--domain", "example.com").exitCode());
        Path project = build.resolve("demo-operator");
        Path pom = project.resolve("pom.xml");
        Files.writeString(pom, Files.readString(pom).replaceFirst("<modelVersion>4.0.0</modelVersion>",
                "<modelVersion>4.0.0</modelVersion>\n  <parent><groupId>b</groupId><artifactId>build</artifactId>"
                        + "<version>1</version></parent>"));
        sources(project);
        Path count = work.resolve("maven-runs");
        mavenWrapper(build, "echo run >> '" + count + "'\n" + writing(jar));
        String notice = "opctl: resolving the project's class path with Maven (%s), to cache it in "
                + "target/opctl/classpath.txt\n";

        OpctlRun first = OpctlRun.run(project, "generate", "crds");
        assertEquals(0, first.exitCode(), first::toString);
        assertEquals(notice.formatted("no class path cached yet"), first.err());
        assertEquals(1, Files.readAllLines(count).size(), "the build's wrapper ran");
        assertEquals("", OpctlRun.run(project, "generate", "crds").err());

        String configuration = "Maven's configuration changed: a parent pom, .mvn/, settings.xml, MAVEN_ARGS or mvnw";
        Files.writeString(build.resolve("pom.xml"), Files.readString(build.resolve("pom.xml")).replace(">1<", ">2<"));
        OpctlRun parent = OpctlRun.run(project, "generate", "crds");
        assertEquals(notice.formatted(configuration), parent.err(), parent::toString);
        Files.writeString(project.resolve(".mvn/maven.config"), "-Dlib.version=3\n");
        OpctlRun config = OpctlRun.run(project, "generate", "crds");
        assertEquals(notice.formatted(configuration), config.err(), config::toString);
        assertEquals(3, Files.readAllLines(count).size());
        assertEquals("", OpctlRun.run(project, "generate", "crds").err());

        // A damaged cache is said as one; the cache has the mode of any new file there, not a temporary file's.
        Path cache = project.resolve("target/opctl/classpath.txt");
        Files.writeString(cache, "half a line");
        OpctlRun damaged = OpctlRun.run(project, "generate", "crds");
        assertEquals(notice.formatted("the cached class path is damaged"), damaged.err(), damaged::toString);
        Path probe = Files.createFile(cache.resolveSibling("probe"));
        assertEquals(Files.getPosixFilePermissions(probe), Files.getPosixFilePermissions(cache));
        assertEquals(Files.getPosixFilePermissions(probe), Files.getPosixFilePermissions(cache.resolveSibling(
                "maven.log")));
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void whereTheCacheCannotBeWrittenMavenRunsForTheRunAlone() throws IOException {
        // A read-only checkout's generate --check failed, naming a temporary file (trial /tmp/trial36 M9): Maven's
        // files go to a directory of the run's own, and the class path serves the run uncached.
        Path project = newProject();
        sources(project);
        mavenWrapper(project, writing(jar));
        assertEquals(0, OpctlRun.run(project, "generate").exitCode());
        deleteTree(project.resolve("target"));
        Files.writeString(project.resolve("target"), "a file where opctl's cache would go");
        OpctlRun check = OpctlRun.run(project, "generate", "--check");
        assertEquals(0, check.exitCode(), check::toString);
        assertEquals("opctl: resolving the project's class path with Maven (no class path cached yet), not cached: "
                + project.resolve("target/opctl") + " cannot be written\n", check.err());
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aPomWhoseDependencyPluginSettingsOverrideOpctlsIsSaid() throws IOException {
        // The pom's plugin-wide includeScope gave a runtime class path without a word, and its outputFile an empty
        // "could not resolve (exit 0)" (trial /tmp/trial36 M2): a pom's configuration overrides a -D property.
        Path project = newProject();
        sources(project);
        Path pom = project.resolve("pom.xml");
        String plain = Files.readString(pom);
        // The first of the plugin's elements (in pluginManagement, the pom's first <plugins>) sets nothing.
        Files.writeString(pom, plain.replaceFirst("<plugins>", "<plugins>\n<plugin><artifactId>"
                + "maven-dependency-plugin</artifactId><version>3.8.1</version></plugin>").replace("</plugins>\n"
                + "  </build>", "<plugin><artifactId>maven-dependency-plugin"
                + "</artifactId><configuration><includeScope>runtime</includeScope></configuration>"
                + "<executions><execution><configuration><outputFile>x</outputFile></configuration></execution>"
                + "</executions></plugin>\n</plugins>\n  </build>"));
        mavenWrapper(project, writing(jar));
        OpctlRun scoped = OpctlRun.run(project, "generate", "crds");
        assertEquals(0, scoped.exitCode(), scoped::toString);
        assertTrue(scoped.err().endsWith("opctl: warning: pom.xml sets maven-dependency-plugin's <includeScope> for "
                + "every execution, which overrides what opctl asks of it (the compile scope, its own output file); "
                + "move it into the <execution> that needs it\n"), scoped::toString);
        // In an execution only: nothing to say.
        Files.writeString(pom, plain.replace("<plugins>", "<plugins>\n<plugin><artifactId>maven-dependency-plugin"
                + "</artifactId><executions><execution><configuration><includeScope>runtime</includeScope>"
                + "</configuration></execution></executions></plugin>"));
        OpctlRun executions = OpctlRun.run(project, "generate", "crds");
        assertEquals(0, executions.exitCode(), executions::toString);
        assertFalse(executions.err().contains("warning"), executions::toString);

        Files.writeString(pom, plain + "<!-- -->\n");
        mavenWrapper(project, "exit 0\n");
        OpctlRun nothing = OpctlRun.run(project, "generate", "crds");
        assertEquals(2, nothing.exitCode(), nothing::toString);
        assertTrue(nothing.err().contains("\nopctl: error: Maven ran, but wrote no class path where opctl asked it "
                + "to: pom.xml (or a parent) sets maven-dependency-plugin's outputFile for every execution; move it "
                + "into the <execution> that needs it, or run 'opctl generate crds --sources DIR --classpath PATH' "
                + "instead\n"), nothing::toString);
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void theFilesOfARunKilledWhileMavenRanAreRemovedByTheNextRunOfMaven() throws Exception {
        Path project = newProject();
        sources(project);
        // opctl killed (kill -9) while its Maven runs: the Maven wrapper kills it.
        mavenWrapper(project, "kill -9 $PPID\n");
        Subprocess killed = Subprocess.run(project, Map.of(), "generate", "crds");
        assertEquals(137, killed.exitCode(), killed::toString);
        Path work = project.resolve("target/opctl");
        List<String> left = names(work);
        assertTrue(!left.isEmpty() && left.stream().allMatch(n -> n.matches("maven-[0-9]+-[0-9]+\\.log")), left::toString);
        // A file of a run still alive (this test's process) stays.
        String alive = "classpath-" + ProcessHandle.current().pid() + "-1.out";
        Files.writeString(work.resolve(alive), "");

        mavenWrapper(project, writing(jar));
        OpctlRun next = OpctlRun.run(project, "generate", "crds");
        assertEquals(0, next.exitCode(), next::toString);
        assertEquals(List.of(alive, "classpath.txt", "maven.log"), names(work));
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void opctlStoppedWhileMavenRunsStopsMavenAndRemovesTheRunsFiles() throws Exception {
        Path project = newProject();
        sources(project);
        // A Maven that runs a child (as mvn runs java) and waits: it writes the child's pid, then we stop opctl.
        Path pid = project.resolve("maven.pid");
        mavenWrapper(project, "sleep 300 &\necho $! > " + pid + ".tmp\nmv " + pid + ".tmp " + pid + "\nwait\n");
        Subprocess.Running running = Subprocess.start(project, Map.of(), "generate", "crds");
        for (int i = 0; i < 600 && !Files.exists(pid); i++) {
            Thread.sleep(100);
        }
        assertTrue(Files.exists(pid), "Maven started");
        ProcessHandle maven = ProcessHandle.of(Long.parseLong(Files.readString(pid).strip())).orElseThrow();
        running.process().destroy(); // SIGTERM
        Subprocess stopped = running.finish();
        assertEquals(143, stopped.exitCode(), stopped::toString);
        assertTrue(maven.onExit().get(10, TimeUnit.SECONDS) != null && !maven.isAlive(), "Maven's child is stopped");
        assertEquals(List.of(), names(project.resolve("target/opctl")).stream()
                .filter(n -> n.startsWith("maven-") || n.startsWith("classpath-")).toList(), "no run's file is left");
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void anEntryOfMavensClassPathThatDoesNotExistIsSaidAsMavens() throws IOException {
        // It was said as a --classpath entry, an option the user never gave (trial36 L4).
        Path project = newProject();
        sources(project);
        Path missing = work.resolve("api/target/classes");
        mavenWrapper(project, writing(missing + File.pathSeparator + jar));
        OpctlRun run = OpctlRun.run(project, "generate", "crds");
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().endsWith("opctl: error: the project's class path (its Maven dependencies) names " + missing
                + ", which does not exist; build the module it is of first (mvn install), or fix that dependency in "
                + "pom.xml\n"), run::toString);
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aJarOfClassesNewerThanTheProjectsJavaIsSaid() throws IOException {
        // Java 21 class files were read without a word in a Java 17 project, whose build then fails (trial36 L7).
        Path project = newProject();
        sources(project);
        Path newer = work.resolve("lib21.jar");
        byte[] tier;
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
            tier = zip.getInputStream(zip.getEntry("org/lib/Tier.class")).readAllBytes();
        }
        tier[7] = 65; // the class file version of Java 21
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(newer))) {
            out.putNextEntry(new ZipEntry("org/lib/Tier.class"));
            out.write(tier);
            out.closeEntry();
        }
        mavenWrapper(project, writing(newer));
        OpctlRun run = OpctlRun.run(project, "generate");
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.err().endsWith("opctl: warning: lib21.jar is compiled for Java 21 (org.lib.Tier, class file "
                + "version 65), newer than the project's Java 17 (maven.compiler.release): a Java 17 JVM cannot load "
                + "it, nor JDK 17's javac compile against it; use a version of it built for Java 17, or raise the "
                + "project's release\n"), run::toString);

        // A project compiling for Java 21 (through a property, as poms often say it) uses it as it is.
        Path pom = project.resolve("pom.xml");
        Files.writeString(pom, Files.readString(pom).replace("<maven.compiler.release>17</maven.compiler.release>",
                "<java.release>21</java.release>\n    <maven.compiler.release>${java.release}</maven.compiler.release>"));
        OpctlRun java21 = OpctlRun.run(project, "generate", "crds");
        assertEquals(0, java21.exitCode(), java21::toString);
        assertFalse(java21.err().contains("warning"), java21::toString);
        // And generate crds --classpath, outside a project, knows no release to compare with.
        OpctlRun outside = OpctlRun.run(work, "generate", "crds", "--sources", sources(work.resolve("elsewhere"))
                .toString(), "--output", "out", "--classpath", newer.toString());
        assertEquals(0, outside.exitCode(), outside::toString);
        assertEquals("", outside.err());
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aCommandWaitingForTheLockWaitsWhileTheHolderRunsMaven() throws Exception {
        // It gave up after its 10 s while the holder waited for Maven, which often takes longer (trial36 L1).
        Path project = newProject();
        sources(project);
        Path started = project.resolve("maven-started");
        Path go = project.resolve("maven-go");
        mavenWrapper(project, "touch '" + started + "'\nwhile [ ! -f '" + go + "' ]; do sleep 0.1; done\n"
                + writing(jar));
        Subprocess.Running holder = Subprocess.start(project, Map.of(), "generate");
        Subprocess.Running waiter;
        try {
            waitFor(() -> Files.exists(started), "the first command's Maven starts");
            waiter = Subprocess.start(project, Map.of("OPCTL_LOCK_WAIT_SECONDS", "1"), "generate", "crds");
            waitFor(() -> Files.readString(waiter.err()).contains("opctl: it is resolving"), "the second one waits");
            Thread.sleep(2000); // twice its wait
            assertTrue(waiter.process().isAlive(), "it waits while Maven runs, past its wait of 1 s");
        } finally {
            Files.writeString(go, "");
        }
        Subprocess first = holder.finish();
        assertEquals(0, first.exitCode(), first::toString);
        Subprocess second = waiter.finish();
        assertEquals(0, second.exitCode(), second::toString);
        assertTrue(second.err().matches("opctl: waiting for another opctl command in \\Q" + project + "\\E to finish "
                + "\\('opctl generate', process [0-9]+, since [^)]+\\), at most 1 s \\.\\.\\.\n"
                + "opctl: it is resolving the project's class path with Maven; waiting for that to end, then at most "
                + "1 s \\.\\.\\.\n"), second::toString);

        // Without Maven running, the wait is the usual one.
        ProjectLock held = ProjectLock.acquire(project, "opctl edit", notice -> { });
        Subprocess refused;
        try {
            refused = Subprocess.run(project, Map.of("OPCTL_LOCK_WAIT_SECONDS", "1"), "generate", "crds");
        } finally {
            held.close();
        }
        assertEquals(3, refused.exitCode(), refused::toString);
        assertFalse(refused.err().contains("Maven"), refused::toString);
    }

    /** Polls {@code condition} every 100 ms, for at most a minute. */
    private static void waitFor(Callable<Boolean> condition, String what) throws Exception {
        for (int i = 0; i < 600 && !condition.call(); i++) {
            Thread.sleep(100);
        }
        assertTrue(condition.call(), what);
    }

    /** A new project, demo-operator, made by {@code opctl new} in the work directory. */
    private Path newProject() {
        assertEquals(0, OpctlRun.run(work, "new", "demo-operator", "--domain", "example.com").exitCode());
        return work.resolve("demo-operator");
    }

    /** Gives {@code project} a Maven wrapper, which opctl runs, that runs {@code script} in sh. */
    private static void mavenWrapper(Path project, String script) throws IOException {
        Path mvnw = project.resolve("mvnw");
        Files.writeString(mvnw, "#!/bin/sh\n" + script);
        assertTrue(mvnw.toFile().setExecutable(true));
    }

    /** A script that writes {@code classpath} where opctl tells Maven's dependency plugin to write the class path. */
    private static String writing(Object classpath) {
        return "for a in \"$@\"; do case \"$a\" in -Dmdep.outputFile=*) printf '%s' '" + classpath
                + "' > \"${a#-Dmdep.outputFile=}\";; esac; done\n";
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void mavenRunsOnlyForATypeItMustFindAndItsFailureIsOneLine() throws IOException {
        Path project = newProject();
        Path src = sources(project);
        // Maven's colour escapes may come first even in batch mode: the [ERROR] line is found behind them.
        mavenWrapper(project, "echo '[INFO] resolving'\nprintf '\\033[0m\\033[0m[ERROR] Could not "
                + "resolve org.lib:lib:1\\n'\nexit 1\n");

        OpctlRun failed = OpctlRun.run(project, "generate", "crds");
        assertEquals(2, failed.exitCode(), failed::toString);
        assertEquals("opctl: resolving the project's class path with Maven (no class path cached yet), to cache it "
                + "in target/opctl/classpath.txt\nopctl: error: Maven (mvnw) could not resolve the project's class path "
                + "(exit 1: Could not resolve org.lib:lib:1); see target/opctl/maven.log, fix pom.xml or mvnw, or run "
                + "'opctl generate crds --sources DIR --classpath PATH' instead\n", failed.err());
        // The log without Maven's colour escapes.
        assertEquals("[INFO] resolving\n[ERROR] Could not resolve org.lib:lib:1\n",
                Files.readString(project.resolve("target/opctl/maven.log")));
        // The other commands that read the class path have no such command to offer instead.
        OpctlRun all = OpctlRun.run(project, "generate");
        assertEquals(2, all.exitCode(), all::toString);
        assertTrue(all.err().endsWith("see target/opctl/maven.log, fix pom.xml or mvnw\n"), all::toString);
        OpctlRun added = OpctlRun.run(project, "add", "api", "--group", "demo", "--version", "v1", "--kind", "Gizmo");
        assertEquals(2, added.exitCode(), added::toString);
        assertTrue(added.err().endsWith("see target/opctl/maven.log, fix pom.xml or mvnw\n"), added::toString);

        // A wrapper that fails before Maven runs: its last line. One that lost its executable bit still runs.
        mavenWrapper(project, "echo 'mvnw: wrapper jar missing' >&2\nexit 1\n");
        assertTrue(project.resolve("mvnw").toFile().setExecutable(false));
        OpctlRun wrapper = OpctlRun.run(project, "generate");
        assertEquals(2, wrapper.exitCode(), wrapper::toString);
        assertTrue(wrapper.err().endsWith("opctl: error: Maven (mvnw) could not resolve the project's class path "
                + "(exit 1: mvnw: wrapper jar missing); see target/opctl/maven.log, fix pom.xml or mvnw\n"),
                wrapper::toString);

        // A dependency no repository has, as a module of the same build that is not installed yet.
        mavenWrapper(project, "echo '[ERROR] Failed to execute goal on project demo: Could not resolve dependencies "
                + "for project com.example:demo:jar:1: Could not find artifact com.acme:api:jar:1.0-SNAPSHOT -> [Help 1]'"
                + "\nexit 1\n");
        OpctlRun missing = OpctlRun.run(project, "generate");
        assertEquals(2, missing.exitCode(), missing::toString);
        assertTrue(missing.err().contains("com.acme:api:jar:1.0-SNAPSHOT); see target/opctl/maven.log, install the "
                + "dependency first if it is a "
                + "module of your own build (mvn install in its directory), else fix it in pom.xml\n"),
                missing::toString);
        assertFalse(Files.exists(project.resolve("config/crd/widgets.demo.example.com.yaml")));

        // A broken pom.xml: Maven's first [ERROR] line ends with a colon, and the cause follows it.
        mavenWrapper(project, "printf '\\033[0m\\033[0m[ERROR] [ERROR] Some problems were encountered "
                + "while processing the POMs:\\n[FATAL] Non-parseable POM pom.xml: end tag name @ line 4, column 44"
                + "\\n @ \\n[ERROR] The build could not read 1 project -> [Help 1]\\n'\nexit 1\n");
        OpctlRun broken = OpctlRun.run(project, "generate");
        assertEquals(2, broken.exitCode(), broken::toString);
        assertTrue(broken.err().endsWith("opctl: error: Maven (mvnw) could not resolve the project's class path (exit 1: "
                + "Some problems were encountered while processing the POMs: Non-parseable POM pom.xml: end tag name "
                + "@ line 4, column 44); see target/opctl/maven.log, fix pom.xml or mvnw\n"),
                broken::toString);

        // A dependency's file that is not a jar (a system dependency's path, a download cut short): the pom's to
        // fix, not a class path the user passed.
        Path corrupt = Files.writeString(work.resolve("corrupt.jar"), "<html>not found</html>");
        mavenWrapper(project, writing(corrupt));
        OpctlRun notJar = OpctlRun.run(project, "generate");
        assertEquals(2, notJar.exitCode(), notJar::toString);
        assertTrue(notJar.err().endsWith("opctl: error: the project's class path (its Maven dependencies) names "
                + corrupt + ", which is not a jar; fix that dependency in pom.xml, or delete the file from the local "
                + "Maven repository so that Maven downloads it again\n"), notJar::toString);
        OpctlRun cached = OpctlRun.run(project, "generate");
        assertEquals(2, cached.exitCode(), "from the cache too: " + cached);
        // A dependency of type pom (a BOM listed as a dependency): Maven lists it, javac never reads it.
        Path bom = Files.writeString(work.resolve("bom-1.pom"), "<project/>");
        mavenWrapper(project, writing(bom + File.pathSeparator + jar));
        Files.delete(project.resolve("target/opctl/classpath.txt"));
        OpctlRun withBom = OpctlRun.run(project, "generate");
        assertEquals(0, withBom.exitCode(), withBom::toString);

        // Sources that need no jar never run Maven.
        Files.writeString(src.resolve("com/example/demooperator/api/WidgetSpec.java"),
                SPEC.replace("org.lib.Tier", "java.time.DayOfWeek"));
        OpctlRun plain = OpctlRun.run(project, "generate");
        assertEquals(0, plain.exitCode(), plain::toString);
        assertEquals("", plain.err());
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void theCommandsThatRegenerateUseTheProjectsClasspathToo() throws IOException {
        Path project = newProject();
        sources(project);
        mavenWrapper(project, writing(jar));
        Path crd = project.resolve("config/crd/widgets.demo.example.com.yaml");

        // add api regenerates every CRD, the Widget's (whose spec uses a type of the jar) included.
        OpctlRun added = OpctlRun.run(project, "add", "api", "--group", "demo", "--version", "v1", "--kind", "Gadget");
        assertEquals(0, added.exitCode(), added::toString);
        assertTrue(added.err().startsWith("opctl: resolving the project's class path with Maven"), added::toString);
        assertTrue(Files.readString(crd).contains(TIER));

        // So do edit and delete, from the cached class path.
        OpctlRun edited = OpctlRun.run(project, "edit", "--max-description-length", "40");
        assertEquals(0, edited.exitCode(), edited::toString);
        assertEquals("", edited.err());
        OpctlRun deleted = OpctlRun.run(project, "delete", "api", "--group", "demo", "--version", "v1", "--kind",
                "Gadget");
        assertEquals(0, deleted.exitCode(), deleted::toString);
        assertTrue(Files.readString(crd).contains(TIER));
        assertEquals(0, OpctlRun.run(project, "generate", "--check").exitCode());
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aProjectWhoseTypesNeedNoJarNeverRunsMaven() throws IOException {
        Path project = newProject();
        mavenWrapper(project, "echo '[ERROR] Maven must not run' \nexit 1\n");
        // A workload's types are Kubernetes model classes, JDK types and the project's own: no jar needed.
        OpctlRun added = OpctlRun.run(project, "add", "api", "--group", "cache", "--version", "v1", "--kind",
                "Memcached", "--workload", "deployment");
        assertEquals(0, added.exitCode(), added::toString);
        assertEquals("", added.err());
        OpctlRun generated = OpctlRun.run(project, "generate");
        assertEquals(0, generated.exitCode(), generated::toString);
        assertEquals("", generated.err());
        assertFalse(Files.exists(project.resolve("target")));
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
