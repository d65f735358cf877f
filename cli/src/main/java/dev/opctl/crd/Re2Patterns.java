package dev.opctl.crd;

import dev.opctl.engine.OpctlException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The check of a {@code pattern} the API server must accept: it compiles patterns with Go's
 * regular expressions (RE2) and refuses a CRD whose pattern does not compile there. Java's
 * regular expressions have more: lookarounds, atomic groups, possessive quantifiers and
 * backreferences, which RE2 leaves out by design.
 */
final class Re2Patterns {
    private static final Pattern REPEAT = Pattern.compile("\\{\\d+(?:,\\d*)?}");

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

    /**
     * What in {@code pattern} RE2 does not have. Only constructs known to differ are named: Java's
     * compiler is no judge of RE2 (it refuses {@code \\p{Greek}} and a literal {@code {}, which RE2 takes).
     */
    static Optional<String> problem(String pattern) {
        boolean inClass = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                char next = pattern.charAt(++i);
                if (next == 'Q') { // quoted up to \E
                    int end = pattern.indexOf("\\E", i);
                    i = end < 0 ? pattern.length() : end + 1;
                } else if ((next == 'p' || next == 'P' || next == 'x') && pattern.startsWith("{", i + 1)) {
                    int end = pattern.indexOf('}', i); // \p{Greek}, \x{41}: its brace is no repeat's
                    i = end < 0 ? pattern.length() : end;
                } else if (!inClass && next >= '1' && next <= '9' && !digitAt(pattern, i + 1)
                        || !inClass && next == 'k' && pattern.startsWith("<", i + 1)) {
                    return Optional.of("has a backreference (\\" + next + ")"); // \12 is an octal escape to RE2
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
            } else if (c == '{') {
                Matcher repeat = REPEAT.matcher(pattern).region(i, pattern.length());
                if (repeat.lookingAt()) { // {n}, {n,}, {n,m}; another '{' is a character to RE2
                    i = repeat.end() - 1;
                    if (pattern.startsWith("+", i + 1)) {
                        return Optional.of("has a possessive quantifier (}+)");
                    }
                }
            } else if ((c == '*' || c == '+' || c == '?') && pattern.startsWith("+", i + 1)) {
                return Optional.of("has a possessive quantifier (" + c + "+)");
            }
        }
        return Optional.empty();
    }

    private static boolean digitAt(String text, int index) {
        return index < text.length() && Character.isDigit(text.charAt(index));
    }
}
