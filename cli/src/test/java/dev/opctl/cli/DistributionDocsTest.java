package dev.opctl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the distribution ships beside the jar: a man page per command, and the completion scripts. */
class DistributionDocsTest {
    @TempDir
    Path work;

    @Test
    void everyCommandHasAManPageThatListsItsOptions() throws IOException {
        DistributionDocs.write(work);
        Set<String> expected = new TreeSet<>();
        expected.add("opctl.adoc");
        HelpTest.commands().forEach(path -> expected.add("opctl-" + String.join("-", path) + ".adoc"));
        Set<String> pages;
        try (Stream<Path> files = Files.list(work.resolve("adoc"))) {
            pages = files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(expected, pages);
        String addApi = Files.readString(work.resolve("adoc/opctl-add-api.adoc"));
        for (String option : List.of("--group", "--version", "--kind", "--workload", "--namespaced")) {
            assertTrue(addApi.contains(option), option);
        }
        assertTrue(addApi.contains(":doctype: manpage"), addApi);
        assertEquals(OpctlRun.main(work, "completion", "bash").out(), Files.readString(work.resolve("completion/opctl.bash")));
        assertEquals(OpctlRun.main(work, "completion", "zsh").out(), Files.readString(work.resolve("completion/opctl.zsh")));
    }
}
