package conv;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.util.StdConverter;

@JsonSerialize(converter = Ratio.AsText.class)
public class Ratio {
    public int over;
    public int under;

    public static class AsText extends StdConverter<Ratio, String> {
        @Override
        public String convert(Ratio ratio) {
            return ratio.over + "/" + ratio.under;
        }
    }
}
