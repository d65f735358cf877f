package gear;

import lombok.Value;

@Value
public class GearStatus {
    String phase;
    int ready;
}
