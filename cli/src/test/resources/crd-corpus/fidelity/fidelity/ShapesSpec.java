package fidelity;

import com.fasterxml.jackson.annotation.JsonBackReference;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonManagedReference;
import com.fasterxml.jackson.annotation.JsonValue;
import io.fabric8.crd.generator.annotation.SchemaFrom;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Nullable;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.fabric8.generator.annotation.ValidationRule;
import io.fabric8.kubernetes.api.model.IntOrString;
import java.util.List;
import java.util.Map;

public class ShapesSpec {
    public Planet planet;
    /** A property's OBJECT shape on an enum its own @JsonFormat already writes as an object. */
    @JsonFormat(shape = JsonFormat.Shape.OBJECT)
    public Planet planetAsObject;
    // fabric8 keeps the first schema it makes of a class: an enum used plainly and under a property's
    // shape in one CRD depends on the order. Moon is only used under a shape.
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    public Moon moonName;
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    public List<Moon> moonNames;
    public Level level;
    public List<Level> levels;
    public Tree tree;
    @SchemaFrom(type = String.class)
    @Pattern("[0-9]+")
    @Nullable
    @Required
    @Default("12")
    @ValidationRule("self.size() > 1")
    @Size(min = 1, max = 3)
    @Min(2)
    public Integer digits;
    @SchemaFrom(type = Integer.class)
    @Max(5)
    public String small;
    @SchemaFrom(type = Object.class)
    public String any;
    @SchemaFrom(type = IntOrString.class)
    @Pattern("a+")
    public String intOrString;
    @SchemaFrom(type = Map.class)
    @Size(max = 2)
    public String rawMap;
    @SchemaFrom(type = Tree.class)
    @ValidationRule("has(self.name)")
    public String tree2;

    @JsonFormat(shape = JsonFormat.Shape.OBJECT)
    public enum Planet {
        MERCURY(1), VENUS(2);

        private final int order;

        Planet(int order) {
            this.order = order;
        }

        public int getOrder() {
            return order;
        }
    }

    @JsonFormat(shape = JsonFormat.Shape.OBJECT)
    public enum Moon {
        IO, EUROPA;

        public boolean isIcy() {
            return this == EUROPA;
        }
    }

    public enum Level {
        LOW(1), HIGH(9);

        private final int value;

        Level(int value) {
            this.value = value;
        }

        @JsonValue
        public int value() {
            return value;
        }
    }

    public static class Tree {
        public String name;
        @JsonManagedReference
        public List<Leaf> leaves;
    }

    public static class Leaf {
        public String colour;
        @JsonBackReference
        public Tree tree;
    }
}
