package fidelity;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** @JsonValue methods that return name() changed: the case, then characters replaced, in any order. */
public class KebabValues {
    public Kebab kebab;
    public Dotted dotted;
    public Qualified qualified;
    public Inherited inherited;

    public enum Kebab {
        ROLLING_UPDATE, RECREATE;

        @JsonValue
        public String toValue() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public enum Dotted {
        A_B, C_D_E;

        @JsonValue
        public String toValue() {
            return name()
                    .replace("_", ".")
                    .toLowerCase();
        }
    }

    public enum Qualified {
        IN_PLACE, BLUE_GREEN;

        @JsonValue
        public String toValue() {
            return this.name().toLowerCase(Locale.ROOT);
        }
    }

    public enum Inherited {
        PAUSED, RUNNING;

        @JsonValue
        public String toValue() {
            return super.name().toLowerCase(Locale.ROOT);
        }
    }
}
