package dev.opctl.crd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MethodLinesTest {
    private static final Path FILE = Path.of("/src/p/Util.java");

    @Test
    void aLineIsInTheMethodWhoseCodeHoldsItAloneOnIt() {
        // Each reader: the fast one takes bodies of calls and returns; an initializer block is JavaParser's.
        for (String initializer : List.of("", "    static { init(); }\n")) {
            MethodLines lines = MethodLines.of(SourceModel.read(Map.of(FILE, """
                    package p;

                    class Util {
                        static int a = init();

                        static int init() {
                            return one(
                                    1);
                        }
                    %s
                        static int one(int x) { return x; } static int two() { return 2; }
                        static int three() { return 3; }
                        abstract int four();
                        static int five = init(); static int six() {
                            return 6; }
                    }
                    """.formatted(initializer))), "p.Util").orElseThrow();
            int shift = initializer.isEmpty() ? 0 : 1;
            assertEquals(List.of("init", "one", "two", "three", "six"),
                    lines.methods().stream().map(MethodLines.Method::name).toList(), initializer);
            assertEquals(Optional.empty(), lines.at(4)); // a field's initializer
            for (int line = 6; line <= 9; line++) {
                assertEquals(Optional.of("init"), lines.at(line).map(MethodLines.Method::name), initializer);
            }
            assertEquals(Optional.empty(), lines.at(10 + shift)); // the blank line, or the initializer block
            assertEquals(Optional.empty(), lines.at(11 + shift)); // two methods on one line: which, not told
            assertEquals(Optional.of("three"), lines.at(12 + shift).map(MethodLines.Method::name));
            assertEquals(Optional.empty(), lines.at(13 + shift)); // no body
            assertEquals(Optional.empty(), lines.at(14 + shift)); // a field begins where the method does
            assertEquals(Optional.of("six"), lines.at(15 + shift).map(MethodLines.Method::name));
        }
        assertEquals(Optional.empty(), MethodLines.of(SourceModel.read(Map.of(FILE, "package p;\nclass Util {}\n")),
                "p.Other"));
    }
}
