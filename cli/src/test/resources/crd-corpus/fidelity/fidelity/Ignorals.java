package fidelity;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;

/**
 * Jackson's @JsonIgnore over a property's field, getter and setter: one ignored accessor removes the
 * property unless another, not ignored, names it explicitly; then only the ignored ones go.
 */
public class Ignorals {
    /** Ignored by its setter alone. */
    private String bySetter;
    public String publicField;
    @JsonProperty
    private String explicitField;
    @JsonProperty
    public String explicitWithSetter;
    private String notIgnored;
    private String namedByIgnoredSetter;
    private String namedGetter;
    public Child child;
    /** java.beans.Transient ignores as @JsonIgnore does, and may say false. */
    private String transientGetter;
    private String notTransient;

    public String getBySetter() {
        return bySetter;
    }

    @JsonIgnore
    public void setBySetter(String bySetter) {
        this.bySetter = bySetter;
    }

    @JsonIgnore
    public void setPublicField(String publicField) {
        this.publicField = publicField;
    }

    @JsonIgnore
    public String getExplicitField() {
        return explicitField;
    }

    @JsonIgnore
    public void setExplicitWithSetter(String explicitWithSetter) {
        this.explicitWithSetter = explicitWithSetter;
    }

    public String getNotIgnored() {
        return notIgnored;
    }

    /** fabric8 drops the property even so. */
    @JsonIgnore(false)
    public void setNotIgnored(String notIgnored) {
        this.notIgnored = notIgnored;
    }

    public String getNamedByIgnoredSetter() {
        return namedByIgnoredSetter;
    }

    @JsonIgnore
    @JsonSetter("namedByIgnoredSetter")
    public void setNamedByIgnoredSetter(String namedByIgnoredSetter) {
        this.namedByIgnoredSetter = namedByIgnoredSetter;
    }

    @JsonProperty("renamed")
    public String getNamedGetter() {
        return namedGetter;
    }

    @JsonIgnore
    public void setNamedGetter(String namedGetter) {
        this.namedGetter = namedGetter;
    }

    public static class Parent {
        private String inherited;

        public String getInherited() {
            return inherited;
        }
    }

    /** A setter ignored in a subclass removes the superclass's property. */
    public static class Child extends Parent {
        public String own;

        @JsonIgnore
        public void setInherited(String inherited) {
        }
    }

    @java.beans.Transient
    public String getTransientGetter() {
        return transientGetter;
    }

    public void setTransientGetter(String transientGetter) {
        this.transientGetter = transientGetter;
    }

    @java.beans.Transient(false)
    public String getNotTransient() {
        return notTransient;
    }
}
