package dev.opctl.crd.syntax;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads any Java file through JavaParser into opctl's syntax: the reader of every file that
 * {@link DeclarationReader} leaves, and the one that reports syntax errors. Not for use by several
 * threads at once (one per thread).
 */
public final class JavaParserReader {
    private static final Pattern LEXICAL_ERROR_LINE = Pattern.compile("at line (\\d+), column");
    private static final Pattern LEXICAL_ERROR = Pattern.compile("^Lexical error at line \\d+, column (\\d+)");
    private static final Pattern PARSE_ERROR = Pattern.compile("^Parse error\\. Found (.+?), expected (?:one of )?(.*)$");
    private static final Pattern EXPECTED_TOKEN = Pattern.compile("\"[^\"]*\"|<[A-Z_]+>");

    private final JavaParser parser = new JavaParser(configuration());

    private static ParserConfiguration configuration() {
        ParserConfiguration configuration = new ParserConfiguration()
                // The grammar of Java 21 (RAW's has no yield).
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_21)
                // opctl attributes comments itself, by its own rule (package-info).
                .setAttributeComments(false)
                // Only printers need the line separator, and detecting it costs a string per character.
                .setDetectOriginalLineSeparator(false);
        // No pass over the finished tree: the language level's validators (what they report is left
        // to javac) and post-processing (var as a type of its own, in local variables opctl does not
        // read) walked every node again and took half of the parsing time of a cold run; comment
        // attribution, symbol resolution and lexical preservation are off anyway.
        configuration.getProcessors().clear();
        return configuration;
    }

    /** A file JavaParser cannot parse: the line and JavaParser's message. */
    public static final class SyntaxError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int line;

        SyntaxError(int line, String message) {
            super(message, null, false, false);
            this.line = line;
        }

        /** The line of the error, 0 when not known. */
        public int line() {
            return line;
        }
    }

    /**
     * Reads one file's text.
     *
     * @throws SyntaxError when it is not Java
     */
    public SourceFile read(String text) {
        ParseResult<CompilationUnit> result = parser.parse(UnicodeEscapes.translate(text));
        // A syntax error is a problem with the parser's exception.
        Optional<Problem> syntaxError = result.getProblems().stream().filter(p -> p.getCause().isPresent())
                .findFirst();
        if (syntaxError.isPresent() || result.getResult().isEmpty()) {
            Problem problem = syntaxError.orElseGet(() -> result.getProblems().get(0));
            int line = problem.getLocation().flatMap(l -> l.getBegin().getRange()).map(r -> r.begin.line)
                    .orElseGet(() -> lexicalErrorLine(problem.getMessage()));
            throw new SyntaxError(line, plain(problem.getMessage().lines().findFirst().orElse("")));
        }
        try {
            return new JavaParserConversion(result.getResult().get()).file();
        } catch (JavaParserConversion.BadLiteral e) {
            throw new SyntaxError(e.line(), e.getMessage());
        }
    }

    /**
     * JavaParser's message in a user's terms: what was found where it could not be, and what was
     * expected when that is short, instead of every token the grammar allows there.
     */
    static String plain(String message) {
        Matcher found = PARSE_ERROR.matcher(message);
        if (found.find()) {
            List<String> expected = new ArrayList<>();
            Matcher token = EXPECTED_TOKEN.matcher(found.group(2));
            while (token.find()) {
                expected.add(token.group());
            }
            String unexpected = "unexpected " + found.group(1).strip();
            if (!expected.isEmpty() && expected.size() <= 4) {
                // Only "(" after a name: a field whose ';' is missing, which JavaParser takes for a method.
                return unexpected + ", expected " + String.join(" or ", expected)
                        + (expected.equals(List.of("\"(\"")) ? " (is a ';' missing before it?)" : "");
            }
            return expected.contains("\";\"") ? unexpected + " (is a ';' missing before it?)" : unexpected;
        }
        Matcher lexical = LEXICAL_ERROR.matcher(message);
        if (lexical.find()) {
            return "a character that cannot start a token, or a string or comment left open, at column "
                    + lexical.group(1);
        }
        return message;
    }

    /** The line of a lexical error, which JavaParser reports only in its message ("... at line 10, ..."). */
    private static int lexicalErrorLine(String message) {
        Matcher m = LEXICAL_ERROR_LINE.matcher(message);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }
}
