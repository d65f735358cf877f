package dev.opctl.crd.syntax;

/**
 * Reads Java files into syntax records by the fastest reader that takes each: {@link
 * DeclarationReader} for the part of Java custom-resource types are written in, JavaParser for the
 * rest (and for syntax errors). Safe to use from several threads: each has its own JavaParser.
 */
public final class SourceReaders {
    private final boolean javaParserOnly;
    // Made only where a file needs JavaParser: its configuration's first use costs 40 ms.
    private final ThreadLocal<JavaParserReader> javaParser = ThreadLocal.withInitial(JavaParserReader::new);

    /** Readers; with {@code javaParserOnly}, JavaParser reads every file (tests check that either way is the same). */
    public SourceReaders(boolean javaParserOnly) {
        this.javaParserOnly = javaParserOnly;
    }

    /**
     * One file's declarations.
     *
     * @throws JavaParserReader.SyntaxError when the text is not Java
     */
    public SourceFile read(String text) {
        SourceFile file = javaParserOnly ? null : DeclarationReader.read(text);
        return file != null ? file : javaParser.get().read(text);
    }
}
