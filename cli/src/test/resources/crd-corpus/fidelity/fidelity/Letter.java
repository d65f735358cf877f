package fidelity;

import com.fasterxml.jackson.annotation.JsonValue;

/** A char @JsonValue from the sources, escapes included: fabric8 writes each as a one-letter string. */
public enum Letter {
    A('a'), QUOTE('\''), UNICODE('\u00e9'), TAB('\t');

    @JsonValue
    private final char letter;

    Letter(char letter) {
        this.letter = letter;
    }
}
