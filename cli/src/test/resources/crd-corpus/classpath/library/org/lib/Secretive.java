package org.lib;

import java.beans.Transient;

/** A library class with a getter java.beans.Transient hides from Jackson. */
public class Secretive {
    public String name;

    @Transient
    public String getToken() {
        return null;
    }
}
