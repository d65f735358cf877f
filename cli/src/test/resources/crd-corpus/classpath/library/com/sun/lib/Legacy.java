package com.sun.lib;

/** A class of a jar in a com.sun package, as Jersey's and JAXB's are: not the JDK's, a bean like any other. */
public class Legacy {
    public String name;
    public int level;
}
