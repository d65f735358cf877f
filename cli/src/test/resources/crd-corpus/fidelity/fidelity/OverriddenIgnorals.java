package fidelity;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A getter and the getters it overrides are one accessor to Jackson, their annotations merged, the
 * nearest of a type winning: ignored by one and named by another, the property goes (unless a field
 * or setter not ignored names it); @JsonIgnore(false) on the override undoes the base's.
 */
public class OverriddenIgnorals {
    /** The class a spec holds. */
    public static class Sub extends Base implements Named {
        @JsonProperty
        @Override
        public String getA() {
            return "";
        }

        @JsonIgnore
        @Override
        public String getD() {
            return "";
        }

        @JsonIgnore(false)
        @Override
        public String getG() {
            return "";
        }

        @JsonProperty
        @Override
        public String getGone() {
            return "";
        }

        @Override
        public String getKept() {
            return "";
        }
    }

    public abstract static class Base {
        @JsonProperty("dee")
        public String getD() {
            return "";
        }

        @JsonIgnore
        public String getG() {
            return "";
        }

        @JsonIgnore
        public String getGone() {
            return "";
        }

        @JsonProperty("renamedKept")
        public String getKept() {
            return "";
        }
    }

    public interface Named {
        @JsonIgnore
        String getA();
    }
}
