package dev.opctl.crd;

import dev.opctl.engine.FileErrors;
import dev.opctl.engine.OpctlException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * The keys of Lombok's configuration ({@code lombok.config}) that change the names of the accessors
 * it makes, and so Jackson's properties: {@code lombok.getter.noIsPrefix}, {@code lombok.accessors.fluent},
 * {@code lombok.accessors.prefix} and {@code lombok.accessors.capitalization}. As Lombok reads them: the
 * files of a source file's directory and of every directory above it, up to one that says
 * {@code config.stopBubbling = true}, the nearer ones last; an {@code @Accessors} on the field or class
 * overrides what it sets.
 *
 * @param noIsPrefix a {@code boolean}'s getter is {@code getX()}, not {@code isX()}
 * @param fluent accessors are named after the field ({@code name()}): no getters to Jackson
 * @param prefixes the prefixes a field's name is read without ({@code m} for {@code mColor})
 * @param beanspec {@code capitalization = beanspec}: {@code uRL} gets {@code getuRL()}, not {@code getURL()}
 */
record LombokConfig(boolean noIsPrefix, boolean fluent, List<String> prefixes, boolean beanspec) {
    static final LombokConfig DEFAULT = new LombokConfig(false, false, List.of(), false);
    private static final String FILE = "lombok.config";

    LombokConfig {
        prefixes = List.copyOf(prefixes);
    }

    /**
     * The configuration of the source files in {@code dir}.
     *
     * @throws OpctlException (invalid input) when a file is not UTF-8; (failure) when it cannot be read
     */
    static LombokConfig of(Path dir) {
        Deque<List<String>> files = new ArrayDeque<>();
        for (Path d = dir.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
            Path file = d.resolve(FILE);
            if (Files.isRegularFile(file)) {
                List<String> lines = lines(file);
                files.push(lines);
                if (lines.stream().anyMatch(line -> assignment(line, "config.stopBubbling", "true"))) {
                    break;
                }
            }
        }
        LombokConfig config = DEFAULT;
        for (List<String> lines : files) { // the outermost first
            for (String line : lines) {
                config = config.apply(line);
            }
        }
        return config;
    }

    /** The name Lombok gives an accessor of a field read as {@code base}: {@code prefix} and its capitalized base. */
    String accessor(String prefix, String base) {
        boolean asWritten = beanspec && base.length() > 1 && Character.isUpperCase(base.charAt(1));
        return prefix + (asWritten ? base : Character.toUpperCase(base.charAt(0)) + base.substring(1));
    }

    private LombokConfig apply(String line) {
        String[] clear = line.split("\\s+", 2);
        if (clear.length == 2 && clear[0].equals("clear")) {
            return switch (clear[1].strip().toLowerCase(Locale.ROOT)) {
                case "lombok.getter.noisprefix" -> new LombokConfig(false, fluent, prefixes, beanspec);
                case "lombok.accessors.fluent" -> new LombokConfig(noIsPrefix, false, prefixes, beanspec);
                case "lombok.accessors.prefix" -> new LombokConfig(noIsPrefix, fluent, List.of(), beanspec);
                case "lombok.accessors.capitalization" -> new LombokConfig(noIsPrefix, fluent, prefixes, false);
                default -> this;
            };
        }
        int equals = line.indexOf('=');
        if (equals < 1) {
            return this;
        }
        char operator = line.charAt(equals - 1);
        boolean list = operator == '+' || operator == '-';
        String key = line.substring(0, list ? equals - 1 : equals).strip().toLowerCase(Locale.ROOT);
        String value = line.substring(equals + 1).strip();
        boolean on = value.equalsIgnoreCase("true"); // Lombok takes any other value ("yes", "true # x") as false
        return switch (key) {
            case "lombok.getter.noisprefix" -> list ? this : new LombokConfig(on, fluent, prefixes, beanspec);
            case "lombok.accessors.fluent" -> list ? this : new LombokConfig(noIsPrefix, on, prefixes, beanspec);
            case "lombok.accessors.capitalization" -> list ? this
                    : new LombokConfig(noIsPrefix, fluent, prefixes, value.equalsIgnoreCase("beanspec"));
            case "lombok.accessors.prefix" -> {
                if (!list) {
                    yield this; // Lombok refuses '=' on a list key
                }
                List<String> changed = new ArrayList<>(prefixes);
                changed.remove(value);
                if (operator == '+') {
                    changed.add(value);
                }
                yield new LombokConfig(noIsPrefix, fluent, changed, beanspec);
            }
            default -> this;
        };
    }

    private static boolean assignment(String line, String key, String value) {
        int equals = line.indexOf('=');
        return equals > 0 && line.substring(0, equals).strip().equalsIgnoreCase(key)
                && line.substring(equals + 1).strip().equalsIgnoreCase(value);
    }

    /** The lines of a configuration file but blank ones and comments (lines starting with {@code #}), stripped. */
    private static List<String> lines(Path file) {
        try {
            List<String> lines = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String content = line.strip(); // a '#' later in a line is part of its value, as Lombok reads it
                if (!content.isEmpty() && !content.startsWith("#")) {
                    lines.add(content);
                }
            }
            return lines;
        } catch (CharacterCodingException e) {
            throw OpctlException.invalidInput(file + ": not valid UTF-8 (Lombok's configuration of the sources "
                    + "below it); save it as UTF-8");
        } catch (IOException e) {
            throw FileErrors.of(e);
        }
    }
}
