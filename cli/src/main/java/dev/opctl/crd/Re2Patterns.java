package dev.opctl.crd;

import dev.opctl.engine.OpctlException;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The check of a {@code pattern} the API server must accept: it compiles patterns with Go's
 * regular expressions (RE2) and refuses a CRD whose pattern does not compile there. Java's
 * regular expressions have more: lookarounds, atomic groups, possessive quantifiers and
 * backreferences, which RE2 leaves out by design.
 */
final class Re2Patterns {
    private Re2Patterns() {
    }

    /**
     * Refuses {@code pattern} of {@code @Pattern} at {@code where} if the API server would.
     *
     * @throws OpctlException (invalid input) naming what RE2 does not have
     */
    static void require(String pattern, String where) {
        Optional<String> problem = problem(pattern);
        if (problem.isPresent()) {
            throw OpctlException.invalidInput(String.format("%s: @Pattern(\"%s\") %s, and the API server, whose "
                    + "regular expressions are Go's (RE2), refuses it: write it without", where, pattern,
                    problem.get()));
        }
    }

    /** What in {@code pattern} RE2 does not have, or why it is no regular expression at all. */
    static Optional<String> problem(String pattern) {
        boolean inClass = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                char next = pattern.charAt(++i);
                if (next == 'Q') { // quoted up to \E
                    int end = pattern.indexOf("\\E", i);
                    i = end < 0 ? pattern.length() : end + 1;
                } else if (!inClass && (next >= '1' && next <= '9' || next == 'k' && pattern.startsWith("<", i + 1))) {
                    return Optional.of("has a backreference (\\" + next + ")");
                }
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
                i += pattern.startsWith("^", i + 1) ? 1 : 0;
                i += pattern.startsWith("]", i + 1) ? 1 : 0; // a ']' first in a class is a character
            } else if (c == '(' && pattern.startsWith("?", i + 1)) {
                for (String look : new String[] {"?=", "?!", "?<=", "?<!"}) {
                    if (pattern.startsWith(look, i + 1)) {
                        return Optional.of("has a lookaround ((" + look + ")");
                    }
                }
                if (pattern.startsWith("?>", i + 1)) {
                    return Optional.of("has an atomic group ((?>)");
                }
                i++; // the '?' of a group's flags is no quantifier
            } else if ((c == '*' || c == '+' || c == '?' || c == '}') && pattern.startsWith("+", i + 1)) {
                return Optional.of("has a possessive quantifier (" + c + "+)");
            }
        }
        if (!pattern.contains("(?P<")) { // RE2's named groups, which Java writes (?<name>...)
            try {
                Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                return Optional.of("is no regular expression (" + e.getDescription() + " at index " + e.getIndex()
                        + ")");
            }
        }
        return Optional.empty();
    }
}
