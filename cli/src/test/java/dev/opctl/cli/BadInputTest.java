package dev.opctl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.opctl.TestFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of bad input, through the real command line: one line on stderr that starts with
 * {@code opctl: error: } and names no Java exception, the documented exit code, nothing on stdout,
 * and the directory tree unchanged byte for byte.
 */
class BadInputTest {
    private static final Pattern EXCEPTION_NAME =
            Pattern.compile("\\b[A-Z]\\w*(Exception|Error)\\b|\\b(java|javax|jdk|sun)\\.(?:[a-z]\\w*\\.)+[A-Z]");
    private static final String PROJECT = "demo/PROJECT";
    private static final String SPEC = "demo/src/main/java/com/example/demo/api/cache/v1/MemcachedSpec.java";
    private static final String RECONCILER = "demo/src/main/java/com/example/demo/controller/MemcachedReconciler.java";

    @TempDir
    static Path base;

    @TempDir
    Path work;

    /** A directory to run in, changed first by a setup, and the command line. */
    record Case(String name, int exitCode, String dir, Setup setup, String... args) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Changes the copy of the base tree a case runs in. */
    interface Setup {
        void apply(Path root) throws IOException;
    }

    @BeforeAll
    static void project() throws IOException {
        run(base, 0, "new", "demo", "--domain", "example.com");
        Path demo = base.resolve("demo");
        run(demo, 0, "add", "api", "--group", "cache", "--version", "v1", "--kind", "Memcached", "--short-names",
                "mc", "--categories", "all", "--controller");
        run(demo, 0, "add", "api", "--group", "cache", "--version", "v1", "--kind", "GadgetStatus");
        run(demo, 0, "add", "controller", "--group", "core", "--version", "v1", "--kind", "Service");
        Files.writeString(base.resolve("afile.txt"), "not a directory\n");
    }

    private static void run(Path dir, int exitCode, String... args) {
        OpctlRun run = OpctlRun.main(dir, args);
        assertEquals(exitCode, run.exitCode(), run::toString);
    }

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        // opctl new: names, free text, the target directory
        String[] newDemo = {"new", "demo2"};
        bad(cases, "package java.lang", 2, "", newDemo, "--package", "java.lang");
        bad(cases, "package javax.*", 2, "", newDemo, "--package", "javax.demo");
        bad(cases, "package jdk.*", 2, "", newDemo, "--package", "jdk.internal.demo");
        bad(cases, "package java alone", 2, "", newDemo, "--package", "java");
        bad(cases, "package non-ASCII", 2, "", newDemo, "--package", "com.exämple");
        bad(cases, "package empty", 2, "", newDemo, "--package", "");
        bad(cases, "package keyword", 2, "", newDemo, "--package", "com.example.class");
        bad(cases, "package too long", 2, "", newDemo, "--package", "a.".repeat(150) + "b");
        bad(cases, "domain empty", 2, "", newDemo, "--domain", "");
        bad(cases, "domain upper case", 2, "", newDemo, "--domain", "Example.com");
        bad(cases, "domain makes a java package", 2, "", newDemo, "--domain", "com.java");
        // A valid domain (up to 253 characters) whose package is too long (trial /tmp/trial29 #11).
        String longDomain = String.join(".", List.of("a".repeat(60), "b".repeat(60), "c".repeat(60), "d".repeat(60)))
                + ".io";
        bad(cases, "domain makes a package too long", 2, "", newDemo, "--domain", longDomain);
        bad(cases, "domain makes a groupId too long", 2, "", newDemo, "--domain", longDomain, "--package", "com.x");
        bad(cases, "dir empty", 2, "", newDemo, "--dir", "");
        bad(cases, "dir with a newline", 2, "", newDemo, "--dir", "a\nb");
        bad(cases, "owner with a newline", 2, "", newDemo, "--license", "apache2", "--owner", "Acme\nInc.");
        bad(cases, "owner with a tab", 2, "", newDemo, "--license", "apache2", "--owner", "Acme\tInc.");
        bad(cases, "owner with NUL", 2, "", newDemo, "--license", "apache2", "--owner", "Acme\0");
        bad(cases, "owner with DEL", 2, "", newDemo, "--license", "apache2", "--owner", "Acme\u007f");
        bad(cases, "owner with a line separator", 2, "", newDemo, "--license", "apache2", "--owner", "A\u2028B");
        // Invisible characters that reorder how code reads (trial /tmp/trial29 #19).
        bad(cases, "owner with a bidi override", 2, "", newDemo, "--license", "apache2", "--owner", "A\u202eB");
        bad(cases, "owner with a bidi isolate", 2, "", newDemo, "--license", "apache2", "--owner", "A\u2067B");
        bad(cases, "owner with a zero-width space", 2, "", newDemo, "--license", "apache2", "--owner", "A\u200bB");
        bad(cases, "owner=value with a newline", 2, "", newDemo, "--license", "apache2", "--owner=a\rb");
        bad(cases, "owner empty", 2, "", newDemo, "--license", "apache2", "--owner", "");
        bad(cases, "owner blank", 2, "", newDemo, "--license", "apache2", "--owner", "   ");
        bad(cases, "owner too long", 2, "", newDemo, "--license", "apache2", "--owner", "x".repeat(10_000));
        bad(cases, "owner with a unicode escape", 2, "", newDemo, "--license", "apache2", "--owner", "A\\u000aB");
        bad(cases, "owner without license", 2, "", newDemo, "--owner", "Acme");
        bad(cases, "owner garbled by the locale", 2, "", newDemo, "--license", "apache2", "--owner", "Zo\uFFFD");
        bad(cases, "license unknown", 2, "", newDemo, "--license", "gpl");
        bad(cases, "name empty", 2, "", new String[] {"new", ""});
        bad(cases, "name upper case", 2, "", new String[] {"new", "Demo"});
        bad(cases, "name too long", 2, "", new String[] {"new", "a".repeat(64)});
        // Names that make manifests the API server refuses (trial /tmp/trial29 #7).
        bad(cases, "name too long for its webhook Service", 2, "", new String[] {"new", "a".repeat(48)});
        bad(cases, "name starting with a digit", 2, "", new String[] {"new", "0op"});
        bad(cases, "name YAML reads as a boolean", 2, "", new String[] {"new", "true"});
        bad(cases, "name YAML reads as a boolean (1.1)", 2, "", new String[] {"new", "no"});
        bad(cases, "name YAML reads as null", 2, "", new String[] {"new", "null"});
        bad(cases, "name with a newline", 2, "", new String[] {"new", "de\nmo"});
        bad(cases, "name non-ASCII", 2, "", new String[] {"new", "demö"});
        bad(cases, "name missing", 2, "", new String[] {"new"});
        bad(cases, "extra positional", 2, "", newDemo, "extra");
        bad(cases, "option twice", 2, "", newDemo, "--domain", "a.io", "--domain", "b.io");
        bad(cases, "flag twice", 2, "", newDemo, "--force", "--force");
        bad(cases, "unknown option", 2, "", newDemo, "--colour");
        bad(cases, "groupId empty", 2, "", newDemo, "--group-id", "");
        bad(cases, "artifactId empty", 2, "", newDemo, "--artifact-id", "");
        bad(cases, "artifactId with a space", 2, "", newDemo, "--artifact-id", "a b");
        bad(cases, "artifactId too long", 2, "", newDemo, "--artifact-id", "a".repeat(201));
        bad(cases, "project version empty", 2, "", newDemo, "--project-version", "");
        bad(cases, "new over a project", 3, "", new String[] {"new", "demo"});
        bad(cases, "new --force over a project", 3, "", new String[] {"new", "demo", "--force"});
        bad(cases, "new --dir over a project", 3, "", newDemo, "--dir", "demo", "--force");
        bad(cases, "new in a project's directory", 3, "demo", newDemo, "--dir", ".", "--force");
        bad(cases, "new --dir a file", 3, "", newDemo, "--dir", "afile.txt", "--force");
        bad(cases, "new in a non-empty directory", 3, "", newDemo, "--dir", ".");

        // opctl add api: names of the kind and its CRD, against the project's other kinds
        String[] api = {"add", "api", "--group", "cache", "--version", "v1"};
        String[] foo = {"add", "api", "--group", "cache", "--version", "v1", "--kind", "Foo"};
        bad(cases, "short names only a comma", 2, "demo", foo, "--short-names", ",");
        bad(cases, "short names empty", 2, "demo", foo, "--short-names", "");
        bad(cases, "short names with an empty one", 2, "demo", foo, "--short-names", "a,,b");
        bad(cases, "short names trailing comma", 2, "demo", foo, "--short-names", "fo,");
        bad(cases, "short names duplicated", 2, "demo", foo, "--short-names", "fo,fo");
        bad(cases, "short names duplicated across options", 2, "demo", foo, "--short-names", "fo", "--short-names",
                "fo");
        bad(cases, "kind the list kind of another in the group", 2, "demo", api, "--kind", "MemcachedList");
        // Files of the same kind in another group (trial /tmp/trial29 #3-#5): one reconciler, package or sample.
        bad(cases, "a controller of a kind another group's has", 2, "demo", new String[] {"add", "api", "--group",
            "other", "--version", "v1", "--kind", "Memcached", "--controller"});
        bad(cases, "a kind in a group of the same first label", 2, "demo", new String[] {"add", "api", "--group",
            "cache.other.io", "--version", "v1", "--kind", "Memcached"});
        bad(cases, "short name of another kind", 2, "demo", foo, "--short-names", "mc");
        bad(cases, "short name is another kind's singular", 2, "demo", foo, "--short-names", "memcached");
        bad(cases, "short name is another kind's plural", 2, "demo", foo, "--short-names", "memcacheds");
        bad(cases, "short name is the own plural", 2, "demo", foo, "--short-names", "foos");
        bad(cases, "short name is the own singular", 2, "demo", foo, "--short-names", "foo");
        bad(cases, "short name upper case", 2, "demo", foo, "--short-names", "Fo");
        bad(cases, "short name starting with a digit", 2, "demo", foo, "--short-names", "1fo");
        bad(cases, "short name with a newline", 2, "demo", foo, "--short-names", "f\no");
        bad(cases, "short name of another group's kind", 2, "demo", new String[] {"add", "api", "--group", "other",
            "--version", "v1", "--kind", "Foo"}, "--short-names", "mc");
        bad(cases, "categories only a comma", 2, "demo", foo, "--categories", ",");
        bad(cases, "categories empty", 2, "demo", foo, "--categories", "");
        bad(cases, "categories duplicated", 2, "demo", foo, "--categories", "all,all");
        bad(cases, "category upper case", 2, "demo", foo, "--categories", "All");
        bad(cases, "plural of another kind", 2, "demo", foo, "--plural", "memcacheds");
        bad(cases, "plural is another kind's short name", 2, "demo", foo, "--plural", "mc");
        bad(cases, "plural is another kind's singular", 2, "demo", foo, "--plural", "memcached");
        bad(cases, "singular is another kind's plural", 2, "demo", api, "--kind", "Memcacheds");
        bad(cases, "plural empty", 2, "demo", foo, "--plural", "");
        bad(cases, "plural upper case", 2, "demo", foo, "--plural", "Foos");
        bad(cases, "plural starting with a digit", 2, "demo", foo, "--plural", "3foos");
        bad(cases, "CRD name longer than 253", 2, "demo", new String[] {"add", "api", "--group",
            "a".repeat(63) + "." + "b".repeat(63) + "." + "c".repeat(63), "--version", "v1", "--kind", "Foo"},
                "--plural", "p".repeat(63));
        bad(cases, "kind empty", 2, "demo", api, "--kind", "");
        bad(cases, "kind lower case", 2, "demo", api, "--kind", "foo");
        bad(cases, "kind non-ASCII", 2, "demo", api, "--kind", "Föo");
        bad(cases, "kind too long for its list kind", 2, "demo", api, "--kind", "K" + "a".repeat(59));
        bad(cases, "kind is another kind's Spec", 2, "demo", api, "--kind", "MemcachedSpec");
        bad(cases, "kind is another kind's Status", 2, "demo", api, "--kind", "MemcachedStatus");
        bad(cases, "kind is another kind's Reconciler", 2, "demo", api, "--kind", "MemcachedReconciler");
        bad(cases, "kind is another kind's Service", 2, "demo", api, "--kind", "MemcachedService");
        bad(cases, "kind is another kind's Deployment", 2, "demo", api, "--kind", "MemcachedDeployment");
        bad(cases, "kind in another group is another kind's Spec", 2, "demo", new String[] {"add", "api", "--group",
            "other", "--version", "v2", "--kind", "MemcachedSpec"});
        bad(cases, "kind's Status is another kind", 2, "demo", api, "--kind", "Gadget");
        bad(cases, "kind is a built-in kind's Reconciler", 2, "demo", api, "--kind", "ServiceReconciler");
        bad(cases, "kind of java.lang", 2, "demo", api, "--kind", "String");
        bad(cases, "kind twice", 2, "demo", api, "--kind", "Foo", "--kind", "Bar");
        bad(cases, "version empty", 2, "demo", new String[] {"add", "api", "--group", "cache", "--kind", "Foo"},
                "--version", "");
        bad(cases, "version upper case", 2, "demo", new String[] {"add", "api", "--group", "cache", "--kind",
            "Foo"}, "--version", "V1");
        bad(cases, "group empty", 2, "demo", new String[] {"add", "api", "--version", "v1", "--kind", "Foo"},
                "--group", "");
        bad(cases, "group core", 2, "demo", new String[] {"add", "api", "--version", "v1", "--kind", "Foo"},
                "--group", "core");
        bad(cases, "group upper case", 2, "demo", new String[] {"add", "api", "--version", "v1", "--kind", "Foo"},
                "--group", "Cache");
        bad(cases, "group with empty label", 2, "demo", new String[] {"add", "api", "--version", "v1", "--kind",
            "Foo"}, "--group", "a..b");
        bad(cases, "domain empty", 2, "demo", foo, "--domain", "");
        bad(cases, "new version changes short names", 2, "demo", new String[] {"add", "api", "--group", "cache",
            "--version", "v2", "--kind", "Memcached"}, "--short-names", "mcd");
        bad(cases, "namespaced not a boolean", 2, "demo", foo, "--namespaced=maybe");
        bad(cases, "extra positional", 2, "demo", foo, "extra");
        String[] workload = {"add", "api", "--group", "cache", "--version", "v1", "--kind", "Foo", "--workload",
            "deployment"};
        for (String image : List.of("A\"b", "Nginx:1", "nginx:", "nginx:-1", "nginx@sha256:zz", "", ":tag",
                "nginx:1 ", "ex ample/app", "registry:99999999999999999999/app/", "a//b", "a/" + "b".repeat(300),
                "nginx:" + "t".repeat(129), "nginx@sha256:" + "a".repeat(31), "app$(id)", "a\\b")) {
            bad(cases, "image " + image, 2, "demo", workload, "--image", image);
        }
        for (String port : List.of("0", "99999", "-1", "abc", "", "65536", "8080.5")) {
            bad(cases, "port " + port, 2, "demo", workload, "--port", port);
        }
        bad(cases, "image without workload", 2, "demo", foo, "--image", "nginx:1");
        bad(cases, "port without workload", 2, "demo", foo, "--port", "80");
        bad(cases, "workload unknown", 2, "demo", foo, "--workload", "pod");

        // opctl add controller
        String[] service = {"add", "controller", "--group", "core", "--version", "v1", "--kind", "Service"};
        bad(cases, "controller kind empty", 2, "demo", new String[] {"add", "controller", "--kind", ""});
        bad(cases, "controller kind unknown", 2, "demo", new String[] {"add", "controller", "--kind", "Nope"});
        bad(cases, "controller version unknown", 2, "demo", new String[] {"add", "controller", "--kind",
            "Memcached", "--version", "v9"});
        bad(cases, "watch only a comma", 2, "demo", service, "--watch", ",");
        bad(cases, "watch duplicated", 2, "demo", service, "--watch", "Pod,Pod");
        bad(cases, "watch unknown kind", 2, "demo", service, "--watch", "Gizmo");

        // opctl edit
        bad(cases, "namespaces duplicated", 2, "demo", new String[] {"edit", "--namespaces", "a,a"});
        bad(cases, "namespaces only a comma", 2, "demo", new String[] {"edit", "--namespaces", ","});
        bad(cases, "namespaces empty", 2, "demo", new String[] {"edit", "--namespaces", ""});
        bad(cases, "namespace upper case", 2, "demo", new String[] {"edit", "--namespaces", "Prod"});
        bad(cases, "namespace too long", 2, "demo", new String[] {"edit", "--namespaces", "n".repeat(64)});
        bad(cases, "namespaces and cluster-wide", 2, "demo", new String[] {"edit", "--namespaces", "a",
            "--cluster-wide"});
        bad(cases, "edit nothing", 2, "demo", new String[] {"edit"});
        for (String length : List.of("-1", "abc", "99999999999", "")) {
            bad(cases, "edit max description length " + length, 2, "demo",
                    new String[] {"edit", "--max-description-length", length});
        }

        // opctl generate
        for (String length : List.of("-1", "abc", "99999999999", "1e3")) {
            bad(cases, "generate max description length " + length, 2, "demo",
                    new String[] {"generate", "--max-description-length", length});
            bad(cases, "generate crds max description length " + length, 2, "demo",
                    new String[] {"generate", "crds", "--max-description-length", length});
        }
        bad(cases, "generate check twice", 2, "demo", new String[] {"generate", "--check", "--check"});
        bad(cases, "generate extra positional", 2, "demo", new String[] {"generate", "extra"});
        bad(cases, "generate outside a project", 2, "", new String[] {"generate"});
        bad(cases, "generate crds sources is a file", 2, "demo", new String[] {"generate", "crds", "--sources",
            "PROJECT", "--output", "out"});
        bad(cases, "generate crds sources missing", 2, "demo", new String[] {"generate", "crds", "--sources",
            "missing", "--output", "out"});
        bad(cases, "generate crds output is a file", 2, "demo", new String[] {"generate", "crds", "--sources",
            "src/main/java", "--output", "PROJECT"});
        bad(cases, ".opctl is a file: add api", 3, "demo", root -> Files.writeString(root.resolve("demo/.opctl"),
                "in the way\n"), "add", "api", "--group", "shop", "--version", "v1", "--kind", "Widget");
        bad(cases, ".opctl is a file: generate", 3, "demo", root -> Files.writeString(root.resolve("demo/.opctl"),
                "in the way\n"), "generate");
        bad(cases, "artifact id of dots", 2, "", newDemo, "--artifact-id", "..");
        bad(cases, "group id ending in a dot", 2, "", newDemo, "--group-id", "com.example.");
        bad(cases, "image registry port out of range", 2, "demo", new String[] {"add", "api", "--group", "shop",
            "--version", "v1", "--kind", "Widget", "--workload", "deployment", "--image", "reg:99999/nginx"});
        bad(cases, "kustomization missing: add api", 2, "demo", root -> Files.delete(root.resolve("demo/config/"
                + "kustomization.yaml")), "add", "api", "--group", "shop", "--version", "v1", "--kind", "Widget");
        bad(cases, "generate crds output empty", 2, "demo", new String[] {"generate", "crds", "--output", ""});
        bad(cases, "generate crds sources empty", 2, "demo", new String[] {"generate", "crds", "--sources", ""});
        bad(cases, "PROJECT a link to a device", 2, "demo", root -> {
            Files.delete(root.resolve(PROJECT));
            Files.createSymbolicLink(root.resolve(PROJECT), Path.of("/dev/zero"));
        }, "generate");
        bad(cases, "PROJECT far too large", 2, "demo", root -> Files.writeString(root.resolve(PROJECT),
                "#".repeat(5 * 1024 * 1024) + "\n", StandardOpenOption.APPEND), "generate");
        bad(cases, "generate crds output twice", 2, "demo", new String[] {"generate", "crds", "--output", "a",
            "--output", "b"});
        bad(cases, "generate crds outside a project", 2, "", new String[] {"generate", "crds", "--output", "x"});
        bad(cases, "generate crds classpath entry missing", 2, "demo", new String[] {"generate", "crds",
            "--classpath", "missing.jar"});
        bad(cases, "generate crds classpath empty", 2, "demo", new String[] {"generate", "crds", "--classpath", ""});
        bad(cases, "generate crds classpath entry missing with sources", 2, "demo", new String[] {"generate", "crds",
            "--sources", "src/main/java", "--output", "out", "--classpath", "lib" + java.io.File.pathSeparator
                    + "missing.jar"});

        // The user's Java sources
        Setup latin1Spec = root -> append(root.resolve(SPEC), "// caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        Setup latin1Reconciler = root -> append(root.resolve(RECONCILER), new byte[] {'/', '/', (byte) 0xff, '\n'});
        bad(cases, "non-UTF-8 source: generate", 2, "demo", latin1Spec, "generate");
        bad(cases, "non-UTF-8 source: generate --check", 2, "demo", latin1Spec, "generate", "--check");
        bad(cases, "non-UTF-8 source: generate crds", 2, "demo", latin1Spec, "generate", "crds");
        bad(cases, "non-UTF-8 source: generate crds --sources", 2, "demo", latin1Spec, "generate", "crds",
                "--sources", "src/main/java", "--output", "out");
        bad(cases, "non-UTF-8 reconciler: generate rbac", 2, "demo", latin1Reconciler, "generate", "rbac");
        bad(cases, "non-UTF-8 source: add api", 2, "demo", latin1Spec, "add", "api", "--group", "cache",
                "--version", "v1", "--kind", "Foo");
        // Nested deeper than the readers' recursion can follow on any thread's stack.
        Setup tooDeep = root -> Files.writeString(root.resolve(SPEC).resolveSibling("Deep.java"),
                "package com.example.demo.api.cache.v1;\n\nclass Deep {\n    int x = " + "(".repeat(100_000) + "1"
                        + ")".repeat(100_000) + ";\n}\n");
        bad(cases, "sources nested too deeply: generate", 2, "demo", tooDeep, "generate");
        bad(cases, "sources nested too deeply: generate crds --sources", 2, "demo", tooDeep, "generate", "crds",
                "--sources", "src/main/java", "--output", "out");
        bad(cases, "sources directory is a file", 2, "demo", root -> {
            Path sources = root.resolve("demo/src/main/java");
            deleteTree(sources);
            Files.writeString(sources, "a file\n");
        }, "generate");

        // PROJECT as untrusted input: each a line, before anything is written
        String[] generate = {"generate"};
        String[] addFoo = {"add", "api", "--group", "cache", "--version", "v1", "--kind", "Foo"};
        project(cases, "PROJECT truncated in a list", generate, text -> text.substring(0,
                text.indexOf("  plural:") + 9) + " [memcacheds\n");
        project(cases, "PROJECT truncated in a string", generate, text -> text.substring(0,
                text.indexOf("owner: ") + 7) + "\"The demo");
        project(cases, "PROJECT invalid YAML", generate, text -> text.replace("domain: example.com",
                "domain: [example.com"));
        project(cases, "PROJECT tab indented", addFoo, text -> text.replace("  version: v1", "\tversion: v1"));
        project(cases, "PROJECT empty", generate, text -> "");
        project(cases, "PROJECT only comments", generate, text -> "# nothing\n");
        project(cases, "PROJECT a list", generate, text -> "- a\n- b\n");
        project(cases, "PROJECT a scalar", generate, text -> "hello\n");
        project(cases, "PROJECT unknown key", addFoo, text -> text + "colour: blue\n");
        project(cases, "PROJECT unknown key of a resource", generate, text -> text.replace("  api: true",
                "  api: true\n  colour: blue"));
        project(cases, "PROJECT missing key", generate, text -> text.replace("domain: example.com\n", ""));
        // Values of the wrong type or a second document (trial /tmp/trial29 #9).
        bad(cases, "edit --cluster-wide=false", 2, "demo", new String[] {"edit", "--cluster-wide=false"});
        project(cases, "PROJECT boolean empty", generate, text -> text.replaceFirst("namespaced: true", "namespaced:"));
        project(cases, "PROJECT boolean a number", generate, text -> text.replaceFirst("api: true", "api: 1"));
        project(cases, "PROJECT boolean a string", generate, text -> text.replaceFirst("api: true", "api: \"true\""));
        project(cases, "PROJECT second document", generate, text -> text + "---\na: b\n");
        project(cases, "PROJECT short name is the plural", generate, text -> text.replaceFirst("- mc\n",
                "- memcacheds\n"));
        project(cases, "PROJECT duplicated key", generate, text -> text.replace("domain: example.com\n",
                "domain: example.com\ndomain: example.org\n"));
        project(cases, "PROJECT unknown layout", generate, text -> text.replace("java-josdk/v1", "java-josdk/v9"));
        project(cases, "PROJECT newer opctl", addFoo, text -> text.replaceFirst("opctlVersion: .*",
                "opctlVersion: 99.0.0"));
        project(cases, "PROJECT newer opctl with new keys", generate, text -> text.replaceFirst("opctlVersion: .*",
                "opctlVersion: 0.2.0") + "webhooks: []\n");
        project(cases, "PROJECT opctl version not a version", generate, text -> text.replaceFirst(
                "opctlVersion: .*", "opctlVersion: banana"));
        project(cases, "PROJECT kind invalid", generate, text -> text.replace("kind: Memcached", "kind: memcached"));
        project(cases, "PROJECT kind reserved", generate, text -> text.replace("kind: Memcached", "kind: String"));
        project(cases, "PROJECT package invalid", generate, text -> text.replace("package: com.example.demo\n",
                "package: com.example.class\n"));
        project(cases, "PROJECT package under java", generate, text -> text.replace("package: com.example.demo\n",
                "package: java.demo\n"));
        project(cases, "PROJECT resource package invalid", generate, text -> text.replace(
                "package: com.example.demo.api.cache.v1", "package: com..demo"));
        project(cases, "PROJECT group invalid", generate, text -> text.replace("group: cache.example.com",
                "group: Cache.example.com"));
        project(cases, "PROJECT version invalid", generate, text -> text.replace("  version: v1\n  kind: Memcached",
                "  version: one\n  kind: Memcached"));
        project(cases, "PROJECT plural invalid", generate, text -> text.replace("plural: memcacheds",
                "plural: Memcacheds"));
        project(cases, "PROJECT plural empty", generate, text -> text.replace("plural: memcacheds", "plural: ''"));
        project(cases, "PROJECT short name duplicated", generate, text -> text.replace("  - mc\n", "  - mc\n  - mc\n"));
        project(cases, "PROJECT duplicated resource", generate, BadInputTest::duplicateFirstResource);
        project(cases, "PROJECT owner with a newline", generate, text -> text.replace("owner: The demo Authors",
                "owner: \"The demo\\nAuthors\""));
        project(cases, "PROJECT domain invalid", generate, text -> text.replace("domain: example.com",
                "domain: example..com"));
        project(cases, "PROJECT project name invalid", generate, text -> text.replace("projectName: demo",
                "projectName: Demo"));
        project(cases, "PROJECT negative description length", generate, text -> text.replace("owner: The demo Authors",
                "owner: The demo Authors\nmaxDescriptionLength: -5"));
        project(cases, "PROJECT description length not a number", generate, text -> text.replace(
                "owner: The demo Authors", "owner: The demo Authors\nmaxDescriptionLength: lots"));
        project(cases, "PROJECT namespaces duplicated", generate, text -> text.replace("owner: The demo Authors",
                "owner: The demo Authors\nnamespaces:\n- a\n- a"));
        project(cases, "PROJECT namespace invalid", generate, text -> text.replace("owner: The demo Authors",
                "owner: The demo Authors\nnamespaces:\n- Prod"));
        project(cases, "PROJECT unknown license", generate, text -> text.replace("license: none", "license: wtfpl"));
        project(cases, "PROJECT boolean not a boolean", generate, text -> text.replace("namespaced: true",
                "namespaced: sometimes"));
        bad(cases, "PROJECT binary", 2, "demo", root -> Files.write(root.resolve(PROJECT),
                new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1, 2, (byte) 0xff}), generate);
        bad(cases, "PROJECT not UTF-8", 2, "demo", root -> Files.write(root.resolve(PROJECT),
                Files.readString(root.resolve(PROJECT)).replace("The demo Authors", "Zo\u00eb")
                        .getBytes(StandardCharsets.ISO_8859_1)), generate);
        bad(cases, "PROJECT a directory: generate", 2, "demo", root -> {
            Files.delete(root.resolve(PROJECT));
            Files.createDirectories(root.resolve(PROJECT).resolve("x"));
        }, generate);
        bad(cases, "PROJECT a directory: generate crds", 2, "demo", root -> {
            Files.delete(root.resolve(PROJECT));
            Files.createDirectories(root.resolve(PROJECT));
        }, "generate", "crds");
        bad(cases, "PROJECT a directory: add api", 2, "demo", root -> {
            Files.delete(root.resolve(PROJECT));
            Files.createDirectories(root.resolve(PROJECT));
        }, addFoo);
        return cases;
    }

    private static String duplicateFirstResource(String text) {
        int start = text.indexOf("- group: cache.example.com");
        int end = text.indexOf("\n- group:", start + 1);
        return text + text.substring(start, end + 1);
    }

    private static void bad(List<Case> cases, String name, int exitCode, String dir, String[] command,
            String... more) {
        bad(cases, name, exitCode, dir, root -> { }, concat(command, more));
    }

    private static void bad(List<Case> cases, String name, int exitCode, String dir, Setup setup, String... args) {
        cases.add(new Case(name, exitCode, dir, setup, args));
    }

    private static void project(List<Case> cases, String name, String[] args,
            UnaryOperator<String> edit) {
        bad(cases, name, 2, "demo", root -> Files.writeString(root.resolve(PROJECT),
                edit.apply(Files.readString(root.resolve(PROJECT)))), args);
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void oneLineTheDocumentedExitCodeAndNothingChanged(Case c) throws IOException {
        TestFiles.copyTree(base, work);
        c.setup().apply(work);
        Map<String, String> before = TestFiles.tree(work);

        OpctlRun run = OpctlRun.main(c.dir().isEmpty() ? work : work.resolve(c.dir()), c.args());

        assertEquals(c.exitCode(), run.exitCode(), run::toString);
        assertEquals("", run.out(), run::toString);
        assertTrue(run.err().startsWith("opctl: error: "), run::toString);
        assertTrue(run.err().endsWith("\n") && run.err().indexOf('\n') == run.err().length() - 1,
                () -> "one line: " + run);
        assertFalse(EXCEPTION_NAME.matcher(run.err()).find(), () -> "no Java exception: " + run);
        assertFalse(run.err().chars().anyMatch(ch -> ch < 0x20 && ch != '\n' || ch == 0x7f),
                () -> "no control characters: " + run);
        assertEquals(before, TestFiles.tree(work), "the tree is unchanged");
    }

    /** Every file (its bytes) and directory under {@code root}, by relative path. */
    private static void append(Path file, byte[] bytes) throws IOException {
        byte[] old = Files.readAllBytes(file);
        byte[] all = new byte[old.length + bytes.length];
        System.arraycopy(old, 0, all, 0, old.length);
        System.arraycopy(bytes, 0, all, old.length, bytes.length);
        Files.write(file, all);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted((a, b) -> b.compareTo(a)).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
