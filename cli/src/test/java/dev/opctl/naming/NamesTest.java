package dev.opctl.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.opctl.engine.ExitCode;
import dev.opctl.engine.OpctlException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NamesTest {
    @ParameterizedTest
    @ValueSource(strings = {"a", "demo-operator", "x1", "0abc", "a-b-c"})
    void acceptsDnsLabels(String name) {
        assertEquals(name, Names.requireDnsLabel("project name", name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Demo", "demo_operator", "-demo", "demo-", "demo.operator", "dämon",
        "a234567890123456789012345678901234567890123456789012345678901234"})
    void refusesWhatIsNotADnsLabel(String name) {
        OpctlException e = assertThrows(OpctlException.class, () -> Names.requireDnsLabel("project name", name));
        assertEquals(ExitCode.INVALID_INPUT, e.exitCode());
        assertTrue(e.getMessage().startsWith("invalid project name '" + name + "': "), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), "one line");
    }

    @ParameterizedTest
    @ValueSource(strings = {"example.com", "k8s.io", "my.domain", "a", "database.coreos.com"})
    void acceptsDnsSubdomains(String domain) {
        assertEquals(domain, Names.requireDnsSubdomain("domain", domain));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Example.com", "example..com", ".example.com", "example.com.", "exa_mple.com",
        "http://example.com"})
    void refusesWhatIsNotADnsSubdomain(String domain) {
        assertThrows(OpctlException.class, () -> Names.requireDnsSubdomain("domain", domain));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "com.example.", "com..example", "com.example.new", "1com.example", "com.my-app"})
    void refusesWhatIsNotAJavaPackage(String pkg) {
        assertThrows(OpctlException.class, () -> Names.requireJavaPackage("package", pkg));
    }

    @Test
    void saysAPackageIsTooLong() {
        String pkg = "a.".repeat(100) + "b";
        OpctlException e = assertThrows(OpctlException.class, () -> Names.requireJavaPackage("package", pkg));
        assertTrue(e.getMessage().endsWith("': it is 201 characters, more than the 200 opctl takes; use a shorter one"),
                e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({
        "example.com, demo-operator, com.example.demooperator",
        "k8s.io, sample-controller, io.k8s.samplecontroller",
        "my.domain, x, domain.my.x",
        "new.io, int, io.new_.int_",
        "1password.com, 3d-op, com._1password._3dop",
        "zhangaoo.com, cassandra-operator, com.zhangaoo.cassandraoperator"
    })
    void derivesAValidPackageFromDomainAndName(String domain, String name, String expected) {
        String pkg = Names.defaultPackage(domain, name);
        assertEquals(expected, pkg);
        assertEquals(pkg, Names.requireJavaPackage("package", pkg));
    }

    @Test
    void derivesGroupIdAndClassNames() {
        assertEquals("com.example", Names.defaultGroupId("example.com"));
        assertEquals("com.coreos.database", Names.defaultGroupId("database.coreos.com"));
        assertEquals("DemoOperator", Names.upperCamel("demo-operator"));
    }

    @Test
    void refusesMavenIdsWithSpacesOrSlashes() {
        assertThrows(OpctlException.class, () -> Names.requireMavenId("groupId", "com example"));
        assertThrows(OpctlException.class, () -> Names.requireMavenId("groupId", "com/example"));
        assertEquals("1.0.0-SNAPSHOT", Names.requireMavenId("project version", "1.0.0-SNAPSHOT"));
    }
}
