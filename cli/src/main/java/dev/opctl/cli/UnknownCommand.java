package dev.opctl.cli;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine;

/** The line for a command name that does not exist, with the closest real one. */
final class UnknownCommand {
    private UnknownCommand() {
    }

    /** "unknown command 'apis' for 'opctl add'; did you mean 'api'?" (the hint only when one is close). */
    static String message(CommandLine parent, String name) {
        String qualified = parent.getCommandSpec().qualifiedName();
        if (parent.getSubcommands().isEmpty()) {
            return String.format("'%s' has no commands, and takes no argument '%s'", qualified, name);
        }
        String typed = name.toLowerCase(Locale.ROOT);
        // A command the name begins (gen: generate) comes first, then the nearest by edits.
        Optional<String> closest = parent.getSubcommands().keySet().stream()
                .filter(candidate -> !typed.isEmpty() && candidate.startsWith(typed)
                        || distance(typed, candidate) <= Math.max(2, candidate.length() / 3))
                .min(Comparator.comparing((String candidate) -> !candidate.startsWith(typed))
                        .thenComparingInt(candidate -> distance(typed, candidate))
                        .thenComparing(Comparator.naturalOrder()));
        return String.format("unknown command '%s' for '%s'; %s", name, qualified, closest
                .map(c -> "did you mean '" + qualified + " " + c + "'?")
                .orElse("its commands are " + String.join(", ", parent.getSubcommands().keySet())));
    }

    /** The Levenshtein distance between {@code a} and {@code b}. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
