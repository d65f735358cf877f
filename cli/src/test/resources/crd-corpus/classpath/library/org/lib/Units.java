package org.lib;

/** Constants inherited from an interface: {@code Quotas.KIBI} is this one. */
public interface Units {
    int KIBI = 1024;
}
