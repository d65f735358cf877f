package dev.opctl.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheVisitor;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TemplatesTest {
    @Test
    void doesNotHtmlEscapeValues() {
        // The ".gitignore" template has no variables; render a real template with a value that
        // HTML escaping would mangle.
        String yaml = Templates.render("project/config/rbac/service_account.yaml.mustache",
                Map.of("serviceAccountName", "a&b<c>\"d'", "namespace", "ns", "name", "n"));
        assertEquals("""
                apiVersion: v1
                kind: ServiceAccount
                metadata:
                  name: a&b<c>"d'
                  namespace: ns
                  labels:
                    app.kubernetes.io/name: n
                """, yaml);
    }

    @Test
    void aMissingTemplateIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> Templates.render("project/nope.mustache", Map.of()));
    }

    /** mustache.java's factory, with its own visitor or with opctl's {@link TemplateTextVisitor}. */
    private static DefaultMustacheFactory factory(boolean linear) {
        return new DefaultMustacheFactory("templates") {
            @Override
            public MustacheVisitor createMustacheVisitor() {
                return linear ? new TemplateTextVisitor(this) : super.createMustacheVisitor();
            }
        };
    }

    private static String render(DefaultMustacheFactory factory, String template, Object scope) {
        Mustache mustache = factory.compile(new StringReader(template), "t");
        return mustache.execute(new StringWriter(), scope).toString();
    }

    @Test
    void textJoinedInOnePieceRendersAsMustacheJavasOwn() {
        String template = """
                head line
                {{! a comment }}
                before {{value}} after
                {{#items}}
                  - {{name}}: {{#flag}}yes{{/flag}}{{^flag}}no{{/flag}}
                {{/items}}
                {{^items}}none{{/items}}
                {{=<% %>=}}
                <% value %> with other delimiters
                <%={{ }}=%>
                tail {{value}}""";
        Map<String, Object> scope = Map.of("value", "V", "items",
                List.of(Map.of("name", "a", "flag", true), Map.of("name", "b", "flag", false)));
        String expected = render(factory(false), template, scope);
        assertEquals(expected, render(factory(true), template, scope));
        // (mustache.java keeps the line break of a line with only a comment or a delimiter change)
        assertEquals("""
                head line

                before V after
                  - a: yes
                  - b: no


                V with other delimiters

                tail V""", expected);
    }

    @Test
    void everyShippedTemplateCompilesToTheSameCodes() throws IOException {
        // identity() writes a compiled template back as its codes say: the same text, tags and sections.
        Path root = Path.of("../templates");
        List<String> names;
        try (Stream<Path> files = Files.walk(root)) {
            names = files.filter(f -> f.toString().endsWith(".mustache")).map(f -> root.relativize(f).toString())
                    .sorted().toList();
        }
        assertTrue(names.size() > 50, names::toString);
        DefaultMustacheFactory own = factory(false);
        DefaultMustacheFactory linear = factory(true);
        for (String name : names) {
            StringWriter expected = new StringWriter();
            own.compile(name).identity(expected);
            StringWriter actual = new StringWriter();
            linear.compile(name).identity(actual);
            assertEquals(expected.toString(), actual.toString(), name);
        }
    }
}
