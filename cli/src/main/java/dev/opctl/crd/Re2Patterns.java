package dev.opctl.crd;

import dev.opctl.engine.OpctlException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The check of a {@code pattern} the API server must accept: it compiles patterns with Go's
 * regular expressions (RE2) and refuses a CRD whose pattern does not compile there. Java's
 * regular expressions have more: lookarounds, atomic groups, possessive quantifiers and
 * backreferences, which RE2 leaves out by design, and escapes ({@code \\Z}, {@code \\h},
 * {@code \\e}), flags ({@code (?x)}), classes ({@code \\p{Lower}}, {@code \\p{InGreek}}) and
 * repeat counts (over 1,000) that RE2 does not have. Each was seen refused by the API server.
 */
final class Re2Patterns {
    private static final Pattern REPEAT = Pattern.compile("\\{\\d+(?:,\\d*)?}");
    /** RE2's largest count of a repeat, {@code {n,m}}. */
    private static final int MAX_REPEAT = 1000;
    /** The letters and digits RE2 takes after a backslash, in a character class or not. */
    private static final String ESCAPES = "afnrtvx0dDsSwWpP";
    /** Those it takes outside a character class only. */
    private static final String ASSERTIONS = "AbBzQ";
    private static final Set<String> JAVA_CLASSES = Set.of("Lower", "Upper", "ASCII", "Alpha", "Digit", "Alnum",
            "Punct", "Graph", "Print", "Blank", "Cntrl", "XDigit", "Space");
    private static final Set<String> RE2_IN_SCRIPTS = Set.of("Inherited", "Inscriptional_Pahlavi",
            "Inscriptional_Parthian");

    private Re2Patterns() {
    }

    /**
     * Refuses {@code pattern} of {@code @Pattern} at {@code where} if the API server would.
     *
     * @throws OpctlException (invalid input) naming what RE2 does not have, or what is no regular expression
     */
    static void require(String pattern, String where) {
        Optional<String> problem = problem(pattern);
        if (problem.isPresent()) {
            throw OpctlException.invalidInput(String.format("%s: @Pattern(\"%s\") %s, and the API server, whose "
                    + "regular expressions are Go's (RE2), refuses it: write it without", where, pattern,
                    problem.get()));
        }
        Optional<String> invalid = syntax(pattern); // after what RE2 lacks, which names a++ better
        if (invalid.isPresent()) {
            throw OpctlException.invalidInput(String.format("%s: @Pattern(\"%s\") %s, which no regular expression "
                    + "takes, and the API server refuses it: fix it", where, pattern, invalid.get()));
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
                if (next == 'Q' && !inClass) { // quoted up to \E
                    int end = pattern.indexOf("\\E", i);
                    i = end < 0 ? pattern.length() : end + 1;
                } else if ((next == 'p' || next == 'P') && i + 1 < pattern.length()) {
                    int end = pattern.startsWith("{", i + 1) ? pattern.indexOf('}', i) : i + 1;
                    if (end < 0) {
                        return Optional.empty(); // unterminated: Java's compiler refuses it first
                    }
                    String name = pattern.substring(pattern.startsWith("{", i + 1) ? i + 2 : i + 1, end);
                    if (!unicodeClass(name.startsWith("^") ? name.substring(1) : name)) {
                        return Optional.of("has a character class RE2 does not have (\\" + next
                                + pattern.substring(i + 1, end + (end > i + 1 ? 1 : 0)) + ")");
                    }
                    i = end;
                } else if (next == 'x' && pattern.startsWith("{", i + 1)) { // \x{41}: its brace is no repeat's
                    int end = pattern.indexOf('}', i);
                    i = end < 0 ? pattern.length() : end;
                } else if (next >= '1' && next <= '9' || !inClass && next == 'k' && pattern.startsWith("<", i + 1)) {
                    // \12 is an octal escape to RE2, \1 and \18 are backreferences it does not have
                    if (next == 'k' || next > '7' || !octalAt(pattern, i + 1)) {
                        return Optional.of(inClass ? escape(next) : "has a backreference (\\" + next + ")");
                    }
                } else if (Character.isLetterOrDigit(next) || next >= 0x80) {
                    if (ESCAPES.indexOf(next) < 0 && (inClass || ASSERTIONS.indexOf(next) < 0)) {
                        return Optional.of(escape(next));
                    }
                } // else an escaped punctuation character: the character itself, to both
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
                i += pattern.startsWith("^", i + 1) ? 1 : 0;
                i += pattern.startsWith("]", i + 1) ? 1 : 0; // a ']' first in a class is a character
            } else if (c == '(' && pattern.startsWith("?", i + 1)) {
                Optional<String> group = groupProblem(pattern, i + 2);
                if (group.isPresent()) {
                    return group;
                }
                i++; // the '?' of a group's flags is no quantifier
            } else if (c == '{') {
                Matcher repeat = REPEAT.matcher(pattern).region(i, pattern.length());
                if (repeat.lookingAt()) { // {n}, {n,}, {n,m}; another '{' is a character to RE2
                    for (String count : repeat.group().substring(1, repeat.group().length() - 1).split(",")) {
                        if (count.length() > 4 || !count.isEmpty() && Integer.parseInt(count) > MAX_REPEAT) {
                            return Optional.of("repeats more than " + MAX_REPEAT + " times (" + repeat.group() + ")");
                        }
                    }
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

    /**
     * What makes {@code pattern} no regular expression at all, in RE2 as in Java: a class or group not
     * closed, a ')' that closes none, a quantifier with nothing before it or after another ({@code a**}),
     * a repeat whose minimum is over its maximum, a class range out of order ({@code [z-a]}), a lone
     * backslash at the end.
     */
    static Optional<String> syntax(String pattern) {
        int groups = 0;
        boolean atom = false; // something a quantifier may follow
        boolean quantified = false; // just after a quantifier
        boolean lazy = false; // and its '?', which makes it lazy
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                if (++i == pattern.length()) {
                    return Optional.of("ends in a lone backslash");
                }
                if (pattern.charAt(i) == 'Q') { // quoted up to \E
                    int end = pattern.indexOf("\\E", i);
                    i = end < 0 ? pattern.length() : end + 1;
                } else if ("xpP".indexOf(pattern.charAt(i)) >= 0 && pattern.startsWith("{", i + 1)) { // \x{41}, \p{L}
                    int end = pattern.indexOf('}', i);
                    i = end < 0 ? pattern.length() : end;
                }
                atom = true;
                quantified = false;
            } else if (c == '[') {
                int end = classEnd(pattern, i);
                if (end < 0) {
                    return Optional.of("has a character class that is not closed ([)");
                }
                Optional<String> range = rangeOutOfOrder(pattern, i, end);
                if (range.isPresent()) {
                    return range;
                }
                i = end;
                atom = true;
                quantified = false;
            } else if (c == '(' || c == '|') {
                groups += c == '(' ? 1 : 0;
                if (c == '(' && pattern.startsWith("?", i + 1)) { // (?:, (?i:, (?P<name>, (?<name>; (?i) alone
                    int end = i + 2; // past the flags or the name
                    while (end < pattern.length() && ":>)".indexOf(pattern.charAt(end)) < 0) {
                        end++;
                    }
                    groups -= end < pattern.length() && pattern.charAt(end) == ')' ? 1 : 0;
                    i = end;
                }
                atom = false;
                quantified = false;
            } else if (c == ')') {
                if (--groups < 0) {
                    return Optional.of("has a ')' that closes no group");
                }
                atom = true;
                quantified = false;
            } else if (c == '*' || c == '+' || c == '?' || c == '{' && REPEAT.matcher(pattern).region(i,
                    pattern.length()).lookingAt()) {
                String quantifier = c == '{' ? pattern.substring(i, pattern.indexOf('}', i) + 1) : String.valueOf(c);
                if (quantified && c == '?' && !lazy) {
                    lazy = true; // a*?, a??
                } else if (quantified) {
                    return Optional.of("repeats a repeat (" + pattern.charAt(i - 1) + quantifier + ")");
                } else if (!atom) {
                    return Optional.of("has nothing before its " + quantifier);
                } else {
                    String[] counts = quantifier.replaceAll("[{}]", "").split(",", -1);
                    if (counts.length == 2 && !counts[1].isEmpty() && counts[0].length() < 5 && counts[1].length() < 5
                            && Integer.parseInt(counts[0]) > Integer.parseInt(counts[1])) {
                        return Optional.of("repeats at least more times than at most (" + quantifier + ")");
                    }
                    quantified = true;
                    lazy = false;
                }
                i += quantifier.length() - 1;
            } else {
                atom = true;
                quantified = false;
            }
        }
        return groups > 0 ? Optional.of("has a group that is not closed (()") : Optional.empty();
    }

    /** Where the character class that starts at {@code start} ends, its ']'; -1 where it does not. */
    private static int classEnd(String pattern, int start) {
        int i = start + 1;
        i += pattern.startsWith("^", i) ? 1 : 0;
        i += pattern.startsWith("]", i) ? 1 : 0; // a ']' first in a class is a character
        for (; i < pattern.length(); i++) {
            if (pattern.charAt(i) == '\\') {
                i++;
            } else if (pattern.charAt(i) == ']') {
                return i;
            }
        }
        return -1;
    }

    /**
     * A range of the class from {@code start} to {@code end} (its '[' and ']') whose first character comes
     * after its last ({@code [.-*]}, a '-' meant as a character); ranges from or to an escape are not judged.
     */
    private static Optional<String> rangeOutOfOrder(String pattern, int start, int end) {
        int i = start + 1;
        i += pattern.startsWith("^", i) ? 1 : 0;
        i += pattern.startsWith("]", i) ? 1 : 0;
        for (; i < end; i++) {
            char from = pattern.charAt(i);
            if (from == '\\') {
                i++;
            } else if (pattern.startsWith("[:", i) && pattern.indexOf(":]", i) > 0 && pattern.indexOf(":]", i) < end) {
                i = pattern.indexOf(":]", i) + 1; // [:alpha:]
            } else if (i + 2 < end && pattern.charAt(i + 1) == '-' && pattern.charAt(i + 2) != '\\'
                    && pattern.charAt(i + 2) != '[') {
                char to = pattern.charAt(i + 2);
                if (to < from && !Character.isSurrogate(from) && !Character.isSurrogate(to)) {
                    return Optional.of("has a character class range out of order (" + from + "-" + to + ")");
                }
                i += 2;
            }
        }
        return Optional.empty();
    }

    /** What RE2 lacks of the group whose text after {@code (?} starts at {@code from}. */
    private static Optional<String> groupProblem(String pattern, int from) {
        for (String look : new String[] {"=", "!", "<=", "<!"}) {
            if (pattern.startsWith(look, from)) {
                return Optional.of("has a lookaround ((?" + look + ")");
            }
        }
        if (pattern.startsWith(">", from)) {
            return Optional.of("has an atomic group ((?>)");
        }
        // Flags, (?i) or (?i-s:...): RE2 has i, m, s and U (Java's d, u and x it does not)
        for (int i = from; i < pattern.length() && pattern.charAt(i) != ':' && pattern.charAt(i) != ')'; i++) {
            char flag = pattern.charAt(i);
            if (flag == '<' || flag == 'P' && i == from) {
                break; // a named group
            }
            if (flag != '-' && "imsU".indexOf(flag) < 0) {
                return Optional.of("has a flag RE2 does not have ((?" + flag + ")");
            }
        }
        return Optional.empty();
    }

    /**
     * Whether RE2 has the class {@code \p{name}}: Java's POSIX and {@code java}, {@code Is} and
     * {@code In} (block) names, and its {@code key=value} forms, are Java's own; RE2 has Unicode's
     * general categories and scripts (three of which begin with "In").
     */
    private static boolean unicodeClass(String name) {
        return !JAVA_CLASSES.contains(name) && !name.startsWith("java") && !name.startsWith("Is")
                && !name.contains("=") && (!name.startsWith("In") || RE2_IN_SCRIPTS.contains(name));
    }

    private static String escape(char c) {
        return "has an escape RE2 does not have (\\" + c + ")";
    }

    private static boolean octalAt(String text, int index) {
        return index < text.length() && text.charAt(index) >= '0' && text.charAt(index) <= '7';
    }
}
