package dev.opctl.project;

import com.fasterxml.jackson.annotation.JsonValue;

/** The license a project declares in the header of its generated source files. */
public enum License {
    /** No header. */
    NONE("none", null),
    /** The Apache License 2.0. */
    APACHE2("apache2", "Apache-2.0");

    private final String id;
    private final String spdx;

    License(String id, String spdx) {
        this.id = id;
        this.spdx = spdx;
    }

    /** The name used on the command line and in the {@code PROJECT} file. */
    @JsonValue
    public String id() {
        return id;
    }

    /** The SPDX license identifier, or {@code null} for {@link #NONE}. */
    public String spdx() {
        return spdx;
    }

    /**
     * The license named {@code id} on the command line.
     *
     * @throws IllegalArgumentException naming the licenses opctl knows
     */
    public static License fromId(String id) {
        for (License license : values()) {
            if (license.id.equals(id)) {
                return license;
            }
        }
        throw new IllegalArgumentException("unknown license '" + id + "'; use one of " + ids());
    }

    /** The ids of every license, for help texts and errors. */
    public static String ids() {
        StringBuilder ids = new StringBuilder();
        for (License license : values()) {
            ids.append(ids.length() == 0 ? "" : ", ").append(license.id);
        }
        return ids.toString();
    }

    @Override
    public String toString() {
        return id;
    }
}
