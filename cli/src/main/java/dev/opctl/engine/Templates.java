package dev.opctl.engine;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import com.github.mustachejava.MustacheVisitor;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Renders the Mustache templates shipped under {@code templates/} in the opctl jar.
 *
 * <p>HTML escaping is off: the templates produce YAML, XML, Markdown and Dockerfiles, and every
 * value put into them is validated before rendering, so escaping would only corrupt output.
 */
public final class Templates {
    private static final MustacheFactory FACTORY = new DefaultMustacheFactory("templates") {
        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public MustacheVisitor createMustacheVisitor() {
            return new TemplateTextVisitor(this);
        }
    };

    private Templates() {
    }

    /**
     * Renders the template at {@code name} (relative to {@code templates/}) with {@code scope}.
     *
     * @throws IllegalArgumentException when no such template ships with opctl
     */
    public static String render(String name, Object scope) {
        return render(name, new Object[] {scope});
    }

    /**
     * Renders the template at {@code name} with {@code scopes}, a name found in a later scope
     * hiding the same name in an earlier one.
     */
    public static String render(String name, Object... scopes) {
        Mustache mustache;
        try {
            mustache = FACTORY.compile(name);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("no template " + name, e);
        }
        StringWriter out = new StringWriter();
        mustache.execute(out, scopes);
        return out.toString();
    }
}
