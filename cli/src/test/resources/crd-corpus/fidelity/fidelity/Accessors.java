package fidelity;

import com.fasterxml.jackson.annotation.JsonBackReference;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonManagedReference;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.JsonView;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/** What a setter's annotations do to a property, and which annotations keep an accessor when another is ignored. */
public class Accessors {
    public Parent parent;
    public Kept kept;
    public SetterNamed setterNamed;

    /** A back reference declared on the setter: the property is left out, as from the field. */
    public static class Parent {
        @JsonManagedReference
        public Child child;
    }

    public static class Child {
        private Parent parent;
        private String secret;
        public String name;

        public Parent getParent() {
            return parent;
        }

        @JsonBackReference
        public void setParent(Parent parent) {
            this.parent = parent;
        }

        public String getSecret() {
            return secret;
        }

        @JsonProperty(access = JsonProperty.Access.WRITE_ONLY)
        public void setSecret(String secret) {
            this.secret = secret;
        }
    }

    /** A field ignored, its accessors kept by an annotation from which Jackson infers a property. */
    public static class Kept {
        @JsonIgnore
        private String serialized;
        @JsonIgnore
        private String viewed;
        @JsonIgnore
        private String formatted;
        @JsonIgnore
        private String deserialized;
        @JsonIgnore
        private String plain;

        @JsonSerialize
        public String getSerialized() {
            return serialized;
        }

        @JsonView(Object.class)
        public String getViewed() {
            return viewed;
        }

        @JsonFormat(shape = JsonFormat.Shape.STRING)
        public String getFormatted() {
            return formatted;
        }

        public String getDeserialized() {
            return deserialized;
        }

        @JsonDeserialize
        public void setDeserialized(String deserialized) {
            this.deserialized = deserialized;
        }

        public String getPlain() {
            return plain;
        }
    }

    /** Named by the setter alone: the property takes that name; a getter's name wins over it. */
    public static class SetterNamed {
        private String mode;
        private String level;
        private String size;

        public String getMode() {
            return mode;
        }

        @JsonProperty("modeName")
        public void setMode(String mode) {
            this.mode = mode;
        }

        public String getLevel() {
            return level;
        }

        @JsonSetter("levelName")
        public void setLevel(String level) {
            this.level = level;
        }

        @JsonProperty("sizeName")
        public String getSize() {
            return size;
        }

        public void setSize(String size) {
            this.size = size;
        }
    }
}
