package dev.opctl.crd.model;

/** The modifiers that decide what Jackson and fabric8 see of a declaration. */
public enum Modifier {
    PUBLIC, PROTECTED, PRIVATE, STATIC, FINAL, ABSTRACT, TRANSIENT
}
