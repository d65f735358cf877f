package org.lib;

import io.fabric8.generator.annotation.ValidationRule;

/** A class the sources extend. */
@ValidationRule("self.name.size() > 0")
public class Plain {
    public String name;
}
