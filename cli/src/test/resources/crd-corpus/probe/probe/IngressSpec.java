package probe;

import java.util.Map;
import lombok.Value;

@Value
public class IngressSpec {
    String template;
    String className;
    Map<String, String> annotations;
    Map<String, String> labels;
    boolean tlsEnabled;
    Boolean isDefault;
    boolean hasTls;
}
