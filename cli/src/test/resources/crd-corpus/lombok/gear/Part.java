package gear;

import lombok.AccessLevel;
import lombok.Getter;
import lombok.Setter;

@Getter
public class Part {
    private String id;
    @Setter
    private String label;
    @Getter(AccessLevel.PROTECTED)
    private String internal;
    private Detail detail;

    public static class Detail {
        @Getter
        private String code;
        @Setter
        private String writeOnly;
    }
}
