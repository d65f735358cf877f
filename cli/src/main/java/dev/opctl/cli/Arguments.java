package dev.opctl.cli;

import dev.opctl.engine.OpctlException;
import dev.opctl.naming.Text;
import java.nio.charset.Charset;

/**
 * Checks the raw command line before any command sees it: no argument may hold a control
 * character (a line break in a value would break the one-line error and the files it goes into), and
 * none may have been garbled by a locale that cannot decode it. Free of picocli.
 */
final class Arguments {
    private static final char REPLACEMENT = '\uFFFD';

    private Arguments() {
    }

    /** Checks {@code args}; throws an invalid-input error naming the first bad one. */
    static void check(String... args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.indexOf(REPLACEMENT) >= 0) {
                throw OpctlException.invalidInput(String.format("invalid %s '%s': it could not be decoded in this "
                        + "locale's character set (%s); run opctl with a UTF-8 locale, e.g. LC_ALL=C.UTF-8 (the "
                        + "./opctl launcher sets it when the locale is C or POSIX)", name(args, i), Text.shown(value(arg)),
                        jnuEncoding()));
            }
            if (Text.hasControl(arg)) {
                throw OpctlException.invalidInput(String.format("invalid %s '%s': opctl takes values of one line "
                        + "without control characters (line breaks, tabs, NUL); remove them", name(args, i),
                        Text.shown(value(arg))));
            }
        }
    }

    /** How to name argument {@code i} in an error: the value of an option, or an argument. */
    private static String name(String[] args, int i) {
        String arg = args[i];
        int eq = arg.indexOf('=');
        if (arg.startsWith("-") && eq > 0) {
            return "value of " + arg.substring(0, eq);
        }
        return i > 0 && args[i - 1].startsWith("-") && args[i - 1].indexOf('=') < 0 ? "value of " + args[i - 1]
                : "argument";
    }

    /** The value of {@code --option=value}, or the whole argument. */
    private static String value(String arg) {
        int eq = arg.indexOf('=');
        return arg.startsWith("-") && eq > 0 ? arg.substring(eq + 1) : arg;
    }

    private static String jnuEncoding() {
        String encoding = System.getProperty("sun.jnu.encoding");
        return encoding != null ? encoding : Charset.defaultCharset().name();
    }
}
