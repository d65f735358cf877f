/**
 * What a Java file declares, as written: opctl's own syntax of the declarations the CRD engine and
 * the RBAC inference read, before any name is resolved or constant evaluated. Two readers fill it,
 * and give equal records for every file both read ({@code SourceReadersTest}): {@link
 * dev.opctl.crd.syntax.DeclarationReader}, a small reader for the part of Java that custom-resource
 * types are written in, and {@link dev.opctl.crd.syntax.JavaParserReader}, which takes any Java
 * through JavaParser and is used for every file the first one leaves. {@code crd.SourceIndex}
 * resolves names on these records and {@code crd.SourceModelReader} turns them into the
 * declaration model ({@link dev.opctl.crd.model}).
 *
 * <p>Comments belong to the declaration they precede, by one rule whichever reader read the file:
 * a declaration's comments are those between the code before it (the previous member, or the
 * opening brace of its body, or the imports) and its first token (an annotation, a modifier or its
 * name). Its Javadoc is the last {@code /** ...}{@code *}{@code /} comment among them, as javac takes it.
 */
package dev.opctl.crd.syntax;
