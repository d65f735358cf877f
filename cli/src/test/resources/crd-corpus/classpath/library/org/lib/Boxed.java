package org.lib;

import com.fasterxml.jackson.annotation.JsonValue;

/** A generic library class whose @JsonValue is of its type variable: the use's argument is the value's type. */
public class Boxed<T> {
    @JsonValue
    public T content;
    public String note;
}
